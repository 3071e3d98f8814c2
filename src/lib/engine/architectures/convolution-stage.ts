/** One convolution stage, shared by the CNN and its VGG form: convolution -> activation -> [2×2 max-pool]. */
import * as tf from '@tensorflow/tfjs';
import { Convolution, activationLayer, initializer } from '../layers';
import type { ExperimentSpec } from '../spec';
import type { Task } from '../tasks/task';
import type { Stage } from './stages';

export interface ConvolutionPlan {
	/** "conv 1", "conv 2", … */
	name: string;
	filters: number;
	/** Square kernel side; 'valid' padding, stride 1. */
	kernelSize: number;
	/** Offset of this convolution's initializer seed, unique in its network. */
	seedOffset: number;
	/** Halve the map with 2×2 max-pooling afterwards. */
	pool: boolean;
}

export function convolutionStage(spec: ExperimentSpec, task: Task, plan: ConvolutionPlan): Stage {
	const image = [-1, ...task.inputShape];
	const conv = new Convolution(plan.filters, plan.kernelSize, initializer(spec.initializer, spec.seed * 1000 + plan.seedOffset));
	const activation = activationLayer(spec.activation);
	const pool = plan.pool ? tf.layers.maxPooling2d({ poolSize: 2, strides: 2 }) : null;
	return {
		name: plan.name,
		kind: 'conv',
		layers: [conv, activation, pool].filter((l) => l !== null),
		kernelLayer: conv,
		dropout: null,
		apply(input, training) {
			const kwargs = { training };
			// Examples arrive as flat rows; the first convolution sees them as images again.
			const x = input.rank === 2 ? input.reshape(image) : input;
			const h = activation.apply(conv.apply(x, kwargs), kwargs) as tf.Tensor;
			return { output: pool ? (pool.apply(h, kwargs) as tf.Tensor) : h };
		}
	};
}

export function needsImages(task: Task): void {
	if (task.inputShape.length !== 3) throw new Error(`A CNN needs image examples; this task's are ${task.inputShape.join('×')}.`);
}
