/** The handwritten digits: 28×28 grey images, ten classes. */
import * as tf from '@tensorflow/tfjs';
import { CLASSES, IMAGE_SIZE, PIXELS, loadDigits, type DigitSet, type MnistData } from '../../data/digits';
import { pixelInputs, type Dataset, type Examples, type Task } from './task';

export const digitsTask: Task = {
	id: 'digits',
	inputShape: [IMAGE_SIZE, IMAGE_SIZE, 1],
	classes: CLASSES,
	evaluation: { chunk: 500, trainCount: 2000, probeCount: 128, galleryCount: 24 }
};

function toExamples(set: DigitSet): Examples {
	return {
		inputs: pixelInputs(set.images, set.count),
		labels: tf.tensor1d(set.labels, 'int32'),
		count: set.count,
		pictures: { pixels: set.images, labels: set.labels }
	};
}

/** Digits already in memory, as a dataset (tests read them from disk). */
export function uploadDigits(data: MnistData): Dataset {
	return { task: digitsTask, train: toExamples(data.train), test: toExamples(data.test) };
}

/** Fetches the packed digits and uploads them. */
export async function loadDigitsDataset(
	url: string,
	onProgress?: (loadedBytes: number, totalBytes: number | null) => void
): Promise<Dataset> {
	return uploadDigits(await loadDigits(url, onProgress));
}
