/**
 * One neuron in the plane, worked out on the page: its output σ(w₁x₁ + w₂x₂ + b) across the
 * square (what the sliders draw before the model exists), its weights read from a run's
 * parameters, and the check of a typed weight. DOM- and TF.js-free.
 */
import { planeGrid } from '../../data/points';
import type { NetworkParameters } from '../../engine/types';

export interface NeuronWeights {
	w1: number;
	w2: number;
	b: number;
}

/** How far the sliders reach either way. */
export const WEIGHT_LIMIT = 10;

/** The neuron's output on a size × size grid over [-extent, extent]², rows from the top. */
export function neuronField(weights: NeuronWeights, size: number, extent: number): Float32Array {
	const grid = planeGrid(size, extent);
	const values = new Float32Array(size * size);
	for (let i = 0; i < values.length; i++) {
		const z = weights.w1 * grid[2 * i] + weights.w2 * grid[2 * i + 1] + weights.b;
		values[i] = 1 / (1 + Math.exp(-z));
	}
	return values;
}

/** The weights of a network that is one neuron on two inputs; null for any other network. */
export function neuronOf(parameters: NetworkParameters | null): NeuronWeights | null {
	const layer = parameters?.layers.length === 1 ? parameters.layers[0] : null;
	if (!layer || layer.inputs !== 2 || layer.units !== 1 || !layer.bias) return null;
	return { w1: layer.kernel[0], w2: layer.kernel[1], b: layer.bias[0] };
}

/** A typed weight: its value, or null when it is not a number from −WEIGHT_LIMIT to WEIGHT_LIMIT. */
export function parseWeight(text: string): number | null {
	const trimmed = text.trim().replace('−', '-');
	if (trimmed === '') return null;
	const value = Number(trimmed);
	return Number.isFinite(value) && Math.abs(value) <= WEIGHT_LIMIT ? value : null;
}

/** Whether two sets of weights agree to float32 precision. */
export function sameWeights(a: NeuronWeights, b: NeuronWeights): boolean {
	const near = (x: number, y: number) => Math.abs(x - y) <= 1e-5 * Math.max(1, Math.abs(x));
	return near(a.w1, b.w1) && near(a.w2, b.w2) && near(a.b, b.b);
}
