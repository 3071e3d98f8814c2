import { interpolateViridis } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { depthColor, seriesByLayer } from './series-by-layer';

interface Snapshot {
	step: number;
	norms: (number | null)[];
}

interface Case {
	name: string;
	snapshots: Snapshot[];
	names: string[];
	points: { x: number; y: number }[][];
}

const label = (i: number) => `Layer ${i + 1}`;

describe('seriesByLayer', () => {
	it.each([
		{
			name: 'makes one series per layer, in step order',
			snapshots: [
				{ step: 0, norms: [1, 2] },
				{ step: 10, norms: [3, 4] }
			],
			names: ['dense 1', 'output'],
			points: [
				[
					{ x: 0, y: 1 },
					{ x: 10, y: 3 }
				],
				[
					{ x: 0, y: 2 },
					{ x: 10, y: 4 }
				]
			]
		},
		{
			name: 'skips null, NaN, infinite and missing values',
			snapshots: [
				{ step: 0, norms: [null, NaN] },
				{ step: 1, norms: [Infinity, 5] },
				{ step: 2, norms: [-Infinity] },
				{ step: 3, norms: [0.5, null] }
			],
			names: ['dense 1', 'output'],
			points: [[{ x: 3, y: 0.5 }], [{ x: 1, y: 5 }]]
		},
		{
			name: 'gives each named layer a series even with no snapshots',
			snapshots: [],
			names: ['dense 1', 'dense 2', 'output'],
			points: [[], [], []]
		},
		{
			name: 'ignores values beyond the named layers',
			snapshots: [{ step: 7, norms: [1, 2, 3] }],
			names: ['dense 1'],
			points: [[{ x: 7, y: 1 }]]
		}
	] satisfies Case[])(
		'$name',
		({ snapshots, names, points }) => {
			const series = seriesByLayer(snapshots, (s) => s.norms, names, label);
			expect(series.map((s) => s.id)).toEqual(names);
			expect(series.map((s) => s.label)).toEqual(names.map((_, i) => label(i)));
			expect(series.map((s) => s.points)).toEqual(points);
		}
	);

	it('colours layers by depth, first to last, all different', () => {
		const series = seriesByLayer([], () => [], ['a', 'b', 'c', 'd'], label);
		expect(series[0].color).toBe(interpolateViridis(0));
		expect(series[3].color).toBe(depthColor(3, 4));
		expect(new Set(series.map((s) => s.color)).size).toBe(4);
	});
});

describe('depthColor', () => {
	it.each([
		{ index: 0, count: 1, t: 0 },
		{ index: 0, count: 3, t: 0 },
		{ index: 1, count: 3, t: 0.425 },
		{ index: 2, count: 3, t: 0.85 },
		{ index: 9, count: 3, t: 0.85 }
	])('layer $index of $count sits at $t on viridis', ({ index, count, t }) => {
		expect(depthColor(index, count)).toBe(interpolateViridis(t));
	});
});
