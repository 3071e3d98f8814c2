import { describe, expect, it } from 'vitest';
import { TOY_SEQUENCE, TOY_WEIGHTS, unroll } from './toy';

describe('one recurrent neuron unrolled', () => {
	it('computes h_t = tanh(w·x_t + u·h_{t−1} + b) step by step', () => {
		const { states } = unroll([1, 0, 2], { w: 0.5, u: -1, b: 0.1 });
		const h1 = Math.tanh(0.5 + 0.1);
		const h2 = Math.tanh(-h1 + 0.1);
		expect(states).toEqual([h1, h2, Math.tanh(1 - h2 + 0.1)]);
	});

	it('says how the last state moves with each input, as central differences do', () => {
		const inputs = [0.3, -1, 2, 0.5, 0, 1];
		const weights = { w: 0.8, u: 1.3, b: -0.2 };
		const { sensitivity } = unroll(inputs, weights);
		const eps = 1e-6;
		inputs.forEach((_, t) => {
			const last = (shift: number) => unroll(inputs.map((x, k) => (k === t ? x + shift : x)), weights).states.at(-1)!;
			expect(sensitivity[t]).toBeCloseTo((last(eps) - last(-eps)) / (2 * eps), 6);
		});
	});

	it('forgets the starting pulse by about u per step when the weights are small', () => {
		const { states, sensitivity } = unroll(TOY_SEQUENCE, TOY_WEIGHTS);
		expect(states[0]).toBeCloseTo(Math.tanh(1), 10);
		// Near zero tanh is almost the identity: each silent step keeps about half.
		for (let t = 3; t < states.length; t++) expect(states[t] / states[t - 1]).toBeCloseTo(0.5, 2);
		expect(sensitivity[0] / sensitivity.at(-1)!).toBeLessThan(0.01);
	});
});
