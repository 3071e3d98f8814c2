/**
 * The optimizer table: one row per choice in the spec, each making a fresh optimizer from a spec
 * and retuning a running one (its rate and βs) without losing its state.
 */
import * as tf from '@tensorflow/tfjs';
import type { ExperimentSpec, Optimizer } from './spec';

/**
 * TF.js 4.22's MomentumOptimizer.dispose skips its parent's, leaking one tensor per run; and its
 * setMomentum changes only a number its step never reads (the step multiplies by a scalar tensor
 * made once in the constructor), so β is replaced here, tensor and all.
 */
class MomentumOptimizer extends tf.MomentumOptimizer {
	dispose(): void {
		super.dispose();
		tf.SGDOptimizer.prototype.dispose.call(this);
	}

	setMomentum(momentum: number): void {
		super.setMomentum(momentum);
		const self = this as unknown as { m: tf.Scalar };
		self.m.dispose();
		self.m = tf.keep(tf.scalar(momentum));
	}
}

interface OptimizerRow {
	create: (spec: ExperimentSpec) => tf.Optimizer;
	/** Takes the spec's rate and βs into a running optimizer, keeping its state (moments, iteration count). */
	retune: (optimizer: tf.Optimizer, spec: ExperimentSpec) => void;
}

/** SGD and momentum keep the rate as a scalar tensor, which their own setter replaces. */
const rateViaSetter = (optimizer: tf.Optimizer, { learningRate }: ExperimentSpec) =>
	(optimizer as tf.SGDOptimizer).setLearningRate(learningRate);
/** Adam and RMSProp read their `learningRate` field at every step; TF.js offers no setter for it. */
const rateViaField = (optimizer: tf.Optimizer, { learningRate }: ExperimentSpec) => {
	(optimizer as unknown as { learningRate: number }).learningRate = learningRate;
};

export const OPTIMIZER_TABLE: Record<Optimizer, OptimizerRow> = {
	sgd: { create: (spec) => tf.train.sgd(spec.learningRate), retune: rateViaSetter },
	momentum: {
		create: (spec) => new MomentumOptimizer(spec.learningRate, spec.momentum),
		retune: (optimizer, spec) => {
			rateViaSetter(optimizer, spec);
			(optimizer as MomentumOptimizer).setMomentum(spec.momentum);
		}
	},
	// RMSProp keeps TF.js's own decay, 0.9: the β controls belong to momentum and Adam.
	rmsprop: { create: (spec) => tf.train.rmsprop(spec.learningRate), retune: rateViaField },
	adam: {
		create: (spec) => tf.train.adam(spec.learningRate, spec.beta1, spec.beta2),
		retune: (optimizer, spec) => {
			rateViaField(optimizer, spec);
			// Adam reads β₁ and β₂ at every step. Its bias correction divides by 1 − a product of βs
			// that it keeps as it goes (the first β, then each one used), so after a change the
			// correction mixes old and new βs; it fades to no correction as the product shrinks.
			Object.assign(optimizer as unknown as { beta1: number; beta2: number }, { beta1: spec.beta1, beta2: spec.beta2 });
		}
	}
};

export function createOptimizer(spec: ExperimentSpec): tf.Optimizer {
	return OPTIMIZER_TABLE[spec.optimizer].create(spec);
}

/** Gives a running optimizer the spec's rate and βs. */
export function retuneOptimizer(spec: ExperimentSpec, optimizer: tf.Optimizer): void {
	OPTIMIZER_TABLE[spec.optimizer].retune(optimizer, spec);
}
