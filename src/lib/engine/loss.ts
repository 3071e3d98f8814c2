/**
 * What training minimises, and how an output is read as probabilities and answers. A task with
 * ten classes has ten logits and a softmax; a two-class task has one logit and a sigmoid (one
 * neuron), read as the probabilities [1 - p, p]. Both losses are per example, averaged over the
 * batch (or summed, for evaluations that add chunks up):
 *   cross-entropy  −ln p(right class)
 *   squared error  Σₖ (pₖ − yₖ)², the probabilities against the one-hot answer.
 */
import * as tf from '@tensorflow/tfjs';
import type { LossKind } from './spec';

/** Class probabilities, batch × classes, from the network's logits. */
export function probabilities(logits: tf.Tensor2D, classes: number): tf.Tensor2D {
	return tf.tidy(() => {
		if (classes !== 2 || logits.shape[1] !== 1) return tf.softmax(logits);
		const p = tf.sigmoid(logits);
		return tf.concat([tf.sub(1, p), p], 1) as tf.Tensor2D;
	});
}

/** The loss of every example in the batch: a 1-D tensor. */
function perExample(kind: LossKind, logits: tf.Tensor2D, labels: tf.Tensor1D, classes: number): tf.Tensor1D {
	return tf.tidy(() => {
		const binary = classes === 2 && logits.shape[1] === 1;
		if (kind === 'mse') {
			const target = tf.oneHot(labels, classes).toFloat();
			return tf.sum(tf.squaredDifference(probabilities(logits, classes), target), 1) as tf.Tensor1D;
		}
		if (binary) {
			const target = labels.toFloat().reshape([-1, 1]);
			return tf.losses.sigmoidCrossEntropy(target, logits, undefined, undefined, tf.Reduction.NONE).reshape([-1]) as tf.Tensor1D;
		}
		return tf.losses.softmaxCrossEntropy(tf.oneHot(labels, classes), logits, undefined, undefined, tf.Reduction.NONE) as tf.Tensor1D;
	});
}

/** The batch's mean loss. */
export function meanLoss(kind: LossKind, logits: tf.Tensor2D, labels: tf.Tensor1D, classes: number): tf.Scalar {
	return tf.tidy(() => tf.mean(perExample(kind, logits, labels, classes)) as tf.Scalar);
}

/** The batch's summed loss, for evaluations that add up chunks. */
export function summedLoss(kind: LossKind, logits: tf.Tensor2D, labels: tf.Tensor1D, classes: number): tf.Scalar {
	return tf.tidy(() => tf.sum(perExample(kind, logits, labels, classes)) as tf.Scalar);
}

/** Each example's answer: the class with the largest logit (for one logit, class 1 when it is positive). */
export function answers(logits: tf.Tensor2D, classes: number): tf.Tensor1D {
	return tf.tidy(() =>
		classes === 2 && logits.shape[1] === 1 ? (tf.greater(logits.reshape([-1]), 0).toInt() as tf.Tensor1D) : (tf.argMax(logits, 1) as tf.Tensor1D)
	);
}

/** How many answers are right, as a float scalar. */
export function correctCount(logits: tf.Tensor2D, labels: tf.Tensor1D, classes: number): tf.Scalar {
	return tf.tidy(() => tf.equal(answers(logits, classes), labels).sum().toFloat() as tf.Scalar);
}
