/**
 * Copies of one training digit as the run's augmentation redraws it: the same code and the same
 * strengths (the run's current ones) the trainer applies to each batch, from a seed of their own
 * so asking never moves the training. Read-only; plain numbers in and out.
 */
import { augmentationOf, augmentPictures, augmentSeed, isImageTask, STREAMS, type Augmentation, type CopyTransform } from '../augment';
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
	const pictures = trainer.dataset.train.pictures;
	if (!isImageTask(trainer.task) || !pictures) throw new Error('Augmentation changes pictures; points in the plane are used as they are.');
	const count = Math.min(trainer.spec.trainSize, trainer.dataset.train.count);
	if (!Number.isInteger(index) || index < 0 || index >= count) throw new Error(`Pick a training digit from 0 to ${count - 1}.`);
	if (!Number.isInteger(copies) || copies < 1 || copies > COPIES_LIMIT) throw new Error(`Ask for 1 to ${COPIES_LIMIT} copies.`);
	if (!Number.isInteger(draw) || draw < 0) throw new Error('A draw is a whole number from 0.');
	const size = inputSize(trainer.task);
	const side = trainer.task.inputShape[0];
	const augmentation = augmentationOf(trainer.spec);
	const picks = new Int32Array(copies).fill(index);
	const { values, transforms } = augmentPictures(pictures.pixels, picks, side, augmentation, augmentSeed(trainer.spec.seed, STREAMS.copies, draw));
	return {
		index,
		label: pictures.labels[index],
		original: Float32Array.from(pictures.pixels.subarray(index * size, (index + 1) * size), (v) => v / 255),
		images: values,
		transforms,
		augmentation,
		side,
		step: trainer.step
	};
}
