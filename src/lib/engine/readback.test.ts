import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readStacked } from './readback';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

describe('readStacked', () => {
	it('reads a short group in order, whatever the padding, and frees every tensor', async () => {
		const before = tf.memory().numTensors;
		const group = [tf.tensor1d([1, 2]), tf.tensor1d([3, 4]), tf.tensor1d([5, 6])];
		const values = await readStacked(group, 16);
		expect(Array.from(values)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(tf.memory().numTensors).toBe(before);
	});

	it('reads a whole group', async () => {
		const group = Array.from({ length: 4 }, (_, i) => tf.tensor1d([i, -i]));
		expect(Array.from(await readStacked(group, 4))).toEqual([0, -0, 1, -1, 2, -2, 3, -3]);
	});

	it('refuses more tensors than the group holds, and still frees them', async () => {
		const before = tf.memory().numTensors;
		const group = [tf.scalar(1), tf.scalar(2)];
		await expect(readStacked(group, 1)).rejects.toThrow('At most 1');
		expect(tf.memory().numTensors).toBe(before);
	});
});
