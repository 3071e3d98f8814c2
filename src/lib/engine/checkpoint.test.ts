import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDigits } from '../testing/digits';
import { checkpointBuffers, restoreCheckpoint, saveCheckpoint } from './checkpoint';
import { withDefaults, type ExperimentSpec } from './spec';
import { uploadDigits } from './tasks/digits';
import { disposeDataset, type Dataset } from './tasks/task';
import { Trainer } from './trainer';

let dataset: Dataset;

beforeAll(async () => {
	await tf.setBackend('cpu');
	dataset = uploadDigits(await readDigits());
});
afterAll(() => disposeDataset(dataset));

const losses = async (trainer: Trainer, steps: number) => (await trainer.train(steps)).losses.map((p) => p.loss);

describe('a checkpoint restored into a fresh run continues the same training', () => {
	// Small training sets make an epoch boundary fall inside the steps after the checkpoint.
	it.each([
		['adam, the lab default', { trainSize: 500 }],
		['sgd with dropout', { optimizer: 'sgd', learningRate: 0.1, dropout: 0.5, hiddenLayers: 2, layerWidth: 32, trainSize: 500 }],
		['momentum with batch norm', { optimizer: 'momentum', learningRate: 0.05, batchNorm: true, hiddenLayers: 2, layerWidth: 32, trainSize: 500 }],
		['rmsprop, residual, L2', { optimizer: 'rmsprop', residual: true, hiddenLayers: 3, layerWidth: 16, l2: 0.001, trainSize: 500 }],
		['a small CNN', { architecture: 'cnn', hiddenLayers: 0, batchSize: 16, trainSize: 200 }],
		['its VGG form', { architecture: 'vgg', hiddenLayers: 0, batchSize: 16, trainSize: 200 }],
		['augmented batches', { layerWidth: 32, trainSize: 500, augmentShift: 2, augmentRotation: 15, augmentScale: 0.1, augmentNoise: 0.2 }]
	] as [string, Partial<ExperimentSpec>][])('%s', async (_name, change) => {
		const spec = withDefaults({ batchSize: 32, ...change });
		const original = new Trainer(dataset, spec);
		await original.train(10);
		const checkpoint = await saveCheckpoint(original);
		const expected = await losses(original, 12);
		original.dispose();

		const before = tf.memory().numTensors;
		const resumed = new Trainer(dataset, spec);
		await restoreCheckpoint(resumed, checkpoint);
		expect(resumed.step).toBe(10);
		const actual = await losses(resumed, 12);
		expect(resumed.step).toBe(22);
		actual.forEach((loss, i) => expect(loss).toBeCloseTo(expected[i], 5));
		resumed.dispose();
		expect(tf.memory().numTensors).toBe(before);
	});
});

describe('a checkpoint taken after live adjustments', () => {
	it('resumes step for step: the new rate, optimizer, dropout, batch size and augmentation, and the place in the data, come back', async () => {
		const spec = withDefaults({ hiddenLayers: 2, layerWidth: 32, trainSize: 500, batchSize: 32 });
		const adjusted: ExperimentSpec = { ...spec, optimizer: 'rmsprop', learningRate: 0.001, dropout: 0.3, batchSize: 48, l2: 0.001, augmentShift: 3, augmentNoise: 0.1 };
		const original = new Trainer(dataset, spec);
		await original.train(7);
		original.adjust(adjusted);
		await original.train(4);
		const checkpoint = await saveCheckpoint(original);
		expect(checkpoint.spec).toEqual(adjusted);
		const expected = await losses(original, 14);
		original.dispose();

		const before = tf.memory().numTensors;
		// Built from the spec training started with, as after a reload: the checkpoint brings the rest.
		const resumed = new Trainer(dataset, spec);
		await restoreCheckpoint(resumed, checkpoint);
		expect(resumed.spec).toEqual(adjusted);
		expect([resumed.step, resumed.epoch]).toEqual([11, checkpoint.data.shuffles]);
		const actual = await losses(resumed, 14);
		actual.forEach((loss, i) => expect(loss).toBeCloseTo(expected[i], 5));
		// 7·32 + 4·48 = 416 examples; one more batch of 48 ends the pass, then 10 a pass: into the third.
		expect(resumed.epoch).toBe(3);
		resumed.dispose();
		expect(tf.memory().numTensors).toBe(before);
	});
});

describe('saveCheckpoint', () => {
	it('holds copies that can be transferred without touching the live weights', async () => {
		const trainer = new Trainer(dataset, withDefaults({ trainSize: 500 }));
		await trainer.train(3);
		const before = tf.memory().numTensors;
		const checkpoint = await saveCheckpoint(trainer);
		expect(tf.memory().numTensors).toBe(before);
		expect(checkpoint.step).toBe(3);
		// 784×128 kernel, 128 bias, 128×10 kernel, 10 bias; Adam: iterations, then m and v for each.
		expect(checkpoint.weights.map((w) => w.shape)).toEqual([[784, 128], [128], [128, 10], [10]]);
		expect(checkpoint.optimizer).toHaveLength(1 + 2 * 4);
		expect(checkpoint.optimizer[0].values[0]).toBe(3);
		const kept = (await trainer.network.layers[0].getWeights()[0].data()).slice();
		checkpointBuffers(checkpoint).forEach((buffer) => structuredClone(buffer, { transfer: [buffer] }));
		expect(checkpoint.weights[0].values.length).toBe(0);
		expect(await trainer.network.layers[0].getWeights()[0].data()).toEqual(kept);
		trainer.dispose();
	});
});

describe('restoreCheckpoint', () => {
	it('refuses a checkpoint of another network with a clear message', async () => {
		const small = new Trainer(dataset, withDefaults({ layerWidth: 16, trainSize: 500 }));
		const checkpoint = await saveCheckpoint(small);
		small.dispose();
		const other = new Trainer(dataset, withDefaults({ layerWidth: 32, trainSize: 500 }));
		await expect(restoreCheckpoint(other, checkpoint)).rejects.toThrow(/another shape/);
		other.dispose();
	});
});
