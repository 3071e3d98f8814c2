import { describe, expect, it } from 'vitest';
import type { WeightSnapshot } from '../engine/types';
import { sharedHistogramRange, sharedLinearRange, sharedLogRange } from './shared-range';

describe('sharedLogRange', () => {
	it('covers both runs, from 1e-8 to 10, in whole decades', () => {
		expect(sharedLogRange([[3e-8, 0.02, 0.9], [0.15, 2, 7]])).toEqual([1e-8, 10]);
	});
	it('skips zeros, negatives, NaN, infinities and missing runs', () => {
		expect(sharedLogRange([[0, -1, NaN, Infinity, 0.5], null, undefined, [4]])).toEqual([0.1, 10]);
	});
	it('widens a single value and gives nothing for no values', () => {
		const [low, high] = sharedLogRange([[1]])!;
		expect(low).toBeLessThan(1);
		expect(high).toBeGreaterThan(1);
		expect(sharedLogRange([[], null])).toBeUndefined();
	});
});

describe('sharedLinearRange', () => {
	it('covers every list with round ends', () => {
		expect(sharedLinearRange([[0.12, 0.4], [-0.33, 0.91]])).toEqual([-0.4, 1]);
	});
	it('gives nothing when no value is finite', () => {
		expect(sharedLinearRange([[NaN], []])).toBeUndefined();
	});
});

describe('sharedHistogramRange', () => {
	const snapshot = (step: number, ...ranges: [number, number][]): WeightSnapshot =>
		({
			step,
			layers: ranges.map(([x0, x1], i) => ({ layer: `l${i}`, mean: 0, std: 0, histogram: { x0, x1, counts: [1] } }))
		}) as unknown as WeightSnapshot;
	it('covers every layer of every snapshot of every run', () => {
		expect(sharedHistogramRange([[snapshot(1, [0, 1], [-2, 0.5])], [snapshot(1, [0, 5]), snapshot(2, [NaN, 9])]])).toEqual([-2, 5]);
	});
	it('gives nothing before there are snapshots', () => {
		expect(sharedHistogramRange([[], []])).toBeUndefined();
	});
});
