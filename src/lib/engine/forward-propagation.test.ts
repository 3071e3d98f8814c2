/**
 * The forward-propagation page's signature: the numbers it walks through are the model's own.
 * Its softmax, computed from the traced logits the way the page does, equals the model's output
 * to 1e-6; every traced layer is the forward pass redone from the traced weights; and each unit's
 * listed terms, the rest and the bias add up to its weighted sum.
 */
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subset } from '../data/digits';
import { readDigits } from '../testing/digits';
import { largestDifference, softmax } from '../concepts/panels/forward-walk';
import { trace, type Trace } from './requests/trace';
import { withDefaults } from './spec';
import { uploadDigits } from './tasks/digits';
import { disposeDataset, type Dataset } from './tasks/task';
import { Trainer } from './trainer';

let dataset: Dataset;
let trainer: Trainer;

beforeAll(async () => {
	await tf.setBackend('cpu');
	const digits = await readDigits();
	dataset = uploadDigits({ train: subset(digits.train, 640), test: subset(digits.test, 20) });
	trainer = new Trainer(dataset, withDefaults({ hiddenLayers: 2, layerWidth: 16 }));
	await trainer.train(10);
});
afterAll(() => {
	trainer.dispose();
	disposeDataset(dataset);
});

interface DenseWeights {
	kernel: Float32Array;
	bias: Float32Array;
	units: number;
}

/** The weights as the model holds them, read back once. */
async function weightsOf(t: Trainer): Promise<DenseWeights[]> {
	return Promise.all(
		t.network.stages.map(async (stage) => {
			const [kernel, bias] = stage.kernelLayer.getWeights();
			return { kernel: (await kernel.data()) as Float32Array, bias: (await bias.data()) as Float32Array, units: kernel.shape[1]! };
		})
	);
}

/** A forward pass in double precision from the traced input and the model's weights: z = x·W + b, ReLU on hidden layers. */
function forwardInDouble(input: number[], weights: DenseWeights[]): { z: number[]; a: number[] }[] {
	let x: number[] = input;
	return weights.map(({ kernel, bias, units }, layer) => {
		const z = Array.from({ length: units }, (_, u) => x.reduce((sum: number, xi, i) => sum + xi * kernel[i * units + u], bias[u]));
		x = layer < weights.length - 1 ? z.map((v) => Math.max(0, v)) : z;
		return { z, a: x };
	});
}

describe('the forward-propagation page’s numbers', () => {
	let traced: Trace;
	beforeAll(async () => {
		traced = await trace(trainer, { example: 3 });
	});

	it('has a softmax of the traced logits equal to the model’s prediction within 1e-6', async () => {
		const predicted = await trainer.predict(Float32Array.from(traced.input));
		const page = softmax(traced.logits).probabilities;
		expect(page).toHaveLength(10);
		expect(largestDifference(page, predicted)).toBeLessThan(1e-6);
		expect(largestDifference(traced.probabilities, predicted)).toBeLessThan(1e-6);
		expect(page.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
	});

	it('traces test example 3 itself, through every layer of a forward pass', async () => {
		const digits = await readDigits();
		expect(traced.label).toBe(digits.test.labels[3]);
		expect(traced.input.map((v) => Math.round(v * 255))).toEqual(Array.from(digits.test.images.subarray(3 * 784, 4 * 784)));
		expect(traced.layers.map((l) => [l.layer, l.activation, l.inputs, l.z.length])).toEqual([
			['dense 1', 'relu', 784, 16],
			['dense 2', 'relu', 16, 16],
			['output', 'linear', 16, 10]
		]);
		const expected = forwardInDouble(traced.input, await weightsOf(trainer));
		traced.layers.forEach((layer, i) => {
			expect(largestDifference(layer.z, expected[i].z), layer.layer).toBeLessThan(1e-4);
			expect(largestDifference(layer.a, expected[i].a), layer.layer).toBeLessThan(1e-4);
		});
		expect(traced.logits).toEqual(traced.layers[2].z);
	});

	it('lists each unit’s largest terms first, and they, the rest and the bias add up to its z', () => {
		for (const layer of traced.layers) {
			layer.units.forEach((unit, u) => {
				expect(unit.terms).toHaveLength(8);
				expect(unit.restCount).toBe(layer.inputs - 8);
				const sizes = unit.terms.map((term) => Math.abs(term.product));
				expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
				for (const term of unit.terms) expect(term.product).toBe(term.x * term.w);
				const total = unit.terms.reduce((sum, term) => sum + term.product, unit.rest + unit.bias);
				expect(Math.abs(total - layer.z[u]), `${layer.layer} unit ${u}`).toBeLessThan(1e-4 * Math.max(1, Math.abs(layer.z[u])));
			});
		}
	});

	it('traces a drawing as given, refuses one of the wrong size, and keeps no tensors', async () => {
		const before = tf.memory().numTensors;
		const blank = new Array(784).fill(0);
		const drawn = await trace(trainer, { pixels: blank });
		expect(drawn.label).toBeNull();
		// A blank input reaches the first layer's units as their biases alone.
		expect(drawn.layers[0].units.map((u) => u.bias)).toEqual(drawn.layers[0].z.map((z) => Math.fround(z)));
		await expect(trace(trainer, { pixels: [1, 2] })).rejects.toThrow(/784/);
		await expect(trace(trainer, { example: 20 })).rejects.toThrow(/0 to 19/);
		expect(tf.memory().numTensors).toBe(before);
	});
});
