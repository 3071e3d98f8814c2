/**
 * Spec -> TF.js layers. The network is an ordinary `tf.Sequential`, but training runs the
 * layers one by one (`forward`) so that `training: true` reaches dropout and batch norm and
 * so later pages can look at every layer's output.
 */
import * as tf from '@tensorflow/tfjs';
import type { Activation, ExperimentSpec, Initializer } from './spec';
import { PIXELS, CLASSES } from '../data/digits';

/** Dropout whose mask changes every call yet is reproducible from the spec's seed. */
class SeededDropout extends tf.layers.Layer {
	static className = 'SeededDropout';
	private calls = 0;

	constructor(
		private readonly rate: number,
		private readonly seed: number
	) {
		super({});
	}

	call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean }): tf.Tensor {
		const x = Array.isArray(inputs) ? inputs[0] : inputs;
		if (!kwargs.training || this.rate === 0) return x;
		// TF.js's own dropout layer reuses one seed, so every step would drop the same units.
		return tf.dropout(x, this.rate, undefined, this.seed + this.calls++);
	}

	computeOutputShape(shape: tf.Shape | tf.Shape[]): tf.Shape | tf.Shape[] {
		return shape;
	}
}

function initializer(kind: Initializer, seed: number): ReturnType<typeof tf.initializers.zeros> {
	switch (kind) {
		case 'glorotUniform':
			return tf.initializers.glorotUniform({ seed });
		case 'heNormal':
			return tf.initializers.heNormal({ seed });
		case 'smallNormal':
			return tf.initializers.randomNormal({ mean: 0, stddev: 0.01, seed });
		case 'largeNormal':
			return tf.initializers.randomNormal({ mean: 0, stddev: 1, seed });
	}
}

function activationLayer(kind: Activation, name: string): tf.layers.Layer {
	if (kind === 'leakyRelu') return tf.layers.leakyReLU({ alpha: 0.01, name });
	return tf.layers.activation({ activation: kind, name });
}

export interface Network {
	model: tf.Sequential;
	/** The dense layers in order, the output layer last: their kernels are "the weights". */
	denseLayers: tf.layers.Layer[];
}

/**
 * Builds the network for a spec. Each hidden layer is dense (linear) -> [batch norm] -> activation
 * -> [dropout]; the output layer gives 10 logits (softmax is part of the loss).
 */
export function buildNetwork(spec: ExperimentSpec): Network {
	// Layer names only need to be unique within the model; TF.js makes variable names unique globally.
	const model = tf.sequential();
	const denseLayers: tf.layers.Layer[] = [];
	for (let i = 0; i < spec.hiddenLayers; i++) {
		const n = i + 1;
		const dense = tf.layers.dense({
			units: spec.layerWidth,
			inputShape: i === 0 ? [PIXELS] : undefined,
			kernelInitializer: initializer(spec.initializer, spec.seed * 1000 + n),
			biasInitializer: 'zeros',
			// Batch norm has its own shift, so a bias before it would do nothing.
			useBias: !spec.batchNorm
		});
		model.add(dense);
		denseLayers.push(dense);
		if (spec.batchNorm) model.add(tf.layers.batchNormalization({ momentum: 0.9 }));
		model.add(activationLayer(spec.activation, `activation_${n}_${spec.activation}`));
		if (spec.dropout > 0) model.add(new SeededDropout(spec.dropout, spec.seed * 1000 + 500 + n));
	}
	const output = tf.layers.dense({
		units: CLASSES,
		inputShape: spec.hiddenLayers === 0 ? [PIXELS] : undefined,
		kernelInitializer: tf.initializers.glorotUniform({ seed: spec.seed * 1000 }),
		name: 'output'
	});
	model.add(output);
	denseLayers.push(output);
	return { model, denseLayers };
}

/** Runs the layers in order, passing `training` to each (which `model.apply` would not do). */
export function forward(network: Network, inputs: tf.Tensor, training: boolean): tf.Tensor {
	let x = inputs;
	for (const layer of network.model.layers) x = layer.apply(x, { training }) as tf.Tensor;
	return x;
}

/** A stable, short name for the i-th dense layer: "dense 1", ..., "output". */
export function layerName(network: Network, index: number): string {
	return index === network.denseLayers.length - 1 ? 'output' : `dense ${index + 1}`;
}

export function kernels(network: Network): tf.Variable[] {
	return network.denseLayers.map((layer) => layer.getWeights()[0] as tf.Variable);
}

/** TF.js 4.22's MomentumOptimizer.dispose skips its parent's, leaking one tensor per run. */
class MomentumOptimizer extends tf.MomentumOptimizer {
	dispose(): void {
		super.dispose();
		tf.SGDOptimizer.prototype.dispose.call(this);
	}
}

export function createOptimizer(spec: ExperimentSpec): tf.Optimizer {
	switch (spec.optimizer) {
		case 'sgd':
			return tf.train.sgd(spec.learningRate);
		case 'momentum':
			return new MomentumOptimizer(spec.learningRate, 0.9);
		case 'rmsprop':
			return tf.train.rmsprop(spec.learningRate);
		case 'adam':
			return tf.train.adam(spec.learningRate);
	}
}
