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

export const OPTIMIZER_TABLE: Record<Optimizer, (learningRate: number) => tf.Optimizer> = {
	sgd: (learningRate) => tf.train.sgd(learningRate),
	momentum: (learningRate) => new MomentumOptimizer(learningRate, 0.9),
	rmsprop: (learningRate) => tf.train.rmsprop(learningRate),
	adam: (learningRate) => tf.train.adam(learningRate)
};

export function createOptimizer(spec: ExperimentSpec): tf.Optimizer {
	return OPTIMIZER_TABLE[spec.optimizer](spec.learningRate);
}
