import { describe, expect, it } from 'vitest';
import { heatmap, layerHistory, layerNames } from './weightHistory';
import type { WeightSnapshot } from '$lib/engine/types';

describe('weight history', () => {
	const stats = (layer: string, x0: number, x1: number, counts: number[]) => ({
		layer,
		kind: layer === 'output' ? ('output' as const) : ('dense' as const),
		mean: 0,
		std: 1,
		nearZero: 0,
		histogram: { x0, x1, counts }
	});
	const snapshots: WeightSnapshot[] = [
		{ step: 0, layers: [stats('dense 1', -1, 1, [1, 3]), stats('output', -2, 2, [2, 2])] },
		{ step: 50, layers: [stats('dense 1', -2, 2, [0, 4, 4, 0])] },
		{ step: 90, layers: [stats('dense 1', NaN, 1, [1]), stats('output', -3, 3, [6])] }
	];

	it('lists layers in order of appearance and follows one through time', () => {
		expect(layerNames(snapshots)).toEqual(['dense 1', 'output']);
		expect(layerHistory(snapshots, 'output').map((m) => m.step)).toEqual([0, 90]);
	});

	it('places each bin at its own edges with density per unit of weight', () => {
		const map = heatmap(layerHistory(snapshots, 'dense 1').map((m) => m.stats.histogram));
		expect(map.low).toBe(-2);
		expect(map.high).toBe(2);
		expect(map.cells).toEqual([
			{ column: 0, low: -1, high: 0, density: 0.25 },
			{ column: 0, low: 0, high: 1, density: 0.75 },
			{ column: 1, low: -1, high: 0, density: 0.5 },
			{ column: 1, low: 0, high: 1, density: 0.5 }
		]);
		expect(map.maxDensity).toBe(0.75);
	});

	it('is empty, with a zero range, when nothing can be drawn', () => {
		expect(heatmap([{ x0: 1, x1: 1, counts: [5] }, { x0: 0, x1: 1, counts: [0, 0] }])).toEqual({
			cells: [],
			low: 0,
			high: 0,
			maxDensity: 0
		});
	});
});
