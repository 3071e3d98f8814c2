/** One test example's logits from the run's model as it is now, with its right answer (the cost-function page's slider starts there). */
import * as tf from '@tensorflow/tfjs';
import { forward } from '../architectures';
import { readAndDispose } from '../readback';
import { inputSize } from '../tasks/task';
import type { Trainer } from '../trainer';

export interface TestLogitsArgs {
	/** Which test example, from 0. */
	index: number;
}

export interface TestLogits {
	index: number;
	/** The model's raw outputs, one per class (one for a two-class task). */
	logits: number[];
	/** The right class. */
	label: number;
	/** The training step the model had reached. */
	step: number;
}

export async function testLogits(trainer: Trainer, { index }: TestLogitsArgs): Promise<TestLogits> {
	const { test } = trainer.dataset;
	if (!Number.isInteger(index) || index < 0 || index >= test.count) {
		throw new Error(`Pick a test example from 0 to ${test.count - 1}.`);
	}
	const size = inputSize(trainer.task);
	const [logits, label] = tf.tidy(() => [
		forward(trainer.network, test.inputs.slice([index, 0], [1, size]), false).reshape([-1]),
		test.labels.slice([index], [1]).toFloat()
	]);
	const values = await readAndDispose([logits, label]);
	return { index, logits: Array.from(values.slice(0, -1)), label: values.at(-1)!, step: trainer.step };
}
