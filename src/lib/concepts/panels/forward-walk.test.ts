import { describe, expect, it } from 'vitest';
import { argmax, largestDifference, softmax, stageLayer, walkStages } from './forward-walk';

describe('the walk’s stages', () => {
	it.each([
		[1, ['input', 'sum', 'softmax', 'prediction']],
		[2, ['input', 'sum', 'activation', 'sum', 'softmax', 'prediction']],
		[3, ['input', 'sum', 'activation', 'sum', 'activation', 'sum', 'softmax', 'prediction']]
	])('has the sums of each of %i layers, an activation for each hidden one, then softmax and answer', (layers, kinds) => {
		expect(walkStages(layers).map((s) => s.kind)).toEqual(kinds);
	});

	it('looks at the first layer from the input and at the output from the softmax and the answer', () => {
		const stages = walkStages(3);
		expect(stages.map((s) => stageLayer(s, 3))).toEqual([0, 0, 0, 1, 1, 2, 2, 2]);
	});
});

describe('the page’s softmax', () => {
	it('is e^z over the sum of e^z, and stays finite for huge logits', () => {
		const { probabilities } = softmax([0, Math.log(3)]);
		expect(probabilities[0]).toBeCloseTo(0.25, 15);
		expect(probabilities[1]).toBeCloseTo(0.75, 15);
		expect(softmax([1000, 1000]).probabilities).toEqual([0.5, 0.5]);
	});

	it('finds the first largest value and the largest difference', () => {
		expect(argmax([0.1, 0.7, 0.7, 0.2])).toBe(1);
		expect(largestDifference([1, 2, 3], [1, 2.5, 2.9])).toBeCloseTo(0.5, 12);
	});
});
