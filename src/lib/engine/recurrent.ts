/**
 * A simple recurrent layer, h_t = act(x_t·W + h_{t−1}·U + b) from h_0 = 0, written with plain
 * TF.js ops (one matMul, add and activation per time step) so it trains and checkpoints on
 * every backend. Its weights are kernel W, recurrent kernel U and bias b, in that order.
 */
import * as tf from '@tensorflow/tfjs';
import { createRandom } from '../data/random';
import type { WeightInitializer } from './layers';
import type { Activation } from './spec';

const LEAKY_SLOPE = 0.01;

/** The activations as ops on a tensor, matching the dense layers' choices. */
export const ACTIVATION_OPS: Record<Activation, (x: tf.Tensor) => tf.Tensor> = {
	relu: (x) => tf.relu(x),
	leakyRelu: (x) => tf.leakyRelu(x, LEAKY_SLOPE),
	elu: (x) => tf.elu(x),
	tanh: (x) => tf.tanh(x),
	sigmoid: (x) => tf.sigmoid(x),
	linear: (x) => x
};

/**
 * An n×n orthogonal matrix times `scale`, row-major, from seeded normal numbers
 * (Gram–Schmidt on the columns): it turns a vector without changing its length, then the
 * scale stretches it by exactly that much.
 */
export function scaledOrthogonal(n: number, scale: number, seed: number): Float32Array {
	const random = createRandom(seed);
	const normal = () => {
		// Box–Muller; 1 − u keeps the logarithm finite.
		const u = 1 - random();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
	};
	const columns: Float64Array[] = [];
	while (columns.length < n) {
		const v = Float64Array.from({ length: n }, normal);
		for (const c of columns) {
			let dot = 0;
			for (let i = 0; i < n; i++) dot += v[i] * c[i];
			for (let i = 0; i < n; i++) v[i] -= dot * c[i];
		}
		const length = Math.hypot(...v);
		// A draw (almost) inside the span of the others is drawn again.
		if (length < 1e-6) continue;
		columns.push(v.map((x) => x / length));
	}
	const matrix = new Float32Array(n * n);
	for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) matrix[i * n + j] = columns[j][i] * scale;
	return matrix;
}

export class Recurrent extends tf.layers.Layer {
	static className = 'Recurrent';
	private kernel: tf.LayerVariable | null = null;
	private recurrentKernel: tf.LayerVariable | null = null;
	private bias: tf.LayerVariable | null = null;

	constructor(
		readonly units: number,
		/** Time steps: an example arrives as `steps` rows of equal length, flattened. */
		readonly steps: number,
		private readonly activation: Activation,
		private readonly kernelInitializer: WeightInitializer,
		private readonly recurrentScale: number,
		private readonly seed: number
	) {
		super({});
	}

	build(inputShape: tf.Shape | tf.Shape[]): void {
		const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
		const features = shape[shape.length - 1]! / this.steps;
		const n = this.units;
		this.kernel = this.addWeight('kernel', [features, n], 'float32', this.kernelInitializer);
		this.recurrentKernel = this.addWeight('recurrent_kernel', [n, n], 'float32', tf.initializers.zeros());
		this.bias = this.addWeight('bias', [n], 'float32', tf.initializers.zeros());
		const start = tf.tensor2d(scaledOrthogonal(n, this.recurrentScale, this.seed), [n, n]);
		this.recurrentKernel.write(start);
		start.dispose();
		this.built = true;
	}

	/** The last hidden state, [batch, units], of examples given as [batch, steps × features]. */
	call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
		const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor2D;
		return this.states(x).at(-1)!;
	}

	/**
	 * Every hidden state h_1 … h_T, each [batch, units]. `offsets` (one per step, zeros) are added
	 * to each state: the gradient with respect to them is the gradient with respect to the state.
	 */
	states(x: tf.Tensor2D, offsets?: tf.Tensor[]): tf.Tensor[] {
		if (!this.built) this.build(x.shape);
		const batch = x.shape[0];
		const features = x.shape[1] / this.steps;
		const kernel = this.kernel!.read();
		const recurrent = this.recurrentKernel!.read();
		const bias = this.bias!.read();
		const act = ACTIVATION_OPS[this.activation];
		// Every step's input term and bias at once: one matMul and one add instead of T of each.
		const projected = tf.add(tf.matMul(x.reshape([batch * this.steps, features]), kernel), bias);
		const inputTerms = tf.unstack(projected.reshape([batch, this.steps, this.units]), 1);
		const states: tf.Tensor[] = [];
		let h: tf.Tensor | null = null;
		for (let t = 0; t < this.steps; t++) {
			let sum = inputTerms[t];
			if (h) sum = tf.add(sum, tf.matMul(h, recurrent));
			h = act(sum);
			if (offsets) h = tf.add(h, offsets[t]);
			states.push(h);
		}
		return states;
	}

	computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
		const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
		return [shape[0], this.units];
	}
}
