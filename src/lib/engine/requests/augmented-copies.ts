/**
 * Copies of one training digit as the run's augmentation redraws it: the same code and the same
 * strengths (the run's current ones) the trainer applies to each batch, from a seed of their own
 * so asking never moves the training. Read-only.
 */
import * as tf from '@tensorflow/tfjs';
import { augmentWith, augmentationOf, augmentSeed, isImageTask, STREAMS, type Augmentation, type CopyTransform } from '../augment';
import { readAndDispose } from '../readback';
import { inputSize } from '../tasks/task';
import type { Trainer } from '../trainer';

/** At most this many copies at once. */
export const COPIES_LIMIT = 32;

export interface AugmentedCopiesArgs {
	/** Which training digit, from 0 (the run trains on the first trainSize of them). */
	index: number;
	copies: number;
	/** Which set of random amounts: 0, 1, 2… each a different draw, the same every time it is asked. */
	draw: number;
}

export interface AugmentedCopies {
	index: number;
	label: number;
	/** The digit itself, side² values in 0..1, row by row. */
	original: Float32Array;
	/** `copies` pictures one after another, each side² values in 0..1. */
	images: Float32Array;
	/** The amounts each copy was drawn with, in order. */
	transforms: CopyTransform[];
	/** The strengths they were drawn within. */
	augmentation: Augmentation;
	side: number;
	/** The training step the run had reached (its strengths are the ones in use then). */
	step: number;
}

export async function augmentedCopies(trainer: Trainer, { index, copies, draw }: AugmentedCopiesArgs): Promise<AugmentedCopies> {
	if (!isImageTask(trainer.task)) throw new Error('Augmentation changes pictures; points in the plane are used as they are.');
	const { train } = trainer.dataset;
	const count = Math.min(trainer.spec.trainSize, train.count);
	if (!Number.isInteger(index) || index < 0 || index >= count) throw new Error(`Pick a training digit from 0 to ${count - 1}.`);
	if (!Number.isInteger(copies) || copies < 1 || copies > COPIES_LIMIT) throw new Error(`Ask for 1 to ${COPIES_LIMIT} copies.`);
	if (!Number.isInteger(draw) || draw < 0) throw new Error('A draw is a whole number from 0.');
	const size = inputSize(trainer.task);
	const side = trainer.task.inputShape[0];
	const augmentation = augmentationOf(trainer.spec);
	const seed = augmentSeed(trainer.spec.seed, STREAMS.copies, draw);
	let transforms: CopyTransform[] = [];
	const [original, images, label] = tf.tidy(() => {
		const digit = train.inputs.slice([index, 0], [1, size]);
		const drawn = augmentWith(tf.tile(digit, [copies, 1]) as tf.Tensor2D, augmentation, trainer.task, seed);
		transforms = drawn.transforms;
		return [digit, drawn.images, train.labels.slice([index], [1]).toFloat()];
	});
	const values = await readAndDispose([original, images, label]);
	return {
		index,
		label: values[size * (copies + 1)],
		original: values.slice(0, size),
		images: values.slice(size, size * (copies + 1)),
		transforms,
		augmentation,
		side,
		step: trainer.step
	};
}
