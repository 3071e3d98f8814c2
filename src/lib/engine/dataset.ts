/**
 * The digits as tensors, uploaded to the backend once and shared by every run in a worker.
 */
import * as tf from '@tensorflow/tfjs';
import type { DigitSet, MnistData } from '../data/digits';
import { PIXELS } from '../data/digits';

export interface DigitTensors {
	/** count × 784, float32 in 0..1 */
	images: tf.Tensor2D;
	/** count, int32 */
	labels: tf.Tensor1D;
	count: number;
	/** The same digits on the JS side, for galleries. */
	set: DigitSet;
}

export interface Dataset {
	train: DigitTensors;
	test: DigitTensors;
}

function toTensors(set: DigitSet): DigitTensors {
	const images = tf.tidy(() => tf.tensor2d(set.images, [set.count, PIXELS], 'int32').toFloat().div<tf.Tensor2D>(255));
	return { images, labels: tf.tensor1d(set.labels, 'int32'), count: set.count, set };
}

export function uploadDataset(data: MnistData): Dataset {
	return { train: toTensors(data.train), test: toTensors(data.test) };
}

export function disposeDataset(dataset: Dataset): void {
	for (const part of [dataset.train, dataset.test]) tf.dispose([part.images, part.labels]);
}
