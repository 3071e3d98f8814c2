import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { batchInputs, batchLabels, examplesFromArrays, pixelInputs, type Examples, type Task } from './task';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

describe('pixelInputs', () => {
	it('scales 0..255 pixels to 0..1 floats, one row an example', async () => {
		const pixels = Uint8Array.from([0, 51, 255, 102, 204, 1]);
		const inputs = pixelInputs(pixels, 2);
		expect(inputs.shape).toEqual([2, 3]);
		expect(inputs.dtype).toBe('float32');
		const values = Array.from(await inputs.data());
		[0, 0.2, 1, 0.4, 0.8, 1 / 255].forEach((v, i) => expect(values[i]).toBeCloseTo(v, 6));
		inputs.dispose();
	});
});

describe('batchInputs and batchLabels', () => {
	const rows = Int32Array.from([2, 0, 2]);

	it('build from pictures the same rows a gather from the uploaded set gives', async () => {
		const pixels = Uint8Array.from({ length: 3 * 4 }, (_, i) => (i * 37) % 256);
		const labels = Uint8Array.from([4, 7, 1]);
		const examples = { inputs: pixelInputs(pixels, 3), labels: tf.tensor1d(Int32Array.from(labels), 'int32'), count: 3, pictures: { pixels, labels } };
		await expectSameAsGather(examples);
	});

	it('build from kept values the same rows a gather from the uploaded set gives', async () => {
		const task: Task = { id: 'points', inputShape: [2], classes: 3, evaluation: { chunk: 3, trainCount: 3, probeCount: 3, galleryCount: 0 } };
		const examples = examplesFromArrays(task, Float32Array.from([0.5, -1, 2, 0.25, -3.5, 7]), [2, 0, 1]);
		await expectSameAsGather(examples);
	});

	async function expectSameAsGather(examples: Examples) {
		const x = batchInputs(examples, rows);
		const y = batchLabels(examples, rows);
		const gathered = tf.gather(examples.inputs, Array.from(rows));
		const gatheredLabels = tf.gather(examples.labels, Array.from(rows));
		expect(x.shape).toEqual(gathered.shape);
		expect(Array.from(await x.data())).toEqual(Array.from(await gathered.data()));
		expect(y.dtype).toBe('int32');
		expect(Array.from(await y.data())).toEqual(Array.from(await gatheredLabels.data()));
		tf.dispose([x, y, gathered, gatheredLabels, examples.inputs, examples.labels]);
	}
});
