/**
 * The VGG idea on the small CNN: each 5×5 convolution becomes two stacked 3×3 ones, which together
 * see the same 5×5 patch of their input (and, with 'valid' padding, shrink the map by the same 4
 * pixels), so every map keeps the CNN's size. The first 3×3 of a stage keeps its input's channels
 * and the second makes the stage's new ones: with C channels in and out that is 2·3·3·C·C weights
 * against 5·5·C·C. The grey image's single channel is the exception: there the first 3×3 makes
 * the stage's channels at once (one channel cannot hold what eight 3×3 filters see).
 */
import { outputUnits } from '../tasks/task';
import { CONVOLUTION_FILTERS } from './cnn';
import { convolutionStage, needsImages, type ConvolutionPlan } from './convolution-stage';
import { hiddenStages, outputStage } from './dense';
import type { ArchitectureBuilder } from './stages';

export const VGG_KERNEL_SIZE = 3;

/** Channels in and out of every 3×3 convolution, stage by stage: [[1, 8], [8, 8]], [[8, 8], [8, 16]]. */
export function vggChannels(inputChannels: number): [number, number][][] {
	let channels = inputChannels;
	return CONVOLUTION_FILTERS.map((filters) => {
		const middle = channels === 1 ? filters : channels;
		const pair: [number, number][] = [
			[channels, middle],
			[middle, filters]
		];
		channels = filters;
		return pair;
	});
}

export const buildVgg: ArchitectureBuilder = (spec, task) => {
	needsImages(task);
	const plans: ConvolutionPlan[] = vggChannels(task.inputShape[2]).flatMap((pair, stage) =>
		pair.map(([, filters], j) => ({
			name: `conv ${2 * stage + j + 1}`,
			filters,
			kernelSize: VGG_KERNEL_SIZE,
			seedOffset: 820 + 2 * stage + j,
			pool: j === 1
		}))
	);
	return [...plans.map((plan) => convolutionStage(spec, task, plan)), ...hiddenStages(spec), outputStage(spec, outputUnits(task))];
};
