/**
 * What one plain gradient-descent step would do, without taking it: on a fixed batch of training
 * examples, the loss now, the gradient g, and the loss at w − η·g for each step size η asked for.
 * The weights are put back exactly as they were, and the optimizer never sees any of it.
 *
 * The loss is the data loss (no L1/L2 penalty) with dropout off, so the numbers are the ones the
 * page's formula names; its slope at η = 0 is −|g|², which the page draws as the tangent.
 */
import * as tf from '@tensorflow/tfjs';
import { forward, trainableVariables } from '../architectures';
import { meanLoss } from '../loss';
import { readAndDispose } from '../readback';
import { inputSize } from '../tasks/task';
import type { Trainer } from '../trainer';

/** How many training examples the fixed batch holds, when not asked for. */
export const LINE_SEARCH_EXAMPLES = 512;
/** The most step sizes one request may try: each is a forward pass over the batch. */
export const MAX_LINE_SEARCH_RATES = 64;

/** The step sizes a page tries: 0 to 8 times the learning rate, in halves of it (so the rate itself is one). */
export function lineSearchRates(learningRate: number, multiples = 8, perRate = 2): number[] {
	return Array.from({ length: multiples * perRate + 1 }, (_, k) => (k / perRate) * learningRate);
}

export interface LineSearchArgs {
	/** Step sizes η to try, each finite and ≥ 0. */
	rates: number[];
	/** The first this many training examples are the batch; LINE_SEARCH_EXAMPLES by default. */
	examples?: number;
}

export interface LineSearchResult {
	/** The batch's loss at the current weights (η = 0). */
	loss: number;
	/** |g|², the squared length of the gradient over every trainable weight: minus the loss's slope at η = 0. */
	gradientNormSquared: number;
	/** The loss at w − η·g, one per rate, in the order asked. */
	losses: number[];
	/** Examples in the batch. */
	examples: number;
}

export async function lineSearch(trainer: Trainer, { rates, examples = LINE_SEARCH_EXAMPLES }: LineSearchArgs): Promise<LineSearchResult> {
	if (!Array.isArray(rates) || rates.length === 0 || rates.length > MAX_LINE_SEARCH_RATES) {
		throw new Error(`Give between 1 and ${MAX_LINE_SEARCH_RATES} step sizes.`);
	}
	if (!rates.every((rate) => Number.isFinite(rate) && rate >= 0)) {
		throw new Error('Every step size must be a number of at least 0.');
	}
	const { train } = trainer.dataset;
	const count = Math.min(Math.max(1, Math.floor(examples)), train.count);
	const { spec, task, network } = trainer;
	const variables = trainableVariables(network);
	const batch = tf.tidy(() => ({
		x: train.inputs.slice([0, 0], [count, inputSize(task)]),
		y: train.labels.slice([0], [count]) as tf.Tensor1D
	}));
	const batchLoss = () => meanLoss(spec.loss, forward(network, batch.x, false) as tf.Tensor2D, batch.y, task.classes);
	// The weights as they are now: every trial step starts from these, and they are put back at the end.
	const saved = variables.map((variable) => tf.clone(variable));
	const { value, grads } = tf.variableGrads(batchLoss, variables);
	const gradients = variables.map((variable) => grads[variable.name]);
	const answers: tf.Tensor[] = [value, tf.tidy(() => tf.addN(gradients.map((g) => tf.sum(tf.square(g)))))];
	try {
		for (const rate of rates) {
			tf.tidy(() => variables.forEach((variable, i) => variable.assign(tf.sub(saved[i], tf.mul(gradients[i], rate)))));
			answers.push(tf.tidy(batchLoss));
		}
	} catch (error) {
		tf.dispose(answers);
		throw error;
	} finally {
		variables.forEach((variable, i) => variable.assign(saved[i]));
		tf.dispose([...saved, ...Object.values(grads), batch.x, batch.y]);
	}
	const values = await readAndDispose(answers);
	return { loss: values[0], gradientNormSquared: values[1], losses: Array.from(values.subarray(2)), examples: count };
}
