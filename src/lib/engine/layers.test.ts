import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { convolve } from './layers';

beforeAll(async () => {
	await tf.setBackend('cpu');
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
