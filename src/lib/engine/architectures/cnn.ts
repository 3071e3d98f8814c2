/**
 * A small convolutional network, as in the TF.js MNIST example: conv -> activation -> max-pool,
 * twice, then the same hidden blocks and output as an MLP. Batch norm and dropout apply to the
 * dense blocks only, which keeps the convolutions the classic ones.
 */
import { outputUnits } from '../tasks/task';
import { convolutionStage, needsImages } from './convolution-stage';
import { hiddenStages, outputStage } from './dense';
import type { ArchitectureBuilder } from './stages';

/** Filters in each convolution stage; 5×5 kernels, 'valid' padding, 2×2 pooling. */
export const CONVOLUTION_FILTERS = [8, 16] as const;
export const KERNEL_SIZE = 5;

export const buildCnn: ArchitectureBuilder = (spec, task) => {
	needsImages(task);
	const convolutions = CONVOLUTION_FILTERS.map((filters, i) =>
		convolutionStage(spec, task, { name: `conv ${i + 1}`, filters, kernelSize: KERNEL_SIZE, seedOffset: 800 + i + 1, pool: true })
	);
	return [...convolutions, ...hiddenStages(spec), outputStage(spec, outputUnits(task))];
};
