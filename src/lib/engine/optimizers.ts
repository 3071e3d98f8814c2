/** The optimizer table: one row per choice in the spec, each making a fresh optimizer for a rate. */
import * as tf from '@tensorflow/tfjs';
import type { ExperimentSpec, Optimizer } from './spec';

/** TF.js 4.22's MomentumOptimizer.dispose skips its parent's, leaking one tensor per run. */
class MomentumOptimizer extends tf.MomentumOptimizer {
	dispose(): void {
		super.dispose();
		tf.SGDOptimizer.prototype.dispose.call(this);
	}
}

interface OptimizerRow {
	create: (learningRate: number) => tf.Optimizer;
	/** Changes the rate of a running optimizer, keeping its state (moments, iteration count). */
	setRate: (optimizer: tf.Optimizer, learningRate: number) => void;
}

/** SGD and momentum keep the rate as a scalar tensor, which their own setter replaces. */
const viaSetter = (optimizer: tf.Optimizer, learningRate: number) => (optimizer as tf.SGDOptimizer).setLearningRate(learningRate);
/** Adam and RMSProp read their `learningRate` field at every step; TF.js offers no setter for it. */
const viaField = (optimizer: tf.Optimizer, learningRate: number) => {
	(optimizer as unknown as { learningRate: number }).learningRate = learningRate;
};

export const OPTIMIZER_TABLE: Record<Optimizer, OptimizerRow> = {
	sgd: { create: (learningRate) => tf.train.sgd(learningRate), setRate: viaSetter },
	momentum: { create: (learningRate) => new MomentumOptimizer(learningRate, 0.9), setRate: viaSetter },
	rmsprop: { create: (learningRate) => tf.train.rmsprop(learningRate), setRate: viaField },
	adam: { create: (learningRate) => tf.train.adam(learningRate), setRate: viaField }
};

export function createOptimizer(spec: ExperimentSpec): tf.Optimizer {
	return OPTIMIZER_TABLE[spec.optimizer].create(spec.learningRate);
}

export function setLearningRate(spec: ExperimentSpec, optimizer: tf.Optimizer): void {
	OPTIMIZER_TABLE[spec.optimizer].setRate(optimizer, spec.learningRate);
}
