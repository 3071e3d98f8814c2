import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { subset, type MnistData } from '../data/digits';
import { readDigits } from '../testing/digits';
import { pointsDataset, pointsTask } from '../testing/points';
import { buildNetwork, disposeNetwork, forward, kernels, type Network } from './architectures';
import { withDefaults, type ExperimentSpec } from './spec';
import { digitsTask, uploadDigits } from './tasks/digits';
import { disposeDataset, type Dataset } from './tasks/task';
import { Trainer } from './trainer';

let digits: MnistData;
let dataset: Dataset;

beforeAll(async () => {
	await tf.setBackend('cpu');
	digits = await readDigits();
	dataset = uploadDigits(digits);
});

async function firstLosses(spec: ExperimentSpec, steps: number): Promise<number[]> {
	const trainer = new Trainer(dataset, spec);
	const { losses } = await trainer.train(steps);
	trainer.dispose();
	return losses.map((p) => p.loss);
}

const mean = (points: { loss: number }[]) => points.reduce((s, p) => s + p.loss, 0) / points.length;

/** Every weight of every layer, read back, in layer order. */
const readWeights = (network: Network) => Promise.all(network.layers.flatMap((l) => l.getWeights()).map((w) => w.data()));

describe('buildNetwork', () => {
	it.each([
		[{ hiddenLayers: 0 }, [[784, 10]], ['output']],
		[{ hiddenLayers: 1, layerWidth: 32 }, [[784, 32], [32, 10]], ['dense 1', 'output']],
		[{ hiddenLayers: 3, layerWidth: 16, batchNorm: true, dropout: 0.3 }, [[784, 16], [16, 16], [16, 16], [16, 10]], ['dense 1', 'dense 2', 'dense 3', 'output']],
		[{ hiddenLayers: 4, layerWidth: 8, residual: true }, [[784, 8], [8, 8], [8, 8], [8, 8], [8, 10]], ['dense 1', 'dense 2', 'dense 3', 'dense 4', 'output']],
		// 'valid' 5×5 convolutions and 2×2 pooling: 28 -> 24 -> 12 -> 8 -> 4, so 4·4·16 = 256 features.
		[{ architecture: 'cnn', hiddenLayers: 0 }, [[5, 5, 1, 8], [5, 5, 8, 16], [256, 10]], ['conv 1', 'conv 2', 'output']],
		[{ architecture: 'cnn', hiddenLayers: 1, layerWidth: 32 }, [[5, 5, 1, 8], [5, 5, 8, 16], [256, 32], [32, 10]], ['conv 1', 'conv 2', 'dense 1', 'output']],
		// Two 3×3 convolutions shrink the map as one 5×5 does (28 -> 26 -> 24), so the same 256 features.
		[
			{ architecture: 'vgg', hiddenLayers: 0 },
			[[3, 3, 1, 8], [3, 3, 8, 8], [3, 3, 8, 8], [3, 3, 8, 16], [256, 10]],
			['conv 1', 'conv 2', 'conv 3', 'conv 4', 'output']
		]
	] as [Partial<ExperimentSpec>, number[][], string[]][])('%o has kernels %j in stages %j', (change, shapes, names) => {
		const network = buildNetwork(withDefaults(change), digitsTask);
		expect(kernels(network).map((k) => k.shape)).toEqual(shapes);
		expect(network.stages.map((s) => s.name)).toEqual(names);
		expect(network.stages.map((s) => s.kind)).toEqual(names.map((n) => n.split(' ')[0]));
		const output = tf.tidy(() => forward(network, tf.zeros([5, 784]), false));
		expect(output.shape).toEqual([5, 10]);
		output.dispose();
		disposeNetwork(network);
	});

	it('builds for the task: two inputs and three classes for points, and the same MLP when a CNN is asked for on them', () => {
		const network = buildNetwork(withDefaults({ hiddenLayers: 1, layerWidth: 8 }), pointsTask);
		expect(kernels(network).map((k) => k.shape)).toEqual([[2, 8], [8, 3]]);
		disposeNetwork(network);
		// A point (or a table row) is no image: a convolution has nothing to slide over.
		const asked = buildNetwork(withDefaults({ architecture: 'cnn', hiddenLayers: 1, layerWidth: 8 }), pointsTask);
		expect(kernels(asked).map((k) => k.shape)).toEqual([[2, 8], [8, 3]]);
		expect(asked.stages.some((stage) => stage.kind === 'conv')).toBe(false);
		disposeNetwork(asked);
	});

	it.each([
		[{ activation: 'relu' }, ['Dense', 'SeededDropout'], 'relu'],
		[{ activation: 'tanh' }, ['Dense', 'SeededDropout'], 'tanh'],
		// Leaky ReLU is a layer of its own in TF.js; batch norm sits between the sums and the activation.
		[{ activation: 'leakyRelu' }, ['Dense', 'LeakyReLU', 'SeededDropout'], 'linear'],
		[{ activation: 'relu', batchNorm: true }, ['Dense', 'BatchNormalization', 'Activation', 'SeededDropout'], 'linear']
	] as [Partial<ExperimentSpec>, string[], string][])(
		'%o: a hidden stage is layers %j, its dense layer applying %s itself, and its hidden output is the activation',
		async (change, classes, own) => {
			const spec = withDefaults({ hiddenLayers: 1, layerWidth: 8, ...change });
			const network = buildNetwork(spec, digitsTask);
			const [hidden] = network.stages;
			expect(hidden.layers.map((l) => l.getClassName())).toEqual(classes);
			expect(hidden.layers[0].getConfig().activation).toBe(own);
			const x = tf.randomNormal([4, 784], 0, 1, 'float32', 3);
			const { hidden: a } = hidden.apply(x, false);
			const [kernel, bias] = hidden.kernelLayer.getWeights();
			const z = bias ? tf.add(tf.matMul(x, kernel), bias) : tf.matMul(x, kernel);
			// Without batch norm, a is the activation of the weighted sums, whichever layer applies it.
			if (!spec.batchNorm) {
				const expected = spec.activation === 'leakyRelu' ? tf.leakyRelu(z, 0.01) : spec.activation === 'tanh' ? tf.tanh(z) : tf.relu(z);
				expect(tf.max(tf.abs(tf.sub(a!, expected))).dataSync()[0]).toBeLessThan(1e-5);
				expected.dispose();
			}
			tf.dispose([x, a!, z]);
			disposeNetwork(network);
		}
	);
});

describe('Trainer', () => {
	it('gives identical initial weights and first 10 losses for the same seed', async () => {
		const spec = withDefaults({ seed: 7, dropout: 0.2, hiddenLayers: 2, layerWidth: 32 });
		const a = buildNetwork(spec, digitsTask);
		const b = buildNetwork(spec, digitsTask);
		expect(await readWeights(a)).toEqual(await readWeights(b));
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
		const small = uploadDigits({ train: subset(digits.train, 1000), test: subset(digits.test, 500) });
		const trainer = new Trainer(small, withDefaults({ architecture: 'cnn', hiddenLayers: 0, batchSize: 32 }));
		const { losses } = await trainer.train(60);
		expect(losses).toHaveLength(60);
		expect(mean(losses.slice(-10))).toBeLessThan(mean(losses.slice(0, 10)) * 0.7);
		trainer.dispose();
		disposeDataset(small);
	});

	it('lowers the loss on a 1,000-digit subset', async () => {
		const small = uploadDigits({ train: subset(digits.train, 1000), test: subset(digits.test, 500) });
		const trainer = new Trainer(small, withDefaults({ layerWidth: 64 }));
		const before = await trainer.evaluate();
		const { losses } = await trainer.train(150);
		const after = await trainer.evaluate();
		expect(mean(losses.slice(-15))).toBeLessThan(mean(losses.slice(0, 15)) * 0.5);
		expect(after.loss).toBeLessThan(before.loss * 0.5);
		expect(after.accuracy).toBeGreaterThan(0.8);
		trainer.dispose();
		disposeDataset(small);
	});

	it('trains another task through the same loop: 2-D points in three classes, with an MLP', async () => {
		const points = pointsDataset(11);
		const trainer = new Trainer(points, withDefaults({ hiddenLayers: 1, layerWidth: 16, batchSize: 30, learningRate: 0.01, seed: 2 }));
		expect(trainer.stepsPerEpoch).toBe(20);
		const before = await trainer.evaluate();
		const { losses } = await trainer.train(120);
		const after = await trainer.evaluate();
		expect(mean(losses.slice(-10))).toBeLessThan(mean(losses.slice(0, 10)) * 0.5);
		expect(after.loss).toBeLessThan(before.loss * 0.5);
		expect(after.accuracy).toBeGreaterThan(0.9);
		const probabilities = await trainer.predict(new Float32Array([2, 0]));
		expect(probabilities).toHaveLength(3);
		expect(probabilities[0]).toBeGreaterThan(0.5);
		trainer.dispose();
		disposeDataset(points);
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

	it('measures training digits without dropout: the train loss is the evaluation-mode loss, not a dropped-out one', async () => {
		const trainer = new Trainer(dataset, withDefaults({ trainSize: 600, dropout: 0.5 }));
		await trainer.train(40);
		const test = await trainer.evaluate();
		// The same 600 training digits through the network by hand, with dropout off and on.
		const lossWith = (training: boolean) =>
			tf.tidy(() => {
				const x = dataset.train.inputs.slice([0, 0], [600, 784]);
				const y = tf.oneHot(dataset.train.labels.slice([0], [600]), 10);
				return tf.losses.softmaxCrossEntropy(y, forward(trainer.network, x, training)).dataSync()[0];
			});
		const evaluationMode = lossWith(false);
		const dropped = lossWith(true);
		expect(test.trainLoss).toBeCloseTo(evaluationMode, 4);
		// Dropout at half the units moves the loss well beyond that tolerance, so the line above can fail.
		expect(Math.abs(dropped - evaluationMode)).toBeGreaterThan(0.01);
		expect(test.trainAccuracy).toBeGreaterThan(0.5);
		expect(test.accuracy).toBeGreaterThan(0.5);
		trainer.dispose();
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

	it.each([
		['L1', { l1: 0.01 }, (w: number) => 0.01 * Math.sign(w)],
		['L2', { l2: 0.01 }, (w: number) => 2 * 0.01 * w]
	] as const)('%s adds its gradient to one SGD step on the kernels and leaves biases alone', async (_name, penalty, extra) => {
		const rate = 0.1;
		const spec = withDefaults({ optimizer: 'sgd', learningRate: rate, hiddenLayers: 1, layerWidth: 16 });
		const plain = new Trainer(dataset, spec);
		const penalised = new Trainer(dataset, { ...spec, ...penalty });
		const start = await readWeights(penalised.network);
		expect(await readWeights(plain.network)).toEqual(start);
		// Same seed, same first batch: the two steps differ by the penalty alone.
		await plain.train(1);
		await penalised.train(1);
		const [withoutPenalty, withPenalty] = [await readWeights(plain.network), await readWeights(penalised.network)];
		// Layer weights in order: dense 1 kernel, bias; output kernel, bias.
		for (const kernel of [0, 2]) {
			let worst = 0;
			start[kernel].forEach((w, i) => {
				// w − η(g + p(w)) − (w − η·g) = −η·p(w)
				const expected = -rate * extra(w);
				worst = Math.max(worst, Math.abs(withPenalty[kernel][i] - withoutPenalty[kernel][i] - expected));
			});
			expect(worst).toBeLessThan(1e-5);
		}
		for (const bias of [1, 3]) expect(withPenalty[bias]).toEqual(withoutPenalty[bias]);
		plain.dispose();
		penalised.dispose();
	});

	it('leaves no tensor behind across training, evaluation and prediction', async () => {
		const trainer = new Trainer(dataset, withDefaults({ hiddenLayers: 2, layerWidth: 32, dropout: 0.3, batchNorm: true }));
		await trainer.train(2);
		const before = tf.memory().numTensors;
		await trainer.train(20);
		await trainer.evaluate();
		await trainer.predict(new Float32Array(784));
		expect(tf.memory().numTensors).toBe(before);
		trainer.dispose();
	});
});
