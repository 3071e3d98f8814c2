/**
 * Inside a recurrent network as it reads: one test digit's hidden state after every row, and how
 * large the loss's gradient is with respect to each row's hidden state (on a fixed batch of test
 * digits): the vanishing gradient, across time steps instead of layers (the RNN page).
 */
import * as tf from '@tensorflow/tfjs';
import { recurrentStage } from '../architectures/rnn';
import { meanLoss, probabilities } from '../loss';
import { readAndDispose } from '../readback';
import { inputSize } from '../tasks/task';
import type { Trainer } from '../trainer';

export interface RecurrenceArgs {
	/** Which test digit's hidden states, from 0. */
	index: number;
}

export interface Recurrence {
	step: number;
	index: number;
	label: number;
	/** The network's probabilities for the digit. */
	probabilities: number[];
	/** The digit's pixels, 0..1, row-major: what each time step read. */
	pixels: number[];
	steps: number;
	units: number;
	/** steps × units, row-major: hidden[t * units + u] is unit u after reading row t + 1. */
	hidden: number[];
	/** ‖∂L/∂h_t‖ for t = 1 … steps, L the mean loss over the first `gradientExamples` test digits. */
	gradientNorms: number[];
	gradientExamples: number;
}

export async function recurrence(trainer: Trainer, { index }: RecurrenceArgs): Promise<Recurrence> {
	const found = recurrentStage(trainer.network);
	if (!found) throw new Error('This run has no recurrent layer: choose the recurrent network.');
	const { test } = trainer.dataset;
	if (!Number.isInteger(index) || index < 0 || index >= test.count) {
		throw new Error(`Pick a test example from 0 to ${test.count - 1}.`);
	}
	const { cell } = found;
	const stages = trainer.network.stages;
	const size = inputSize(trainer.task);
	const examples = Math.min(trainer.task.evaluation.probeCount, test.count);
	const classes = trainer.task.classes;
	/** The stages before the recurrent one, then its input; the stages after it, from its last state. */
	const before = (x: tf.Tensor) => stages.slice(0, found.index).reduce((h, s) => s.apply(h, false).output, x) as tf.Tensor2D;
	const after = (h: tf.Tensor) => stages.slice(found.index + 1).reduce((y, s) => s.apply(y, false).output, h) as tf.Tensor2D;

	const tensors = tf.tidy(() => {
		const pixels = test.inputs.slice([index, 0], [1, size]);
		const states = cell.states(before(pixels));
		const hidden = tf.stack(states).reshape([-1]);
		const answer = probabilities(after(states.at(-1)!), classes).reshape([-1]);
		const label = test.labels.slice([index], [1]).toFloat();

		const batch = before(test.inputs.slice([0, 0], [examples, size]));
		const labels = test.labels.slice([0], [examples]);
		const offsets = Array.from({ length: cell.steps }, () => tf.zeros([examples, cell.units]));
		const loss = (...z: tf.Tensor[]) => meanLoss(trainer.spec.loss, after(cell.states(batch, z).at(-1)!), labels, classes);
		const norms = tf.stack(tf.grads(loss)(offsets).map((g) => tf.norm(g)));
		return [label, answer, pixels.reshape([-1]), hidden, norms];
	});
	const lengths = tensors.map((t) => t.size);
	const values = await readAndDispose(tensors);
	const parts: number[][] = [];
	let offset = 0;
	for (const length of lengths) {
		parts.push(Array.from(values.subarray(offset, offset + length)));
		offset += length;
	}
	const [[label], answer, pixels, hidden, gradientNorms] = parts;
	return {
		step: trainer.step,
		index,
		label,
		probabilities: answer,
		pixels,
		steps: cell.steps,
		units: cell.units,
		hidden,
		gradientNorms,
		gradientExamples: examples
	};
}
