/**
 * The TF.js pieces the architectures are built from, with the workarounds they need: a dropout
 * whose mask changes every step yet replays from the seed, a convolution that trains fast on
 * every backend, and the initializer and activation choices of the spec.
 */
import * as tf from '@tensorflow/tfjs';
import type { Activation, Initializer } from './spec';

/** Units per hidden layer whose dropout mask is kept for the network diagram. */
export const MASK_UNITS = 12;

/**
 * Inverted dropout whose mask changes every call yet is reproducible from the spec's seed
 * (TF.js's own dropout layer reuses one seed, so every step would drop the same units).
 * It keeps the first example's mask for the first units, for drawing. Every hidden block has
 * one, so the rate can go from 0 to 0.5 while training; at rate 0 it passes its input through.
 */
export class SeededDropout extends tf.layers.Layer {
	static className = 'SeededDropout';
	/** Training calls so far, rate 0 included: each step's mask is seeded by its step alone. */
	private calls = 0;
	lastMask: tf.Tensor | null = null;

	constructor(
		private rate: number,
		private readonly seed: number
	) {
		super({});
	}

	/** From the next training step on. */
	setRate(rate: number): void {
		this.rate = rate;
		if (rate === 0) this.forgetMask();
	}

	call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean }): tf.Tensor {
		const x = Array.isArray(inputs) ? inputs[0] : inputs;
		if (!kwargs.training) return x;
		const call = this.calls++;
		if (this.rate === 0) return x;
		const keep = tf.randomUniform(x.shape, 0, 1, 'float32', this.seed + call).greaterEqual(this.rate);
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

	private forgetMask(): void {
		this.lastMask?.dispose();
		this.lastMask = null;
	}

	dispose() {
		this.forgetMask();
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
 * d loss / d filter[i, j, c, f] = Σ over examples and positions of x[n, p+i, q+j, c] · dy[n, p, q, f]:
 * a convolution of the channels-as-batch input with the examples-as-channels output gradient.
 */
function filterGradient(x: tf.Tensor4D, dy: tf.Tensor4D): tf.Tensor4D {
	const channelsFirst = tf.transpose(x, [3, 1, 2, 0]);
	const dyAsFilter = tf.transpose(dy, [1, 2, 0, 3]);
	return tf.transpose(tf.conv2d(channelsFirst, dyAsFilter, 1, 'valid'), [1, 2, 0, 3]);
}

export type WeightInitializer = ReturnType<typeof tf.initializers.zeros>;

/** A convolution layer (kernel and bias) built on `convolve`. */
export class Convolution extends tf.layers.Layer {
	static className = 'Convolution';
	private kernel: tf.LayerVariable | null = null;
	private bias: tf.LayerVariable | null = null;

	constructor(
		private readonly filters: number,
		private readonly kernelSize: number,
		private readonly kernelInitializer: WeightInitializer
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

export function initializer(kind: Initializer, seed: number): WeightInitializer {
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

export function activationLayer(kind: Activation): tf.layers.Layer {
	if (kind === 'leakyRelu') return tf.layers.leakyReLU({ alpha: 0.01 });
	return tf.layers.activation({ activation: kind });
}
