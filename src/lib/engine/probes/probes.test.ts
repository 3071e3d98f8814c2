import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subset, type MnistData } from '../../data/digits';
import { readDigits } from '../../testing/digits';
import { pointsDataset } from '../../testing/points';
import { METRICS, METRIC_NAMES } from '../metrics';
import { withDefaults, type ExperimentSpec } from '../spec';
import { uploadDigits } from '../tasks/digits';
import { disposeDataset, type Dataset } from '../tasks/task';
import { Trainer } from '../trainer';
import { probeDropout } from './dropout';
import { Probes } from './index';

let digits: MnistData;
let dataset: Dataset;

beforeAll(async () => {
	await tf.setBackend('cpu');
	digits = await readDigits();
	dataset = uploadDigits(digits);
});
afterAll(() => disposeDataset(dataset));

/** A trainer with its probes, trained `steps` steps with the last step's gradients recorded. */
async function trained(spec: Partial<ExperimentSpec>, steps: number, data = dataset) {
	const trainer = new Trainer(data, withDefaults(spec));
	const probes = new Probes(trainer);
	if (steps > 0) await trainer.train(steps, { onLastGradients: probes.gradients.record });
	return {
		trainer,
		probes,
		dispose() {
			probes.dispose();
			trainer.dispose();
		}
	};
}

describe('Probes at a report', () => {
	it('takes every metric of the table, each per-layer value named by its layer', async () => {
		const run = await trained({ hiddenLayers: 2, layerWidth: 20 }, 3);
		const { metrics, healthy } = await run.probes.measure('report');
		expect(healthy).toBe(true);
		// No dropout in this network, no plane for digits, too many weights to draw one by one.
		const absent = ['dropout', 'plane', 'parameters'];
		expect(Object.keys(metrics).sort()).toEqual(METRIC_NAMES.filter((n) => !absent.includes(n)).sort());
		const layers = [
			{ layer: 'dense 1', kind: 'dense' },
			{ layer: 'dense 2', kind: 'dense' },
			{ layer: 'output', kind: 'output' }
		];
		const weights = metrics.weights!;
		expect(weights.layers.map(({ layer, kind }) => ({ layer, kind }))).toEqual(layers);
		expect(weights.layers[0].histogram.counts.reduce((a, b) => a + b, 0)).toBe(784 * 20);
		expect(weights.layers[0].std).toBeGreaterThan(0);
		const gradients = metrics.gradients!;
		expect(gradients.step).toBe(3);
		expect(gradients.layers.map(({ layer, kind }) => ({ layer, kind }))).toEqual(layers);
		expect(gradients.layers.every((l) => l.norm > 0)).toBe(true);
		expect(metrics.activations!.layers.map(({ layer, kind }) => ({ layer, kind }))).toEqual(layers.slice(0, 2));
		expect(metrics.images?.units).toBe(16);
		expect(metrics.images?.values).toHaveLength(16 * 784);
		expect(metrics.test?.step).toBe(3);
		const gallery = metrics.gallery!;
		expect(gallery.labels).toEqual(digits.test.labels.slice(0, 24));
		expect(gallery.images).toHaveLength(24 * 784);
		expect(gallery.predictions).toHaveLength(24);
		run.dispose();
	});

	it('names a CNN’s convolution layers as such, first, and draws no weight images', async () => {
		const run = await trained({ architecture: 'cnn', hiddenLayers: 0, batchSize: 16 }, 2);
		const { metrics } = await run.probes.measure('report');
		const layers = [
			{ layer: 'conv 1', kind: 'conv' },
			{ layer: 'conv 2', kind: 'conv' },
			{ layer: 'output', kind: 'output' }
		];
		expect(metrics.weights!.layers.map(({ layer, kind }) => ({ layer, kind }))).toEqual(layers);
		expect(metrics.weights!.layers[0].histogram.counts.reduce((a, b) => a + b, 0)).toBe(5 * 5 * 8);
		expect(metrics.gradients!.layers.map(({ layer, kind }) => ({ layer, kind }))).toEqual(layers);
		expect(metrics.gradients!.layers.every((l) => l.norm > 0)).toBe(true);
		expect(metrics.images).toBeUndefined();
		expect(metrics.activations!.layers).toEqual([]);
		run.dispose();
		// Dense hidden layers after the convolutions keep their activation statistics.
		const deeper = await trained({ architecture: 'cnn', hiddenLayers: 1, layerWidth: 16 }, 0);
		const report = (await deeper.probes.measure('report')).metrics;
		expect(report.weights!.layers.map((l) => l.layer)).toEqual(['conv 1', 'conv 2', 'dense 1', 'output']);
		expect(report.activations!.layers.map((l) => [l.layer, l.kind])).toEqual([['dense 1', 'dense']]);
		expect(report.gradients).toBeUndefined();
		expect(report.images).toBeUndefined();
		deeper.dispose();
	});

	it('finds a NaN weight and calls the run unhealthy', async () => {
		const run = await trained({ hiddenLayers: 1, layerWidth: 8 }, 1);
		const output = run.trainer.network.stages.at(-1)!.kernelLayer;
		const [kernel, bias] = output.getWeights();
		const broken = tf.fill(kernel.shape, NaN);
		output.setWeights([broken, bias]);
		broken.dispose();
		expect((await run.probes.measure('report')).healthy).toBe(false);
		run.dispose();
	});

	it('leaves out what a points task has not got: pictures for a gallery or weight images', async () => {
		const points = pointsDataset(5);
		const run = await trained({ hiddenLayers: 1, layerWidth: 8, batchSize: 30 }, 2, points);
		const { metrics } = await run.probes.measure('report');
		expect(metrics.gallery).toBeUndefined();
		expect(metrics.images).toBeUndefined();
		expect(metrics.weights!.layers.map((l) => l.layer)).toEqual(['dense 1', 'output']);
		expect(metrics.activations!.layers[0].histogram.counts.reduce((a, b) => a + b, 0)).toBe(64 * 8);
		run.dispose();
		disposeDataset(points);
	});
});

describe('Probes between reports', () => {
	it('takes only the metrics the table marks for every update', async () => {
		const run = await trained({ hiddenLayers: 1, layerWidth: 16, dropout: 0.5 }, 1);
		const { metrics } = await run.probes.measure('update');
		const due = METRIC_NAMES.filter((n) => METRICS[n].when === 'update');
		expect(due).toEqual(['dropout', 'plane', 'parameters']);
		// Digits have no plane, and 784 × 16 weights are too many to draw one by one.
		expect(Object.keys(metrics)).toEqual(['dropout']);
		run.dispose();
	});

	it('keeps each step’s dropout mask, new every step', async () => {
		const trainer = new Trainer(dataset, withDefaults({ hiddenLayers: 2, layerWidth: 64, dropout: 0.5 }));
		expect(await probeDropout(trainer)).toBeNull();
		await trainer.train(1);
		const first = (await probeDropout(trainer))!;
		expect(first.layers).toHaveLength(2);
		expect(first.layers[0]).toHaveLength(12);
		const all = first.layers.flat();
		expect(all.some((kept) => kept) && all.some((kept) => !kept)).toBe(true);
		await trainer.train(1);
		expect((await probeDropout(trainer))!.layers).not.toEqual(first.layers);
		trainer.dispose();
		const without = new Trainer(dataset, withDefaults());
		await without.train(1);
		expect(await probeDropout(without)).toBeNull();
		without.dispose();
	});
});

describe('gradient norms', () => {
	it('show vanishing gradients: 12 sigmoid layers, the first gets 100× less gradient than the last', async () => {
		const sigmoid = await trained(
			{ hiddenLayers: 12, layerWidth: 32, activation: 'sigmoid', initializer: 'glorotUniform', optimizer: 'sgd', learningRate: 0.1 },
			1
		);
		const norms = (await sigmoid.probes.gradients.read())!.layers.map((l) => l.norm);
		expect(norms).toHaveLength(13);
		expect(norms[0] * 100).toBeLessThan(norms[12]);
		sigmoid.dispose();
		const relu = await trained({ hiddenLayers: 12, layerWidth: 32, residual: true, optimizer: 'sgd', learningRate: 0.1 }, 1);
		const healthy = (await relu.probes.gradients.read())!.layers.map((l) => l.norm);
		expect(healthy[0] * 100).toBeGreaterThan(healthy[12]);
		relu.dispose();
	});

	it('record the norm of the step’s own gradient, before clipping', async () => {
		// One SGD step at rate 1 moves the output kernel by exactly its gradient (no clipping here).
		const run = await trained({ hiddenLayers: 0, optimizer: 'sgd', learningRate: 1 }, 0);
		const kernel = run.trainer.network.stages[0].kernelLayer;
		const before = (await kernel.getWeights()[0].data()).slice();
		await run.trainer.train(1, { onLastGradients: run.probes.gradients.record });
		const after = await kernel.getWeights()[0].data();
		let squared = 0;
		before.forEach((w, i) => (squared += (after[i] - w) ** 2));
		const recorded = (await run.probes.gradients.read())!;
		expect(recorded.step).toBe(1);
		expect(recorded.layers[0].norm).toBeCloseTo(Math.sqrt(squared), 4);
		run.dispose();
	});
});

describe('tensor memory', () => {
	it('is unchanged across training, evaluation and every probe', async () => {
		const run = await trained({ hiddenLayers: 2, layerWidth: 32, dropout: 0.3, batchNorm: true }, 2);
		await run.probes.measure('report');
		const before = tf.memory().numTensors;
		await run.trainer.train(10, { onLastGradients: run.probes.gradients.record });
		await run.probes.measure('report');
		await run.probes.measure('update');
		await run.trainer.evaluate();
		await run.trainer.predict(new Float32Array(784));
		expect(tf.memory().numTensors).toBe(before);
		run.dispose();
	});

	it('leaks no tensors over 100 steps, evaluation, reset and rebuild', async () => {
		const spec: Partial<ExperimentSpec> = { hiddenLayers: 2, layerWidth: 32, batchNorm: true, dropout: 0.2, l2: 0.001, l1: 0.0001, residual: true, clipNorm: 1 };
		const before = tf.memory().numTensors;
		let run = await trained(spec, 100);
		await run.probes.measure('report');
		await run.trainer.predict(new Float32Array(784));
		run.dispose(); // reset: the same spec again
		run = await trained(spec, 5);
		run.dispose(); // rebuild with another spec
		run = await trained({ ...spec, hiddenLayers: 3, optimizer: 'momentum' }, 5);
		run.dispose(); // and a CNN, with its dense layer, dropout and batch norm
		const small = uploadDigits({ train: subset(digits.train, 200), test: subset(digits.test, 500) });
		run = await trained({ ...spec, architecture: 'cnn', hiddenLayers: 1, batchSize: 16 }, 5, small);
		await run.probes.measure('report');
		await run.trainer.predict(new Float32Array(784));
		run.dispose();
		disposeDataset(small);
		expect(tf.memory().numTensors).toBe(before);
	});
});
