/**
 * Every weight and bias of a small dense network, for the pages that draw each link or show a
 * neuron's own numbers. Networks with more parameters than a page could draw are skipped.
 */
import { identity, kernelOf } from '../architectures';
import type { Trainer } from '../trainer';
import type { NetworkParameters } from '../types';

/** Parameters at most: a network drawn link by link (the widest 2-D network the pages offer fits). */
export const DRAWN_PARAMETERS = 2000;

export async function probeParameters(trainer: Trainer): Promise<NetworkParameters | null> {
	const stages = trainer.network.stages;
	if (stages.some((stage) => stage.kind !== 'dense' && stage.kind !== 'output')) return null;
	const count = stages.reduce((n, stage) => n + stage.kernelLayer.countParams(), 0);
	if (count > DRAWN_PARAMETERS) return null;
	const layers = await Promise.all(
		stages.map(async (stage) => {
			const [kernel, bias] = stage.kernelLayer.getWeights();
			const [inputs, units] = kernelOf(stage).shape;
			return {
				...identity(stage),
				inputs,
				units,
				kernel: (await kernel.data()) as Float32Array,
				bias: bias ? ((await bias.data()) as Float32Array) : null
			};
		})
	);
	return { step: trainer.step, layers };
}
