/**
 * Spec -> TF.js layers. The network is a list of hidden blocks (dense -> [batch norm] ->
 * activation -> [dropout]) and an output layer; `forward` runs them in order so that
 * `training: true` reaches dropout and batch norm, residual connections can be added, and
 * pages can look at every hidden layer's output.
 */
import * as tf from '@tensorflow/tfjs';
import type { Activation, ExperimentSpec, Initializer } from './spec';
import { PIXELS, CLASSES } from '../data/digits';

/** Units per hidden layer whose dropout mask is kept for the network diagram. */
export const MASK_UNITS = 12;

/**
 * Inverted dropout whose mask changes every call yet is reproducible from the spec's seed
 * (TF.js's own dropout layer reuses one seed, so every step would drop the same units).
 * It keeps the first digit's mask for the first units, for drawing.
 */
class SeededDropout extends tf.layers.Layer {
	static className = 'SeededDropout';
	private calls = 0;
	lastMask: tf.Tensor | null = null;

	constructor(
		private readonly rate: number,
		private readonly seed: number
	) {
		super({});
	}

	call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean }): tf.Tensor {
		const x = Array.isArray(inputs) ? inputs[0] : inputs;
		if (!kwargs.training || this.rate === 0) return x;
		const keep = tf.randomUniform(x.shape, 0, 1, 'float32', this.seed + this.calls++).greaterEqual(this.rate);
		this.lastMask?.dispose();
		this.lastMask = tf.keep(keep.slice([0, 0], [1, Math.min(MASK_UNITS, x.shape[1]!)]));
		return x.mul(keep.cast('float32')).div(1 - this.rate);
	}

	computeOutputShape(shape: tf.Shape | tf.Shape[]): tf.Shape | tf.Shape[] {
		return shape;
	}

	dispose() {
		this.lastMask?.dispose();
		this.lastMask = null;
		return super.dispose();
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

function activationLayer(kind: Activation): tf.layers.Layer {
	if (kind === 'leakyRelu') return tf.layers.leakyReLU({ alpha: 0.01 });
	return tf.layers.activation({ activation: kind });
}

export interface HiddenBlock {
	dense: tf.layers.Layer;
	norm: tf.layers.Layer | null;
	activation: tf.layers.Layer;
	dropout: SeededDropout | null;
}

export interface Network {
	blocks: HiddenBlock[];
	output: tf.layers.Layer;
	residual: boolean;
	/** The dense layers in order, the output layer last: their kernels are "the weights". */
	denseLayers: tf.layers.Layer[];
	/** Every layer, for weights and disposal. */
	layers: tf.layers.Layer[];
}

/** Builds (and initialises) the network for a spec. */
export function buildNetwork(spec: ExperimentSpec): Network {
	const blocks: HiddenBlock[] = [];
	for (let i = 0; i < spec.hiddenLayers; i++) {
		const n = i + 1;
		blocks.push({
			dense: tf.layers.dense({
				units: spec.layerWidth,
				kernelInitializer: initializer(spec.initializer, spec.seed * 1000 + n),
				biasInitializer: 'zeros',
				// Batch norm has its own shift, so a bias before it would do nothing.
				useBias: !spec.batchNorm
			}),
			norm: spec.batchNorm ? tf.layers.batchNormalization({ momentum: 0.9 }) : null,
			activation: activationLayer(spec.activation),
			dropout: spec.dropout > 0 ? new SeededDropout(spec.dropout, spec.seed * 1000 + 500 + n) : null
		});
	}
	const output = tf.layers.dense({
		units: CLASSES,
		kernelInitializer: tf.initializers.glorotUniform({ seed: spec.seed * 1000 }),
		name: 'output'
	});
	const layers = blocks.flatMap((b) => [b.dense, b.norm, b.activation, b.dropout].filter((l) => l !== null));
	layers.push(output);
	const network: Network = {
		blocks,
		output,
		residual: spec.residual,
		denseLayers: [...blocks.map((b) => b.dense), output],
		layers
	};
	// Layers create their weights on first use; do it now so the weights exist from the start.
	tf.tidy(() => {
		forward(network, tf.zeros([1, PIXELS]), false);
	});
	return network;
}

/**
 * Runs the network. `onHidden` sees each hidden layer's output (after activation, before
 * dropout) while the tensors are alive.
 */
export function forward(
	network: Network,
	inputs: tf.Tensor,
	training: boolean,
	onHidden?: (index: number, output: tf.Tensor) => void
): tf.Tensor {
	const kwargs = { training };
	let x = inputs;
	network.blocks.forEach((block, i) => {
		let h = block.dense.apply(x, kwargs) as tf.Tensor;
		if (block.norm) h = block.norm.apply(h, kwargs) as tf.Tensor;
		h = block.activation.apply(h, kwargs) as tf.Tensor;
		onHidden?.(i, h);
		if (block.dropout) h = block.dropout.apply(h, kwargs) as tf.Tensor;
		// From the second hidden layer on, input and output have the same width.
		x = network.residual && i > 0 ? tf.add(x, h) : h;
	});
	return network.output.apply(x, kwargs) as tf.Tensor;
}

export function trainableVariables(network: Network): tf.Variable[] {
	return network.layers.flatMap((layer) => layer.trainableWeights.map((w) => w.read() as tf.Variable));
}

/** The latest dropout masks, one per hidden layer that has dropout. */
export function dropoutMasks(network: Network): tf.Tensor[] {
	return network.blocks.map((b) => b.dropout?.lastMask).filter((m): m is tf.Tensor => m != null);
}

export function disposeNetwork(network: Network): void {
	for (const layer of network.layers) layer.dispose();
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
