/**
 * The test examples in one cell of the confusion matrix (right answer `label`, the model's answer
 * `predicted`), with the model's probabilities for each: "which 4s does it call 9?". Read-only.
 */
import * as tf from '@tensorflow/tfjs';
import { forward } from '../architectures';
import { answers, probabilities } from '../loss';
import { readAndDispose } from '../readback';
import { inputSize } from '../tasks/task';
import type { Trainer } from '../trainer';
import { CELL_EXAMPLES_LIMIT, type CellExample, type CellExamples, type CellExamplesArgs } from './cell';

export async function cellExamples(trainer: Trainer, { label, predicted, limit }: CellExamplesArgs): Promise<CellExamples> {
	const classes = trainer.task.classes;
	const isClass = (k: number) => Number.isInteger(k) && k >= 0 && k < classes;
	if (!isClass(label) || !isClass(predicted)) throw new Error(`Pick a class from 0 to ${classes - 1}.`);
	if (!Number.isInteger(limit) || limit < 1 || limit > CELL_EXAMPLES_LIMIT) {
		throw new Error(`Ask for 1 to ${CELL_EXAMPLES_LIMIT} examples.`);
	}
	const { test } = trainer.dataset;
	const size = inputSize(trainer.task);
	const chunk = trainer.task.evaluation.chunk;
	// The evaluation's own chunks and answers, so the cell holds exactly what the matrix counted.
	const [shares, answered, labels] = tf.tidy(() => {
		const shareParts: tf.Tensor[] = [];
		const answerParts: tf.Tensor[] = [];
		for (let start = 0; start < test.count; start += chunk) {
			const count = Math.min(chunk, test.count - start);
			const logits = forward(trainer.network, test.inputs.slice([start, 0], [count, size]), false) as tf.Tensor2D;
			shareParts.push(probabilities(logits, classes));
			answerParts.push(answers(logits, classes).toFloat());
		}
		return [tf.concat(shareParts), tf.concat(answerParts), test.labels.toFloat()];
	});
	const values = await readAndDispose([shares, answered, labels]);
	const n = test.count;
	const answerAt = (i: number) => values[n * classes + i];
	const labelAt = (i: number) => values[n * classes + n + i];
	const examples: CellExample[] = [];
	let count = 0;
	for (let i = 0; i < n; i++) {
		if (labelAt(i) !== label || answerAt(i) !== predicted) continue;
		count++;
		if (examples.length >= limit) continue;
		examples.push({
			index: i,
			label: labelAt(i),
			answer: answerAt(i),
			probabilities: Array.from(values.subarray(i * classes, (i + 1) * classes)),
			pixels: test.pictures ? test.pictures.pixels.slice(i * size, (i + 1) * size) : null
		});
	}
	return { label, predicted, count, examples, step: trainer.step };
}
