import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { meanLoss } from './loss';
import {
	crossEntropy,
	crossEntropySlope,
	lossCurves,
	slopeCurves,
	softmax,
	squaredError,
	squaredErrorSlope,
	withLogit
} from './one-example';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

/** A confident mistake (class 5 far ahead of the right class 3), a near miss, a guess, a confident right answer. */
const CASES = [
	{ name: 'confident mistake', logits: [0.5, -1.2, 1, -3, -0.8, 6, -1.5, 0.3, 1.6, -0.4] },
	{ name: 'near miss', logits: [0.2, 0.1, 0.4, 1.1, -0.3, 1.3, 0, 0.5, 0.9, -0.6] },
	{ name: 'all equal', logits: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
	{ name: 'confident and right', logits: [-1, 0.4, 0.2, 5, -0.5, 1, 0.3, -2, 0.8, 0.1] }
];
const RIGHT = 3;

/** Central difference of a loss in the right class's logit, in double precision. */
function finiteDifference(loss: (p: number[], right: number) => number, logits: number[], h = 1e-5): number {
	const at = (z: number) => loss(softmax(withLogit(logits, RIGHT, z)), RIGHT);
	return (at(logits[RIGHT] + h) - at(logits[RIGHT] - h)) / (2 * h);
}

describe.each(CASES)('one example: $name', ({ logits }) => {
	const p = softmax(logits);

	it('cross-entropy’s slope p − 1 matches a finite difference', () => {
		expect(Math.abs(crossEntropySlope(p, RIGHT) - finiteDifference(crossEntropy, logits))).toBeLessThan(1e-8);
	});

	it('squared error’s slope 2p(2p − 1 − Σp²) matches a finite difference', () => {
		expect(Math.abs(squaredErrorSlope(p, RIGHT) - finiteDifference(squaredError, logits))).toBeLessThan(1e-8);
	});

	it('both losses and both slopes match the engine’s own losses and tf.grad', async () => {
		const labels = tf.tensor1d([RIGHT], 'int32');
		for (const [kind, value, slope] of [
			['crossEntropy', crossEntropy, crossEntropySlope],
			['mse', squaredError, squaredErrorSlope]
		] as const) {
			const z = tf.tensor2d([logits]);
			const loss = meanLoss(kind, z, labels, 10);
			const gradient = tf.grad((x: tf.Tensor) => meanLoss(kind, x as tf.Tensor2D, labels, 10))(z);
			expect((await loss.data())[0]).toBeCloseTo(value(p, RIGHT), 5);
			expect((await gradient.data())[RIGHT]).toBeCloseTo(slope(p, RIGHT), 5);
			tf.dispose([z, loss, gradient]);
		}
		labels.dispose();
	});
});

describe('what the page says about one example', () => {
	it('guessing (all logits equal) costs ln 10 ≈ 2.30 in cross-entropy and 0.9 in squared error', () => {
		const p = softmax(CASES[2].logits);
		expect(crossEntropy(p, RIGHT)).toBeCloseTo(Math.log(10), 12);
		expect(crossEntropy(p, RIGHT).toFixed(2)).toBe('2.30');
		expect(squaredError(p, RIGHT)).toBeCloseTo(0.9, 12);
		// There cross-entropy pulls on the right logit five times as hard: −0.9 against −0.18.
		expect(crossEntropySlope(p, RIGHT)).toBeCloseTo(-0.9, 12);
		expect(squaredErrorSlope(p, RIGHT)).toBeCloseTo(-0.18, 12);
	});

	it('a confident mistake: cross-entropy still pulls at almost full strength, squared error hardly at all', () => {
		const p = softmax(CASES[0].logits);
		expect(p[RIGHT]).toBeLessThan(0.001);
		expect(crossEntropySlope(p, RIGHT)).toBeLessThan(-0.99);
		expect(Math.abs(squaredErrorSlope(p, RIGHT))).toBeLessThan(0.002);
	});

	it('draws the squared-error curve with the other classes sharing 1 − p equally, as its caption says', () => {
		const { crossEntropy: ce, squaredError: se } = lossCurves();
		for (const { x, y } of se) {
			const rest = (1 - x) / 9;
			expect(y).toBeCloseTo(squaredError([x, ...Array(9).fill(rest)], 0), 12);
		}
		expect(ce[0]).toEqual({ x: 0.01, y: -Math.log(0.01) });
		expect(ce.at(-1)!.y).toBeCloseTo(0, 12);
	});

	it('sweeps the slopes across the right logit with the other logits held', () => {
		const { crossEntropy: ce, squaredError: se } = slopeCurves(CASES[1].logits, RIGHT);
		expect(ce[0].x).toBe(-10);
		expect(ce.at(-1)!.x).toBe(10);
		const at = ce.findIndex((point) => Math.abs(point.x - 1) < 1e-9);
		expect(at).toBeGreaterThan(0);
		const p = softmax(withLogit(CASES[1].logits, RIGHT, 1));
		expect(ce[at].y).toBeCloseTo(crossEntropySlope(p, RIGHT), 12);
		expect(se[at].y).toBeCloseTo(squaredErrorSlope(p, RIGHT), 12);
	});
});
