/**
 * The run's test accuracy on the same test digits moved 0, 1, 2 and 3 pixels (the CNN page's
 * chart of which network copes): each digit in its own fixed direction, as the `testShift`
 * setting moves them. A subset of the test digits keeps this short enough to ask between chunks.
 */
import * as tf from '@tensorflow/tfjs';
import { forward } from '../architectures';
import { correctCount } from '../loss';
import { readAndDispose } from '../readback';
import { shiftImages } from '../tasks/shift';
import type { Trainer } from '../trainer';

export const SHIFTS = [0, 1, 2, 3] as const;

export interface ShiftedAccuracyArgs {
	/** The first this many test digits (at most 2,000). */
	count: number;
}

export interface ShiftedAccuracy {
	/** Accuracy on the digits moved SHIFTS[i] pixels. */
	accuracies: number[];
	count: number;
	step: number;
}

export async function shiftedAccuracy(trainer: Trainer, { count }: ShiftedAccuracyArgs): Promise<ShiftedAccuracy> {
	const { test } = trainer.dataset;
	const shape = trainer.task.inputShape;
	if (!test.pictures || shape.length !== 3) throw new Error('Only pictures can be moved.');
	if (!Number.isInteger(count) || count < 1 || count > test.count) throw new Error(`Test from 1 to ${test.count} digits.`);
	const side = shape[0];
	const area = side * side;
	const pixels = test.pictures.pixels.subarray(0, count * area);
	// The same chunk size as evaluations, so WebGL reuses their programs.
	const chunk = Math.min(count, trainer.task.evaluation.chunk);
	const counts = SHIFTS.map((shift) => {
		const moved = shiftImages(pixels, count, side, shift);
		return tf.tidy(() => {
			const inputs = tf.tensor2d(moved, [count, area]);
			const labels = test.labels.slice([0], [count]);
			let correct: tf.Tensor = tf.scalar(0);
			for (let start = 0; start < count; start += chunk) {
				const size = Math.min(chunk, count - start);
				const logits = forward(trainer.network, inputs.slice([start, 0], [size, area]), false) as tf.Tensor2D;
				correct = correct.add(correctCount(logits, labels.slice([start], [size]), trainer.task.classes));
			}
			return correct;
		});
	});
	const values = await readAndDispose(counts);
	return { accuracies: Array.from(values, (v) => v / count), count, step: trainer.step };
}
