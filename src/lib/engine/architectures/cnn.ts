/**
 * A small convolutional network, as in the TF.js MNIST example: conv -> activation -> max-pool,
 * twice, then the same hidden blocks and output as an MLP. Batch norm and dropout apply to the
 * dense blocks only, which keeps the convolutions the classic ones.
 */
import * as tf from '@tensorflow/tfjs';
import { Convolution, activationLayer, initializer } from '../layers';
import { hiddenStages, outputStage } from './dense';
import { outputUnits } from '../tasks/task';
import type { ArchitectureBuilder, Stage } from './stages';

/** Filters in each convolution stage; 5×5 kernels, 'valid' padding, 2×2 pooling. */
const CONVOLUTION_FILTERS = [8, 16] as const;
const KERNEL_SIZE = 5;

export const buildCnn: ArchitectureBuilder = (spec, task) => {
	if (task.inputShape.length !== 3) throw new Error(`A CNN needs image examples; this task's are ${task.inputShape.join('×')}.`);
	const image = [-1, ...task.inputShape];
	const convolutions = CONVOLUTION_FILTERS.map((filters, i): Stage => {
		const conv = new Convolution(filters, KERNEL_SIZE, initializer(spec.initializer, spec.seed * 1000 + 800 + i + 1));
		const activation = activationLayer(spec.activation);
		const pool = tf.layers.maxPooling2d({ poolSize: 2, strides: 2 });
		return {
			name: `conv ${i + 1}`,
			kind: 'conv',
			layers: [conv, activation, pool],
			kernelLayer: conv,
			dropout: null,
			apply(input, training) {
				const kwargs = { training };
				// Examples arrive as flat rows; the first convolution sees them as images again.
				const x = input.rank === 2 ? input.reshape(image) : input;
				const h = activation.apply(conv.apply(x, kwargs), kwargs) as tf.Tensor;
				return { output: pool.apply(h, kwargs) as tf.Tensor };
			}
		};
	});
	return [...convolutions, ...hiddenStages(spec), outputStage(spec, outputUnits(task))];
};
