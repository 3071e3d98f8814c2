/**
 * One recurrent neuron, h_t = tanh(w·x_t + u·h_{t−1} + b) from h_0 = 0, unrolled over a short
 * sequence in plain numbers, with how much the last state moves per unit change of each input.
 */

export interface NeuronWeights {
	w: number;
	u: number;
	b: number;
}

/** The page's starting sequence: one pulse, then silence, so what the neuron remembers shows. */
export const TOY_SEQUENCE: readonly number[] = [1, 0, 0, 0, 0, 0, 0, 0];
export const TOY_WEIGHTS: Readonly<NeuronWeights> = { w: 1, u: 0.5, b: 0 };
/** Inputs and weights a learner may type or slide. */
export const TOY_LIMIT = 3;

export interface Unrolled {
	/** h_1 … h_T. */
	states: number[];
	/** ∂h_T/∂x_t for t = 1 … T: the last state's sensitivity to each input. */
	sensitivity: number[];
}

export function unroll(inputs: readonly number[], { w, u, b }: NeuronWeights): Unrolled {
	const states: number[] = [];
	/** tanh′ at each step, 1 − h². */
	const slopes: number[] = [];
	let h = 0;
	for (const x of inputs) {
		h = Math.tanh(w * x + u * h + b);
		states.push(h);
		slopes.push(1 - h * h);
	}
	// Backwards through time: ∂h_T/∂h_t = Π_{k>t} u·tanh′_k, then ∂h_t/∂x_t = w·tanh′_t.
	const sensitivity = new Array<number>(inputs.length);
	let carried = 1;
	for (let t = inputs.length - 1; t >= 0; t--) {
		sensitivity[t] = carried * slopes[t] * w;
		carried *= slopes[t] * u;
	}
	return { states, sensitivity };
}
