/**
 * How many numbers a dense network learns, from its settings alone: each layer has one weight per
 * input per unit and one bias per unit, Σ (inputs · units + units). TF.js-free, so a page can write
 * the count before any model exists.
 */
import type { ExperimentSpec } from './spec';

/** Inputs and outputs of the data: 784 pixels and 10 digits, or a point's 2 coordinates and 1 logit. */
export function networkEnds(data: ExperimentSpec['data']): { inputs: number; outputs: number } {
	return data === 'digits' ? { inputs: 784, outputs: 10 } : { inputs: 2, outputs: 1 };
}

/** Units of every dense layer in order, the inputs first and the outputs last: [2, 4, 1]. */
export function layerSizes(spec: Pick<ExperimentSpec, 'data' | 'hiddenLayers' | 'layerWidth'>): number[] {
	const { inputs, outputs } = networkEnds(spec.data);
	return [inputs, ...Array<number>(Math.max(0, Math.floor(spec.hiddenLayers))).fill(spec.layerWidth), outputs];
}

/** Weights and biases of each layer: inputs · units and units. */
export function layerParameters(sizes: readonly number[]): { weights: number; biases: number }[] {
	return sizes.slice(1).map((units, i) => ({ weights: sizes[i] * units, biases: units }));
}

/**
 * Every weight and bias of the plain dense network the spec describes; null for networks the
 * formula does not cover (convolutions in front, or batch norm in place of the biases).
 */
export function parameterCount(spec: Pick<ExperimentSpec, 'data' | 'hiddenLayers' | 'layerWidth' | 'architecture' | 'batchNorm'>): number | null {
	if (spec.architecture !== 'mlp' || spec.batchNorm) return null;
	return layerParameters(layerSizes(spec)).reduce((sum, layer) => sum + layer.weights + layer.biases, 0);
}

/**
 * The count written out layer by layer, "2×4 + 4 + 4×1 + 1", with repeated hidden layers grouped:
 * "2×8 + 8 + 5 × (8×8 + 8) + 8×1 + 1".
 */
export function parameterSum(sizes: readonly number[]): string {
	const terms = layerParameters(sizes).map((_, i) => `${sizes[i]}×${sizes[i + 1]} + ${sizes[i + 1]}`);
	const grouped: string[] = [];
	for (let i = 0; i < terms.length; ) {
		let run = 1;
		while (i + run < terms.length && terms[i + run] === terms[i]) run++;
		grouped.push(run > 1 ? `${run} × (${terms[i]})` : terms[i]);
		i += run;
	}
	return grouped.join(' + ');
}
