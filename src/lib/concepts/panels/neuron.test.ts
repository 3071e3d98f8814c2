import { describe, expect, it } from 'vitest';
import { neuronField, neuronOf, parseWeight, sameWeights } from './neuron';

describe('one neuron worked out on the page', () => {
	it('is 0.5 on its line, above it on the side its weights point to, below on the other', () => {
		// w = (1, 0), b = 0: the line is x₁ = 0; a 2 × 2 grid over [-1, 1]² has x₁ = -0.5 and 0.5.
		const field = neuronField({ w1: 1, w2: 0, b: 0 }, 2, 1);
		expect(field[0]).toBeCloseTo(1 / (1 + Math.exp(0.5)), 6);
		expect(field[1]).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 6);
		expect(field[0] + field[1]).toBeCloseTo(1, 6);
		// The bias alone: σ(b) everywhere.
		expect(Array.from(neuronField({ w1: 0, w2: 0, b: 2 }, 2, 1)).every((p) => Math.abs(p - 1 / (1 + Math.exp(-2))) < 1e-6)).toBe(true);
	});

	it.each([
		['3', 3],
		[' -2.5 ', -2.5],
		['−10', -10],
		['10', 10],
		['10.1', null],
		['-11', null],
		['', null],
		['abc', null],
		['Infinity', null],
		['1e3', null]
	])('reads the typed weight %j as %s', (text, value) => {
		expect(parseWeight(text)).toBe(value);
	});

	it('reads a one-neuron network’s weights, and nothing from a bigger one', () => {
		const output = { layer: 'output', kind: 'output' as const, inputs: 2, units: 1, kernel: new Float32Array([0.5, -1]), bias: new Float32Array([2]) };
		expect(neuronOf({ step: 3, layers: [output] })).toEqual({ w1: 0.5, w2: -1, b: 2 });
		const hidden = { ...output, layer: 'dense 1', kind: 'dense' as const, units: 4, kernel: new Float32Array(8), bias: new Float32Array(4) };
		expect(neuronOf({ step: 3, layers: [hidden, { ...output, inputs: 4, kernel: new Float32Array(4) }] })).toBeNull();
		expect(neuronOf(null)).toBeNull();
	});

	it('treats weights equal to float32 precision as the same', () => {
		expect(sameWeights({ w1: 0.1, w2: 2, b: -3 }, { w1: Math.fround(0.1), w2: 2, b: -3 })).toBe(true);
		expect(sameWeights({ w1: 0.1, w2: 2, b: -3 }, { w1: 0.2, w2: 2, b: -3 })).toBe(false);
	});
});
