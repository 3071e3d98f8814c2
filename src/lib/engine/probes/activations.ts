/**
 * Each hidden stage's outputs (after its activation) on a fixed batch of test examples: their
 * spread, and how many units are dead (ReLU) or saturated (sigmoid, tanh).
 */
import * as tf from '@tensorflow/tfjs';
import { forward, identity } from '../architectures';
import type { Activation } from '../spec';
import { HISTOGRAM_BINS, histogram, meanAndStd } from '../stats';
import type { Trainer } from '../trainer';
import type { ActivationSnapshot, LayerActivationStats, LayerIdentity } from '../types';

/** Where each squashing activation is flat: outputs there pass almost no gradient back. */
export const SATURATION: Partial<Record<Activation, (h: number) => boolean>> = {
	sigmoid: (h) => h < 0.02 || h > 0.98,
	tanh: (h) => Math.abs(h) > 0.96
};

export async function probeActivations(trainer: Trainer): Promise<ActivationSnapshot> {
	const layers: LayerIdentity[] = [];
	const outputs = tf.tidy(() => {
		const kept: tf.Tensor[] = [];
		forward(trainer.network, trainer.testInputs(trainer.task.evaluation.probeCount), false, (stage, output) => {
			layers.push(identity(stage));
			kept.push(tf.keep(output));
		});
		return kept;
	});
	try {
		const arrays = await Promise.all(outputs.map((t) => t.data() as Promise<Float32Array>));
		return {
			step: trainer.step,
			layers: arrays.map((values, i) =>
				activationStats(layers[i], values, values.length / outputs[i].shape[0], trainer.spec.activation)
			)
		};
	} finally {
		tf.dispose(outputs);
	}
}

/** Summary of one stage's outputs on the probe examples (rows = examples, columns = units). */
export function activationStats(
	layer: LayerIdentity,
	values: Float32Array,
	width: number,
	activation: Activation
): LayerActivationStats {
	let dead: number | null = null;
	if (activation === 'relu') {
		let deadUnits = 0;
		for (let u = 0; u < width; u++) {
			let alive = false;
			for (let i = u; i < values.length && !alive; i += width) alive = values[i] > 0;
			if (!alive) deadUnits++;
		}
		dead = deadUnits / width;
	}
	const tail = SATURATION[activation];
	let saturated: number | null = null;
	if (tail) {
		let count = 0;
		for (let i = 0; i < values.length; i++) if (tail(values[i])) count++;
		saturated = count / values.length;
	}
	return { ...layer, ...meanAndStd(values), histogram: histogram(values, HISTOGRAM_BINS), dead, saturated };
}
