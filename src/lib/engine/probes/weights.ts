/** Each layer's kernel: mean, spread, share near zero and histogram, first stage first. */
import { identity, kernels } from '../architectures';
import { HISTOGRAM_BINS, histogram, meanAndStd, nearZeroShare } from '../stats';
import type { Trainer } from '../trainer';
import type { WeightSnapshot } from '../types';

export async function probeWeights(trainer: Trainer): Promise<WeightSnapshot> {
	const stages = trainer.network.stages;
	const arrays = await Promise.all(kernels(trainer.network).map((k) => k.data() as Promise<Float32Array>));
	return {
		step: trainer.step,
		layers: arrays.map((values, i) => ({
			...identity(stages[i]),
			...meanAndStd(values),
			nearZero: nearZeroShare(values),
			histogram: histogram(values, HISTOGRAM_BINS)
		}))
	};
}
