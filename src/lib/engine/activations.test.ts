import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIVATION_FUNCTIONS, activationCurves } from './activations';
import { ACTIVATIONS, type Activation } from './spec';

/** TF.js's own version of each activation, as the model applies it. */
const REFERENCE: Record<Activation, (x: tf.Tensor) => tf.Tensor> = {
	relu: (x) => tf.relu(x),
	leakyRelu: (x) => tf.leakyRelu(x, 0.01),
	elu: (x) => tf.elu(x),
	tanh: (x) => tf.tanh(x),
	sigmoid: (x) => tf.sigmoid(x),
	linear: (x) => tf.layers.activation({ activation: 'linear' }).apply(x) as tf.Tensor
};

/** Where each function has a corner, so a finite difference there means nothing. */
const KINKS: Record<Activation, number[]> = {
	relu: [0],
	leakyRelu: [0],
	elu: [0],
	tanh: [],
	sigmoid: [],
	linear: []
};

/** Sample points, the kink at 0 and both far ends included; float32-exact so TF.js sees the same inputs. */
const XS = [-5, -3, -1.5, -1, -0.5, -0.125, -0.0078125, 0, 0.0078125, 0.125, 0.5, 1, 1.5, 3, 5];
const TOLERANCE = 1e-6;

function ours(activation: Activation, part: 'output' | 'derivative'): number[] {
	return XS.map((x) => ACTIVATION_FUNCTIONS[activation][part](x));
}

function expectClose(actual: number[], expected: ArrayLike<number>, what: string) {
	actual.forEach((value, i) => {
		expect(Math.abs(value - expected[i]), `${what} at x = ${XS[i]}`).toBeLessThanOrEqual(TOLERANCE);
	});
}

beforeAll(async () => {
	await tf.setBackend('cpu');
});

describe.each(ACTIVATIONS.map((activation) => ({ activation })))('$activation', ({ activation }) => {
	it('outputs what TF.js outputs', async () => {
		const before = tf.memory().numTensors;
		const x = tf.tensor1d(XS);
		const y = REFERENCE[activation](x);
		const expected = await y.data();
		tf.dispose([x, y]);
		expectClose(ours(activation, 'output'), expected, 'output');
		expect(tf.memory().numTensors).toBe(before);
	});

	it('has the derivative tf.grad finds, kinks included', async () => {
		const before = tf.memory().numTensors;
		const x = tf.tensor1d(XS);
		// The output is elementwise, so the gradient of its sum is each point's own slope.
		const dydx = tf.grad(REFERENCE[activation])(x);
		const expected = await dydx.data();
		tf.dispose([x, dydx]);
		expectClose(ours(activation, 'derivative'), expected, 'derivative');
		expect(tf.memory().numTensors).toBe(before);
	});

	it('has a derivative that matches a central finite difference away from kinks', () => {
		const { output, derivative } = ACTIVATION_FUNCTIONS[activation];
		const h = 1e-5;
		const smooth = XS.filter((x) => KINKS[activation].every((k) => Math.abs(x - k) > 2 * h));
		expect(smooth.length).toBeGreaterThan(XS.length - 2);
		for (const x of smooth) {
			const slope = (output(x + h) - output(x - h)) / (2 * h);
			expect(Math.abs(derivative(x) - slope), `at x = ${x}`).toBeLessThanOrEqual(TOLERANCE);
		}
	});
});

describe('activationCurves', () => {
	const TANH_1 = Math.tanh(1);

	it.each([
		{ activation: 'relu', from: -5, to: 5, points: 201, at: 100, x: 0, output: 0, slope: 0 },
		{ activation: 'sigmoid', from: -5, to: 5, points: 201, at: 100, x: 0, output: 0.5, slope: 0.25 },
		{ activation: 'tanh', from: -2, to: 2, points: 5, at: 3, x: 1, output: TANH_1, slope: 1 - TANH_1 ** 2 },
		{ activation: 'linear', from: 0, to: 1, points: 3, at: 2, x: 1, output: 1, slope: 1 }
	] satisfies { activation: Activation; [key: string]: unknown }[])(
		'samples $activation at $points points on [$from, $to]',
		({ activation, from, to, points, at, x, output, slope }) => {
			const curves = activationCurves(activation, from, to, points);
			expect(curves.output).toHaveLength(points);
			expect(curves.derivative).toHaveLength(points);
			expect(curves.output[0].x).toBe(from);
			expect(curves.output.at(-1)!.x).toBe(to);
			expect(curves.output[at].x).toBeCloseTo(x, 12);
			expect(curves.output[at].y).toBeCloseTo(output, 12);
			expect(curves.derivative[at].y).toBeCloseTo(slope, 12);
		}
	);

	it('defaults to 201 points on [-5, 5]', () => {
		const { output } = activationCurves('elu');
		expect(output).toHaveLength(201);
		expect(output[0]).toEqual({ x: -5, y: Math.expm1(-5) });
		expect(output[200]).toEqual({ x: 5, y: 5 });
	});

	it('gives finite values everywhere, even far out', () => {
		for (const activation of ACTIVATIONS) {
			const { output, derivative } = activationCurves(activation, -1000, 1000, 11);
			for (const p of [...output, ...derivative]) {
				expect(Number.isFinite(p.y), `${activation} at ${p.x}`).toBe(true);
			}
		}
	});
});
