/**
 * The backpropagation page's signature: its analytic gradients agree with central differences, to
 * 1e-6 (relative) on the tiny network in double precision and within 1% on a digit network's
 * chosen weights in the model's own float32; and the check that says so catches a wrong gradient.
 */
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	DOUBLE_TOLERANCE,
	FLOAT32_TOLERANCE,
	backwardPass,
	checkGradients,
	compareGradients,
	forwardPass,
	parameterRefs,
	relativeError,
	tinyNetwork,
	type Example,
	type TinyNetwork
} from '../concepts/backprop/tiny';
import { conceptPage } from '../concepts/pages';
import { pointSet } from '../data/points';
import { createRandom } from '../data/random';
import { readDigits } from '../testing/digits';
import { probeParameters } from './probes/parameters';
import { gradients } from './requests/gradients';
import { withDefaults, type ExperimentSpec } from './spec';
import { uploadDigits } from './tasks/digits';
import { pointsDataset } from './tasks/points';
import { disposeDataset, type Dataset } from './tasks/task';
import { Trainer } from './trainer';

const page = conceptPage('backpropagation')!;
const tinySpec = withDefaults(page.defaults as Partial<ExperimentSpec>);
const digitStep = page.tryThis.find((step) => step.id === 'digits')!;
const xor = pointSet('xor').train;
const pointAt = (i: number): Example => ({ x: [xor.xy[2 * i], xor.xy[2 * i + 1]], y: xor.labels[i] });

let points: Dataset;
let digits: Dataset;

beforeAll(async () => {
	await tf.setBackend('cpu');
	points = pointsDataset('xor');
	digits = uploadDigits(await readDigits());
});
afterAll(() => {
	disposeDataset(points);
	disposeDataset(digits);
});

/** The page's own tiny network after `steps` steps of its default training, as the page reads it. */
async function trainedTiny(steps: number): Promise<{ trainer: Trainer; net: TinyNetwork }> {
	const trainer = new Trainer(points, tinySpec);
	await trainer.train(steps);
	const parameters = await probeParameters(trainer);
	const net = tinyNetwork(parameters!, tinySpec.activation, tinySpec.loss)!;
	return { trainer, net };
}

describe('the tiny network, in double precision', () => {
	it('is the page’s 2–2–1 network with 9 parameters, and computes the model’s own output', async () => {
		const { trainer, net } = await trainedTiny(60);
		expect(net.layers.map((l) => [l.inputs, l.units])).toEqual([
			[2, 2],
			[2, 1]
		]);
		expect(parameterRefs(net)).toHaveLength(9);
		for (let i = 0; i < 20; i++) {
			const example = pointAt(i);
			const [, modelP] = await trainer.predict(new Float32Array(example.x));
			expect(forwardPass(net, example).p).toBeCloseTo(modelP, 6);
		}
		trainer.dispose();
	});

	it('agrees with central differences to 1e-6, trained or not, for every point and activation', async () => {
		for (const steps of [0, 300]) {
			const { trainer, net } = await trainedTiny(steps);
			for (const activation of ['sigmoid', 'tanh', 'linear'] as const) {
				for (const loss of ['crossEntropy', 'mse'] as const) {
					const variant = { ...net, activation, loss };
					for (let i = 0; i < 40; i++) {
						const example = pointAt(i);
						const back = backwardPass(variant, forwardPass(variant, example), example.y);
						const check = checkGradients(variant, example, back.layers);
						expect(check.worst, `${steps} steps, ${activation}, ${loss}, point ${i}`).toBeLessThanOrEqual(DOUBLE_TOLERANCE);
						expect(check.agree).toBe(true);
					}
				}
			}
			trainer.dispose();
		}
	});

	it('agrees on random networks with two hidden layers too', () => {
		const random = createRandom(3);
		const uniform = () => 4 * random() - 2;
		for (let k = 0; k < 40; k++) {
			const shape = [2, 4, 3, 1];
			const net: TinyNetwork = {
				activation: k % 2 ? 'tanh' : 'sigmoid',
				loss: 'crossEntropy',
				layers: shape.slice(1).map((units, l) => ({
					inputs: shape[l],
					units,
					kernel: Array.from({ length: shape[l] * units }, uniform),
					bias: Array.from({ length: units }, uniform)
				}))
			};
			const example = { x: [uniform() / 2, uniform() / 2], y: k % 3 ? 1 : 0 };
			const back = backwardPass(net, forwardPass(net, example), example.y);
			expect(checkGradients(net, example, back.layers).worst).toBeLessThanOrEqual(DOUBLE_TOLERANCE);
		}
	});

	it('fails the check when one gradient is perturbed, or the chain rule drops a factor', async () => {
		const { trainer, net } = await trainedTiny(100);
		const example = pointAt(5);
		const back = backwardPass(net, forwardPass(net, example), example.y);
		expect(checkGradients(net, example, back.layers).agree).toBe(true);
		for (const ref of parameterRefs(net)) {
			const perturbed = back.layers.map((l) => ({ kernel: [...l.kernel], bias: [...l.bias] }));
			perturbed[ref.layer][ref.part][ref.index] *= 1 + 1e-4;
			perturbed[ref.layer][ref.part][ref.index] += 1e-9;
			const check = checkGradients(net, example, perturbed);
			expect(check.agree, JSON.stringify(ref)).toBe(false);
			expect(check.rows.filter((row) => row.relativeError > DOUBLE_TOLERANCE).map((row) => row.ref)).toEqual([ref]);
		}
		// A backward pass that forgets the activation's slope (treats σ as if it were linear).
		const forgetful = backwardPass({ ...net, activation: 'linear' }, forwardPass(net, example), example.y);
		expect(checkGradients(net, example, forgetful.layers).agree).toBe(false);
		trainer.dispose();
	});

	it('matches the model’s own float32 gradients from the gradients request', async () => {
		const { trainer, net } = await trainedTiny(200);
		for (const i of [0, 7, 21]) {
			const example = pointAt(i);
			const answer = await gradients(trainer, { examples: [i], all: true });
			expect(answer.labels).toEqual([example.y]);
			expect(answer.loss).toBeCloseTo(forwardPass(net, example).loss, 5);
			const back = backwardPass(net, forwardPass(net, example), example.y);
			const model = answer.layers!;
			const pairs = parameterRefs(net).map((ref) => {
				const layer = model[ref.layer];
				const tf32 = ref.part === 'kernel' ? layer.kernelGradient[ref.index] : layer.biasGradient![ref.index];
				return relativeError(back.layers[ref.layer][ref.part][ref.index], tf32);
			});
			expect(Math.max(...pairs)).toBeLessThan(1e-4);
		}
		trainer.dispose();
	});
});

describe('a digit network, in the model’s float32', () => {
	it('agrees with central differences within 1% on its chosen weights, puts every weight back, and catches a perturbed gradient', async () => {
		const spec = withDefaults({ ...(page.defaults as Partial<ExperimentSpec>), ...(digitStep.change as Partial<ExperimentSpec>) });
		expect(spec.data).toBe('digits');
		const trainer = new Trainer(digits, spec);
		await trainer.train(30);
		const before = await Promise.all(trainer.network.stages.map((s) => s.kernelLayer.getWeights()[0].data()));
		const tensors = tf.memory().numTensors;
		for (const example of [0, 1, 2]) {
			const answer = await gradients(trainer, { examples: [example], largest: 2 });
			// Two kernel weights and one bias in each of the hidden and output layers.
			expect(answer.checks).toHaveLength(6);
			const rows = answer.checks.map((c) => ({
				ref: { layer: c.layer === 'output' ? 1 : 0, part: c.part, index: c.index },
				value: c.value,
				analytic: c.analytic,
				numeric: c.numeric
			}));
			const check = compareGradients(rows, FLOAT32_TOLERANCE);
			expect(check.worst, JSON.stringify(answer.checks)).toBeLessThan(FLOAT32_TOLERANCE);
			expect(check.agree).toBe(true);
			const perturbed = rows.map((row, i) => (i === 3 ? { ...row, analytic: row.analytic * 1.05 } : row));
			expect(compareGradients(perturbed, FLOAT32_TOLERANCE).agree).toBe(false);
		}
		expect(tf.memory().numTensors).toBe(tensors);
		const after = await Promise.all(trainer.network.stages.map((s) => s.kernelLayer.getWeights()[0].data()));
		after.forEach((values, i) => expect(values).toEqual(before[i]));
		trainer.dispose();
	});

	it('answers a plain message for examples it does not have', async () => {
		const trainer = new Trainer(points, tinySpec);
		await expect(gradients(trainer, { examples: [400] })).rejects.toThrow(/numbered 0 to 399/);
		await expect(gradients(trainer, { examples: [] })).rejects.toThrow(/Choose between/);
		trainer.dispose();
	});
});
