/** The first test examples as pictures, with what the model predicts for each; image tasks only. */
import * as tf from '@tensorflow/tfjs';
import { forward } from '../architectures';
import { readAndDispose } from '../readback';
import { inputSize } from '../tasks/task';
import type { Trainer } from '../trainer';
import type { GallerySample } from '../types';

export async function probeGallery(trainer: Trainer): Promise<GallerySample | null> {
	const pictures = trainer.dataset.test.pictures;
	if (!pictures) return null;
	const count = Math.min(trainer.task.evaluation.galleryCount, trainer.dataset.test.count);
	const predicted = tf.tidy(() => tf.argMax(forward(trainer.network, trainer.testInputs(count), false), 1).toFloat());
	const predictions = await readAndDispose([predicted]);
	return {
		step: trainer.step,
		images: pictures.pixels.slice(0, count * inputSize(trainer.task)),
		labels: pictures.labels.slice(0, count),
		predictions: Uint8Array.from(predictions)
	};
}
