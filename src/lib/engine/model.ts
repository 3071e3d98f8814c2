/**
 * Spec -> TF.js layers. The network is a list of hidden blocks (dense -> [batch norm] ->
 * activation -> [dropout]) and an output layer; `forward` runs them in order so that
 * `training: true` reaches dropout and batch norm, residual connections can be added, and
 * pages can look at every hidden layer's output. A CNN puts convolution blocks in front
 * (conv -> activation -> max-pool, twice, then flatten), as in the TF.js MNIST example.
 */
import * as tf from '@tensorflow/tfjs';
import type { Activation, ExperimentSpec, Initializer } from './spec';
import { CLASSES, IMAGE_SIZE, PIXELS } from '../data/digits';

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

	/** Continues the sequence of masks as if `steps` training steps had gone through. */
	seek(steps: number): void {
		this.calls = steps;
	}

	dispose() {
		this.lastMask?.dispose();
		this.lastMask = null;
		return super.dispose();
	}
}

/**
 * A 'valid', stride-1 convolution whose filter gradient is itself a forward convolution.
 * TF.js's CPU backend computes Conv2DBackpropFilter one element at a time (about a second a
 * step for the small CNN here) and its WASM backend has no such kernel; Conv2D is fast on all.
 */
export function convolve(x: tf.Tensor4D, filter: tf.Tensor4D): tf.Tensor4D {
	const op = tf.customGrad((...args) => {
		const [input, kernel] = args as [tf.Tensor4D, tf.Tensor4D];
		const save = args[2] as tf.GradSaveFunc;
		save([input, kernel]);
		return {
			value: tf.conv2d(input, kernel, 1, 'valid'),
			gradFunc: (dy: tf.Tensor4D, [input, kernel]: tf.Tensor[]) => [
				tf.conv2dTranspose(dy, kernel as tf.Tensor4D, input.shape as [number, number, number, number], 1, 'valid'),
				filterGradient(input as tf.Tensor4D, dy)
			]
		};
	});
	return op(x, filter) as tf.Tensor4D;
}

/**
 * d loss / d filter[i, j, c, f] = Σ over digits and positions of x[n, p+i, q+j, c] · dy[n, p, q, f]:
 * a convolution of the channels-as-batch input with the digits-as-channels output gradient.
 */
function filterGradient(x: tf.Tensor4D, dy: tf.Tensor4D): tf.Tensor4D {
	const channelsFirst = tf.transpose(x, [3, 1, 2, 0]);
	const dyAsFilter = tf.transpose(dy, [1, 2, 0, 3]);
	return tf.transpose(tf.conv2d(channelsFirst, dyAsFilter, 1, 'valid'), [1, 2, 0, 3]);
}

/** A convolution layer (kernel and bias) built on `convolve`, for the CNN's blocks. */
class Convolution extends tf.layers.Layer {
	static className = 'Convolution';
	private kernel: tf.LayerVariable | null = null;
	private bias: tf.LayerVariable | null = null;

	constructor(
		private readonly filters: number,
		private readonly kernelSize: number,
		private readonly kernelInitializer: ReturnType<typeof initializer>
	) {
		super({});
	}

	build(inputShape: tf.Shape | tf.Shape[]): void {
		const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
		const channels = shape[shape.length - 1]!;
		const size = this.kernelSize;
		this.kernel = this.addWeight('kernel', [size, size, channels, this.filters], 'float32', this.kernelInitializer);
		this.bias = this.addWeight('bias', [this.filters], 'float32', tf.initializers.zeros());
		this.built = true;
	}

	call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
		const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor4D;
		return tf.add(convolve(x, this.kernel!.read() as tf.Tensor4D), this.bias!.read());
	}

	computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
		const [batch, height, width] = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
		const shrink = this.kernelSize - 1;
		return [batch, height! - shrink, width! - shrink, this.filters];
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

/** Filters in each convolution block of a CNN; 5×5 kernels, 'valid' padding, 2×2 pooling. */
const CONVOLUTION_FILTERS = [8, 16] as const;
const KERNEL_SIZE = 5;

/**
 * conv -> activation -> max-pool. Batch norm and dropout are left out of these blocks: they
 * apply to the dense hidden blocks that follow, which keeps the convolutions the classic ones.
 */
export interface ConvolutionBlock {
	conv: tf.layers.Layer;
	activation: tf.layers.Layer;
	pool: tf.layers.Layer;
}

export interface HiddenBlock {
	dense: tf.layers.Layer;
	norm: tf.layers.Layer | null;
	activation: tf.layers.Layer;
	dropout: SeededDropout | null;
}

export interface Network {
	/** A CNN's convolution blocks, first first; empty for an MLP. */
	convolutions: ConvolutionBlock[];
	blocks: HiddenBlock[];
	output: tf.layers.Layer;
	residual: boolean;
	/** The dense layers in order, the output layer last: with the convolutions' kernels, "the weights". */
	denseLayers: tf.layers.Layer[];
	/** Every layer, for weights and disposal. */
	layers: tf.layers.Layer[];
}

/** Builds (and initialises) the network for a spec. */
export function buildNetwork(spec: ExperimentSpec): Network {
	const convolutions: ConvolutionBlock[] =
		spec.architecture === 'cnn'
			? CONVOLUTION_FILTERS.map((filters, i) => ({
					conv: new Convolution(filters, KERNEL_SIZE, initializer(spec.initializer, spec.seed * 1000 + 800 + i + 1)),
					activation: activationLayer(spec.activation),
					pool: tf.layers.maxPooling2d({ poolSize: 2, strides: 2 })
				}))
			: [];
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
	const layers = [
		...convolutions.flatMap((c) => [c.conv, c.activation, c.pool]),
		...blocks.flatMap((b) => [b.dense, b.norm, b.activation, b.dropout].filter((l) => l !== null)),
		output
	];
	const network: Network = {
		convolutions,
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
 * Runs the network on [batch, 784] pixels. `onHidden` sees each hidden dense layer's output
 * (after activation, before dropout) while the tensors are alive; convolutions are not shown.
 */
export function forward(
	network: Network,
	inputs: tf.Tensor,
	training: boolean,
	onHidden?: (index: number, output: tf.Tensor) => void
): tf.Tensor {
	const kwargs = { training };
	let x = inputs;
	if (network.convolutions.length > 0) {
		x = x.reshape([-1, IMAGE_SIZE, IMAGE_SIZE, 1]);
		for (const block of network.convolutions) {
			x = block.conv.apply(x, kwargs) as tf.Tensor;
			x = block.activation.apply(x, kwargs) as tf.Tensor;
			x = block.pool.apply(x, kwargs) as tf.Tensor;
		}
		x = x.reshape([x.shape[0], -1]);
	}
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

/** A stable, short name for the i-th kernel: "conv 1", "conv 2", "dense 1", ..., "output". */
export function layerName(network: Network, index: number): string {
	const convolutions = network.convolutions.length;
	if (index < convolutions) return `conv ${index + 1}`;
	const dense = index - convolutions;
	return dense === network.denseLayers.length - 1 ? 'output' : `dense ${dense + 1}`;
}

/** Every layer's kernel ("the weights"), convolutions first, the output layer last. */
export function kernels(network: Network): tf.Variable[] {
	return [...network.convolutions.map((c) => c.conv), ...network.denseLayers].map(
		(layer) => layer.getWeights()[0] as tf.Variable
	);
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
