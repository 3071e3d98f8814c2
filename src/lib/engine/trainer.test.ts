import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { subset, type MnistData } from '../data/digits';
import { readDigits } from '../testing/digits';
import { disposeDataset, uploadDataset, type Dataset } from './dataset';
import { buildNetwork, convolve, disposeNetwork, forward, kernels } from './model';
import { withDefaults, type ExperimentSpec } from './spec';
import { Trainer } from './trainer';

let digits: MnistData;
let dataset: Dataset;

beforeAll(async () => {
	await tf.setBackend('cpu');
	digits = await readDigits();
	dataset = uploadDataset(digits);
});

async function firstLosses(spec: ExperimentSpec, steps: number): Promise<number[]> {
	const trainer = new Trainer(dataset, spec);
	const { losses } = await trainer.train(steps);
	trainer.dispose();
	return losses.map((p) => p.loss);
}

describe('buildNetwork', () => {
	it.each([
		[{ hiddenLayers: 0 }, [[784, 10]]],
		[{ hiddenLayers: 1, layerWidth: 32 }, [[784, 32], [32, 10]]],
		[{ hiddenLayers: 3, layerWidth: 16, batchNorm: true, dropout: 0.3 }, [[784, 16], [16, 16], [16, 16], [16, 10]]],
		[{ hiddenLayers: 4, layerWidth: 8, residual: true }, [[784, 8], [8, 8], [8, 8], [8, 8], [8, 10]]],
		// 'valid' 5×5 convolutions and 2×2 pooling: 28 -> 24 -> 12 -> 8 -> 4, so 4·4·16 = 256 features.
		[{ architecture: 'cnn', hiddenLayers: 0 }, [[5, 5, 1, 8], [5, 5, 8, 16], [256, 10]]],
		[{ architecture: 'cnn', hiddenLayers: 1, layerWidth: 32 }, [[5, 5, 1, 8], [5, 5, 8, 16], [256, 32], [32, 10]]]
	] as [Partial<ExperimentSpec>, number[][]][])('%o has kernels %j', (change, shapes) => {
		const network = buildNetwork(withDefaults(change));
		expect(kernels(network).map((k) => k.shape)).toEqual(shapes);
		const output = tf.tidy(() => forward(network, tf.zeros([5, 784]), false));
		expect(output.shape).toEqual([5, 10]);
		output.dispose();
		disposeNetwork(network);
	});
});

describe('convolve', () => {
	it('has the gradients of TF.js’s own convolution', async () => {
		const x = tf.randomNormal([3, 9, 8, 2], 0, 1, 'float32', 1) as tf.Tensor4D;
		const filter = tf.randomNormal([3, 4, 2, 5], 0, 1, 'float32', 2) as tf.Tensor4D;
		const weights = tf.randomNormal([3, 7, 5, 5], 0, 1, 'float32', 3);
		const loss = (conv: typeof convolve) => (a: tf.Tensor, b: tf.Tensor) =>
			tf.sum(tf.mul(conv(a as tf.Tensor4D, b as tf.Tensor4D), weights));
		const reference = (a: tf.Tensor4D, b: tf.Tensor4D) => tf.conv2d(a, b, 1, 'valid');
		const ours = tf.grads(loss(convolve))([x, filter]);
		const theirs = tf.grads(loss(reference))([x, filter]);
		expect(await convolve(x, filter).array()).toEqual(await reference(x, filter).array());
		for (let i = 0; i < 2; i++) {
			expect(ours[i].shape).toEqual(theirs[i].shape);
			expect(tf.max(tf.abs(tf.sub(ours[i], theirs[i]))).arraySync()).toBeLessThan(1e-4);
		}
		tf.dispose([x, filter, weights, ...ours, ...theirs]);
	});
});

describe('Trainer', () => {
	it('gives identical initial weights and first 10 losses for the same seed', async () => {
		const spec = withDefaults({ seed: 7, dropout: 0.2, hiddenLayers: 2, layerWidth: 32 });
		const a = buildNetwork(spec);
		const b = buildNetwork(spec);
		for (const [ka, kb] of kernels(a).map((k, i) => [k, kernels(b)[i]])) {
			expect(await ka.data()).toEqual(await kb.data());
		}
		disposeNetwork(a);
		disposeNetwork(b);
		const first = await firstLosses(spec, 10);
		expect(first).toHaveLength(10);
		expect(await firstLosses(spec, 10)).toEqual(first);
		expect(await firstLosses({ ...spec, seed: 8 }, 10)).not.toEqual(first);
	});

	it('gives a CNN identical first 10 losses for the same seed', async () => {
		const spec = withDefaults({ architecture: 'cnn', hiddenLayers: 0, batchSize: 16, seed: 3 });
		const first = await firstLosses(spec, 10);
		expect(first).toHaveLength(10);
		expect(await firstLosses(spec, 10)).toEqual(first);
		expect(await firstLosses({ ...spec, seed: 4 }, 10)).not.toEqual(first);
	});

	it('lowers a CNN’s loss on a 1,000-digit subset', async () => {
		const small = uploadDataset({ train: subset(digits.train, 1000), test: subset(digits.test, 500) });
		const trainer = new Trainer(small, withDefaults({ architecture: 'cnn', hiddenLayers: 0, batchSize: 32 }));
		const { losses } = await trainer.train(60);
		const mean = (points: typeof losses) => points.reduce((s, p) => s + p.loss, 0) / points.length;
		expect(losses).toHaveLength(60);
		expect(mean(losses.slice(-10))).toBeLessThan(mean(losses.slice(0, 10)) * 0.7);
		trainer.dispose();
		disposeDataset(small);
	});

	it('lowers the loss on a 1,000-digit subset', async () => {
		const small = uploadDataset({ train: subset(digits.train, 1000), test: subset(digits.test, 500) });
		const trainer = new Trainer(small, withDefaults({ layerWidth: 64 }));
		const before = (await trainer.evaluate()).test;
		const { losses } = await trainer.train(150);
		const after = (await trainer.evaluate()).test;
		const mean = (points: typeof losses) => points.reduce((s, p) => s + p.loss, 0) / points.length;
		expect(mean(losses.slice(-15))).toBeLessThan(mean(losses.slice(0, 15)) * 0.5);
		expect(after.loss).toBeLessThan(before.loss * 0.5);
		expect(after.accuracy).toBeGreaterThan(0.8);
		trainer.dispose();
		disposeDataset(small);
	});

	it('reports per-layer weight statistics, gradient norms and first-layer images', async () => {
		const trainer = new Trainer(dataset, withDefaults({ hiddenLayers: 2, layerWidth: 20 }));
		await trainer.train(3, { recordGradients: true });
		const report = await trainer.weightReport();
		expect(report.finite).toBe(true);
		expect(report.weights.layers.map((l) => l.layer)).toEqual(['dense 1', 'dense 2', 'output']);
		const first = report.weights.layers[0];
		expect(first.histogram.counts.reduce((a, b) => a + b, 0)).toBe(784 * 20);
		expect(first.std).toBeGreaterThan(0);
		expect(report.gradients?.step).toBe(3);
		expect(report.gradients?.norms).toHaveLength(3);
		expect(report.gradients!.norms.every((n) => n > 0)).toBe(true);
		expect(report.images?.units).toBe(16);
		expect(report.images?.values).toHaveLength(16 * 784);
		trainer.dispose();
	});

	it('reports a CNN’s convolution kernels and gradients first, with no weight images', async () => {
		const trainer = new Trainer(dataset, withDefaults({ architecture: 'cnn', hiddenLayers: 0, batchSize: 16 }));
		await trainer.train(2, { recordGradients: true });
		const report = await trainer.weightReport();
		expect(report.finite).toBe(true);
		expect(report.weights.layers.map((l) => l.layer)).toEqual(['conv 1', 'conv 2', 'output']);
		expect(report.weights.layers[0].histogram.counts.reduce((a, b) => a + b, 0)).toBe(5 * 5 * 8);
		expect(report.gradients?.norms).toHaveLength(3);
		expect(report.gradients!.norms.every((n) => n > 0)).toBe(true);
		expect(report.images).toBeNull();
		expect(report.activations.layers).toEqual([]);
		const probabilities = await trainer.predict(new Float32Array(784).fill(0.5));
		expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
		trainer.dispose();
		// Dense hidden layers after the convolutions keep their activation statistics.
		const deeper = new Trainer(dataset, withDefaults({ architecture: 'cnn', hiddenLayers: 1, layerWidth: 16 }));
		const { weights, activations, images } = await deeper.weightReport();
		expect(weights.layers.map((l) => l.layer)).toEqual(['conv 1', 'conv 2', 'dense 1', 'output']);
		expect(activations.layers.map((l) => l.layer)).toEqual(['dense 1']);
		expect(images).toBeNull();
		deeper.dispose();
	});

	it('drops the last partial batch so every batch has the same shape', async () => {
		const trainer = new Trainer(dataset, withDefaults({ trainSize: 100, batchSize: 30 }));
		expect(trainer.stepsPerEpoch).toBe(3);
		const { losses } = await trainer.train(7);
		expect(losses.map((p) => p.step)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(trainer.epoch).toBe(3);
		trainer.dispose();
	});

	it('stops on a diverging loss', async () => {
		const trainer = new Trainer(dataset, withDefaults({ optimizer: 'sgd', learningRate: 10, initializer: 'largeNormal', hiddenLayers: 3 }));
		const chunk = await trainer.train(200);
		expect(chunk.diverged).toBe(true);
		expect(Number.isFinite(chunk.losses.at(-1)!.loss)).toBe(false);
		trainer.dispose();
	});

	it('predicts a probability for each digit', async () => {
		const trainer = new Trainer(dataset, withDefaults());
		const probabilities = await trainer.predict(new Float32Array(784).fill(0.5));
		expect(probabilities).toHaveLength(10);
		expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
		trainer.dispose();
	});

	it('leaks no tensors over 100 steps, evaluation, reset and rebuild', async () => {
		const spec = withDefaults({ hiddenLayers: 2, layerWidth: 32, batchNorm: true, dropout: 0.2, l2: 0.001, l1: 0.0001, residual: true, clipNorm: 1 });
		const before = tf.memory().numTensors;
		let trainer = new Trainer(dataset, spec);
		await trainer.train(100, { recordGradients: true });
		await trainer.evaluate();
		await trainer.weightReport();
		await trainer.dropoutMask();
		await trainer.predict(new Float32Array(784));
		trainer.dispose(); // reset: the same spec again
		trainer = new Trainer(dataset, spec);
		await trainer.train(5, { recordGradients: true });
		trainer.dispose(); // rebuild with another spec
		trainer = new Trainer(dataset, { ...spec, hiddenLayers: 3, optimizer: 'momentum' });
		await trainer.train(5);
		trainer.dispose(); // and a CNN, with its dense layer, dropout and batch norm
		const small = uploadDataset({ train: subset(digits.train, 200), test: subset(digits.test, 500) });
		trainer = new Trainer(small, { ...spec, architecture: 'cnn', hiddenLayers: 1, batchSize: 16 });
		await trainer.train(5, { recordGradients: true });
		await trainer.evaluate();
		await trainer.weightReport();
		await trainer.dropoutMask();
		await trainer.predict(new Float32Array(784));
		trainer.dispose();
		disposeDataset(small);
		expect(tf.memory().numTensors).toBe(before);
	});

	it('measures training digits without dropout next to the test digits', async () => {
		const trainer = new Trainer(dataset, withDefaults({ trainSize: 600, dropout: 0.5 }));
		await trainer.train(40);
		const { test } = await trainer.evaluate();
		expect(test.trainLoss).toBeGreaterThan(0);
		expect(test.trainAccuracy).toBeGreaterThan(0.5);
		expect(test.accuracy).toBeGreaterThan(0.5);
		trainer.dispose();
	});

	it('keeps each step’s dropout mask, new every step', async () => {
		const trainer = new Trainer(dataset, withDefaults({ hiddenLayers: 2, layerWidth: 64, dropout: 0.5 }));
		expect(await trainer.dropoutMask()).toBeNull();
		await trainer.train(1);
		const first = (await trainer.dropoutMask())!;
		expect(first.layers).toHaveLength(2);
		expect(first.layers[0]).toHaveLength(12);
		const all = first.layers.flat();
		expect(all.some((kept) => kept) && all.some((kept) => !kept)).toBe(true);
		await trainer.train(1);
		expect((await trainer.dropoutMask())!.layers).not.toEqual(first.layers);
		trainer.dispose();
		const without = new Trainer(dataset, withDefaults());
		await without.train(1);
		expect(await without.dropoutMask()).toBeNull();
		without.dispose();
	});

	it.each([
		['relu', 'dead', 'saturated'],
		['sigmoid', 'saturated', 'dead'],
		['tanh', 'saturated', 'dead']
	] as const)('summarises %s hidden outputs with a %s share', async (activation, known, unknown) => {
		const trainer = new Trainer(dataset, withDefaults({ hiddenLayers: 2, layerWidth: 16, activation }));
		const { activations } = await trainer.weightReport();
		expect(activations.layers.map((l) => l.layer)).toEqual(['dense 1', 'dense 2']);
		for (const layer of activations.layers) {
			expect(layer[known]).toBeGreaterThanOrEqual(0);
			expect(layer[known]).toBeLessThanOrEqual(1);
			expect(layer[unknown]).toBeNull();
			expect(layer.histogram.counts.reduce((a, b) => a + b, 0)).toBe(128 * 16);
		}
		trainer.dispose();
	});

	it('shows vanishing gradients: 12 sigmoid layers, the first gets 100× less gradient than the last', async () => {
		const trainer = new Trainer(
			dataset,
			withDefaults({ hiddenLayers: 12, layerWidth: 32, activation: 'sigmoid', initializer: 'glorotUniform', optimizer: 'sgd', learningRate: 0.1 })
		);
		await trainer.train(1, { recordGradients: true });
		const norms = (await trainer.weightReport()).gradients!.norms;
		expect(norms).toHaveLength(13);
		expect(norms[0] * 100).toBeLessThan(norms[12]);
		trainer.dispose();
		const relu = new Trainer(dataset, withDefaults({ hiddenLayers: 12, layerWidth: 32, residual: true, optimizer: 'sgd', learningRate: 0.1 }));
		await relu.train(1, { recordGradients: true });
		const healthy = (await relu.weightReport()).gradients!.norms;
		expect(healthy[0] * 100).toBeGreaterThan(healthy[12]);
		relu.dispose();
	});

	it('clips the whole gradient to the chosen norm', async () => {
		const spec = withDefaults({ optimizer: 'sgd', learningRate: 1, layerWidth: 16, clipNorm: 0.001 });
		const trainer = new Trainer(dataset, spec);
		const before = await Promise.all(kernels(trainer.network).map((k) => k.data()));
		await trainer.train(1);
		const after = await Promise.all(kernels(trainer.network).map((k) => k.data()));
		let squared = 0;
		before.forEach((values, l) => values.forEach((v, i) => (squared += (after[l][i] - v) ** 2)));
		// One SGD step moves the kernels by at most learning rate × clip norm.
		expect(Math.sqrt(squared)).toBeLessThanOrEqual(0.001 * 1.0001);
		expect(Math.sqrt(squared)).toBeGreaterThan(0);
		trainer.dispose();
	});
});
