import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelJson, WEIGHTS_FILE } from '../../classroom/model-files';
import { readDigits } from '../../testing/digits';
import { withDefaults, type ExperimentSpec } from '../spec';
import { uploadDigits } from '../tasks/digits';
import { pointsDataset } from '../tasks/points';
import { disposeDataset, inputSize, type Dataset } from '../tasks/task';
import { Trainer } from '../trainer';
import { REQUESTS } from './index';

let digits: Dataset;
let points: Dataset;

beforeAll(async () => {
	await tf.setBackend('cpu');
	digits = uploadDigits(await readDigits());
	points = pointsDataset('xor');
});
afterAll(() => {
	disposeDataset(digits);
	disposeDataset(points);
});

/** The first `count` test examples, as rows. */
async function testRows(dataset: Dataset, count: number): Promise<Float32Array[]> {
	const size = inputSize(dataset.task);
	const values = (await dataset.test.inputs.slice([0, 0], [count, size]).data()) as Float32Array;
	return Array.from({ length: count }, (_, i) => values.slice(i * size, (i + 1) * size));
}

/**
 * Trains a run a few steps, exports it through the request, writes model.json as the page does,
 * loads both files back with tf.loadLayersModel and predicts the same test examples.
 */
async function roundTrip(dataset: Dataset, spec: Partial<ExperimentSpec>, steps: number) {
	const trainer = new Trainer(dataset, withDefaults({ trainSize: 200, batchSize: 20, ...spec }));
	try {
		await trainer.train(steps);
		const tensors = tf.memory().numTensors;
		const exported = await REQUESTS.exportModel.run(trainer, {});
		expect(tf.memory().numTensors, 'the export leaves no tensors behind').toBe(tensors);
		// Through the two files the learner downloads: model.json's text and the weights' bytes.
		const json = JSON.parse(modelJson(exported));
		expect(json.weightsManifest[0].paths).toEqual([`./${WEIGHTS_FILE}`]);
		const bytes = new Uint8Array(exported.weightData).slice().buffer;
		const loaded = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: json.weightsManifest[0].weights, weightData: bytes }));
		const rows = await testRows(dataset, 8);
		const batch = tf.tensor2d(rows.flatMap((row) => Array.from(row)), [rows.length, inputSize(dataset.task)]);
		const output = loaded.predict(batch) as tf.Tensor2D;
		const predicted = (await output.array()) as number[][];
		const expected = await Promise.all(rows.map((row) => trainer.predict(row)));
		tf.dispose([batch, output]);
		loaded.dispose();
		return { predicted, expected, exported };
	} finally {
		trainer.dispose();
	}
}

function expectClose(actual: number[], expected: number[]) {
	expect(actual).toHaveLength(expected.length);
	actual.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 5));
}

describe('the exportModel request', () => {
	it('does not change the model', () => {
		expect(REQUESTS.exportModel.alters).toBe(false);
	});

	it('saves an MLP (batch norm, residual blocks, leaky ReLU, dropout) that loads back with the same probabilities', async () => {
		const spec = { hiddenLayers: 2, layerWidth: 16, batchNorm: true, residual: true, activation: 'leakyRelu' as const, dropout: 0.2 };
		const { predicted, expected, exported } = await roundTrip(digits, spec, 6);
		expect(predicted).toHaveLength(8);
		predicted.forEach((row, i) => expectClose(row, expected[i]));
		// Kernel, bias, then batch norm's gamma, beta, moving mean and variance, per block; then the output.
		expect(exported.weightSpecs.map((w) => w.shape)).toContainEqual([784, 16]);
		expect(exported.weightData.byteLength).toBe(exported.weightSpecs.reduce((n, w) => n + 4 * w.shape.reduce((a, b) => a * b, 1), 0));
	});

	it('saves a CNN that loads back with the same probabilities', async () => {
		const { predicted, expected } = await roundTrip(digits, { architecture: 'cnn', hiddenLayers: 1, layerWidth: 16 }, 3);
		predicted.forEach((row, i) => expectClose(row, expected[i]));
	});

	it('saves an RNN that loads back with the same probabilities', async () => {
		const { predicted, expected } = await roundTrip(digits, { architecture: 'rnn', hiddenLayers: 0, layerWidth: 12, activation: 'tanh' }, 3);
		predicted.forEach((row, i) => expectClose(row, expected[i]));
	});

	it('saves a two-class network whose one output is the probability of class 1', async () => {
		const { predicted, expected } = await roundTrip(points, { data: 'xor', hiddenLayers: 1, layerWidth: 4, activation: 'tanh' }, 20);
		predicted.forEach((row, i) => expectClose(row, [expected[i][1]]));
	});
});
