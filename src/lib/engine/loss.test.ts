import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, correctCount, meanLoss, probabilities } from './loss';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

const read = async (t: tf.Tensor) => Array.from(await t.data());

describe('losses and answers', () => {
	it('reads one logit as the probabilities [1 − σ(z), σ(z)] and ten as a softmax', async () => {
		const one = await read(probabilities(tf.tensor2d([[0], [Math.log(3)]]), 2));
		expect(one[0]).toBeCloseTo(0.5, 6);
		expect(one[3]).toBeCloseTo(0.75, 6);
		const ten = await read(probabilities(tf.zeros([1, 10]) as tf.Tensor2D, 10));
		expect(ten.every((p) => Math.abs(p - 0.1) < 1e-6)).toBe(true);
	});

	it('costs ln 10 for a uniform guess among ten classes, and ln 2 for a zero logit', async () => {
		const labels = tf.tensor1d([3], 'int32');
		expect((await read(meanLoss('crossEntropy', tf.zeros([1, 10]) as tf.Tensor2D, labels, 10)))[0]).toBeCloseTo(Math.log(10), 5);
		expect((await read(meanLoss('crossEntropy', tf.zeros([1, 1]) as tf.Tensor2D, tf.tensor1d([1], 'int32'), 2)))[0]).toBeCloseTo(
			Math.log(2),
			5
		);
	});

	it('squared error is Σ (p − y)² over the classes: 0.9 for a uniform guess among ten', async () => {
		// (0.1 − 1)² + 9 × 0.1² = 0.81 + 0.09
		const value = (await read(meanLoss('mse', tf.zeros([1, 10]) as tf.Tensor2D, tf.tensor1d([3], 'int32'), 10)))[0];
		expect(value).toBeCloseTo(0.9, 5);
		// One logit at 0: p = [0.5, 0.5], so 0.25 + 0.25.
		expect((await read(meanLoss('mse', tf.zeros([1, 1]) as tf.Tensor2D, tf.tensor1d([0], 'int32'), 2)))[0]).toBeCloseTo(0.5, 5);
	});

	it('answers class 1 for a positive single logit, and the largest logit otherwise', async () => {
		expect(await read(answers(tf.tensor2d([[-0.1], [0.2]]), 2))).toEqual([0, 1]);
		expect(await read(answers(tf.tensor2d([[0, 5, 1]]), 3))).toEqual([1]);
		expect((await read(correctCount(tf.tensor2d([[-1], [1], [1]]), tf.tensor1d([0, 0, 1], 'int32'), 2)))[0]).toBe(2);
	});
});
