import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MnistData } from '../../data/digits';
import { readDigits } from '../../testing/digits';
import { withDefaults } from '../spec';
import { uploadDigits } from '../tasks/digits';
import { disposeDataset, type Dataset } from '../tasks/task';
import { Trainer } from '../trainer';
import { REQUESTS } from './index';

let digits: MnistData;
let dataset: Dataset;

beforeAll(async () => {
	await tf.setBackend('cpu');
	digits = await readDigits();
	dataset = uploadDigits(digits);
});
afterAll(() => disposeDataset(dataset));

describe('the featureMaps request', () => {
	it('answers the CNN’s 8 first-layer 5×5 filters and its maps of a test digit: 8 of 24×24, then 16 of 8×8', async () => {
		const trainer = new Trainer(dataset, withDefaults({ architecture: 'cnn', hiddenLayers: 0 }));
		const tensors = tf.memory().numTensors;
		const index = 3;
		const answer = await REQUESTS.featureMaps.run(trainer, { index });
		expect(tf.memory().numTensors).toBe(tensors);
		expect(answer.label).toBe(digits.test.labels[index]);
		expect(answer.pixels.values).toEqual(Array.from(digits.test.images.slice(index * 784, (index + 1) * 784), (v) => Math.fround(v / 255)));
		expect(answer.filters).toMatchObject({ side: 5, count: 8 });
		expect(answer.filters.values).toHaveLength(200);
		// The kernel is [5, 5, 1, 8]: filter f's weight at (i, j) is kernel[(i·5 + j)·8 + f].
		const kernel = await trainer.network.stages[0].kernelLayer.getWeights()[0].data();
		expect(answer.filters.values[2 * 25 + 1 * 5 + 3]).toBeCloseTo(kernel[(1 * 5 + 3) * 8 + 2], 6);
		expect(answer.maps.map((m) => [m.stage, m.side, m.count, m.values.length])).toEqual([
			['conv 1', 24, 8, 8 * 24 * 24],
			['conv 2', 8, 16, 16 * 8 * 8]
		]);
		// After ReLU nothing is negative.
		expect(Math.min(...answer.maps[0].values)).toBeGreaterThanOrEqual(0);
		const predicted = await trainer.predict(Float32Array.from(answer.pixels.values));
		answer.probabilities.forEach((p, k) => expect(p).toBeCloseTo(predicted[k], 5));
		trainer.dispose();
	});

	it('answers the moved digit when the test digits are moved', async () => {
		const trainer = new Trainer(dataset, withDefaults({ architecture: 'cnn', hiddenLayers: 0, testShift: 3 }));
		const answer = await REQUESTS.featureMaps.run(trainer, { index: 0 });
		const still = Array.from(digits.test.images.slice(0, 784), (v) => Math.fround(v / 255));
		expect(answer.pixels.values).not.toEqual(still);
		expect(answer.pixels.values.filter((v) => v > 0).length).toBeGreaterThan(0);
		trainer.dispose();
	});

	it('refuses a network without convolutions, and a digit that does not exist, with messages fit to show', async () => {
		const mlp = new Trainer(dataset, withDefaults({ hiddenLayers: 1, layerWidth: 8 }));
		await expect(REQUESTS.featureMaps.run(mlp, { index: 0 })).rejects.toThrow('no convolutions');
		await expect(REQUESTS.featureMaps.run(mlp, { index: 2000 })).rejects.toThrow('from 0 to 1999');
		mlp.dispose();
	});
});
