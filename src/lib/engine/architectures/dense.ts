/** Dense stages, shared by every architecture: hidden blocks and the output layer. */
import * as tf from '@tensorflow/tfjs';
import { SeededDropout, activationLayer, initializer } from '../layers';
import type { ExperimentSpec } from '../spec';
import type { Stage } from './stages';

/** [batch, ...] -> [batch, features]: dense stages take whatever came before them. */
function flatten(x: tf.Tensor): tf.Tensor {
	return x.rank > 2 ? x.reshape([x.shape[0], -1]) : x;
}

/**
 * The spec's hidden blocks: dense -> [batch norm] -> activation -> [dropout], named "dense 1"...
 * With `residual`, each block after the first adds its input to its output (same width).
 */
export function hiddenStages(spec: ExperimentSpec): Stage[] {
	return Array.from({ length: spec.hiddenLayers }, (_, i) => {
		const n = i + 1;
		// Without batch norm between them, the activation is the dense layer's own: TF.js then runs
		// matMul, bias and ReLU or ELU as one fused kernel (a fifth faster steps on WebGL and CPU).
		const fused = spec.batchNorm || spec.activation === 'leakyRelu' ? undefined : spec.activation;
		const dense = tf.layers.dense({
			units: spec.layerWidth,
			kernelInitializer: initializer(spec.initializer, spec.seed * 1000 + n),
			biasInitializer: 'zeros',
			// Batch norm has its own shift, so a bias before it would do nothing.
			useBias: !spec.batchNorm,
			activation: fused
		});
		const norm = spec.batchNorm ? tf.layers.batchNormalization({ momentum: 0.9 }) : null;
		const activation = fused ? null : activationLayer(spec.activation);
		// Always there, so a running model can take a dropout rate later; at rate 0 it does nothing.
		const dropout = new SeededDropout(spec.dropout, spec.seed * 1000 + 500 + n);
		const skip = spec.residual && i > 0;
		return {
			name: `dense ${n}`,
			kind: 'dense',
			layers: [dense, norm, activation, dropout].filter((l) => l !== null),
			kernelLayer: dense,
			dropout,
			apply(input, training) {
				const kwargs = { training };
				const x = flatten(input);
				let hidden = dense.apply(x, kwargs) as tf.Tensor;
				if (norm) hidden = norm.apply(hidden, kwargs) as tf.Tensor;
				if (activation) hidden = activation.apply(hidden, kwargs) as tf.Tensor;
				const dropped = dropout.apply(hidden, kwargs) as tf.Tensor;
				return { output: skip ? tf.add(x, dropped) : dropped, hidden };
			}
		};
	});
}

/** The output layer: one logit per class. */
export function outputStage(spec: ExperimentSpec, classes: number): Stage {
	const output = tf.layers.dense({
		units: classes,
		kernelInitializer: tf.initializers.glorotUniform({ seed: spec.seed * 1000 }),
		name: 'output'
	});
	return {
		name: 'output',
		kind: 'output',
		layers: [output],
		kernelLayer: output,
		dropout: null,
		apply: (x, training) => ({ output: output.apply(flatten(x), { training }) as tf.Tensor })
	};
}
