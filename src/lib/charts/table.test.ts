import { describe, expect, it } from 'vitest';
import { blockSummaries, cellText, seriesTable, thinIndices, type TableSeries } from './table';

const line = (label: string, xs: number[], y = (x: number) => x * 10): TableSeries => ({
	label,
	points: xs.map((x) => ({ x, y: y(x) }))
});
const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i);

describe('thinIndices', () => {
	it.each([
		{ length: 0, max: 20, kept: [] },
		{ length: 3, max: 20, kept: [0, 1, 2] },
		{ length: 5, max: 5, kept: [0, 1, 2, 3, 4] },
		{ length: 9, max: 3, kept: [0, 4, 8] },
		{ length: 10, max: 4, kept: [0, 3, 6, 9] },
		{ length: 7, max: 1, kept: [6] }
	])('$length rows, at most $max: $kept', ({ length, max, kept }) => {
		expect(thinIndices(length, max)).toEqual(kept);
	});

	it.each([25, 100, 1001])('keeps at most 20 of %i rows, first and last included', (length) => {
		const kept = thinIndices(length);
		expect(kept.length).toBeLessThanOrEqual(20);
		expect(kept[0]).toBe(0);
		expect(kept.at(-1)).toBe(length - 1);
		expect([...kept].sort((a, b) => a - b)).toEqual(kept);
	});
});

describe('cellText', () => {
	it.each([
		{ cell: null, format: undefined, text: '–' },
		{ cell: NaN, format: undefined, text: '–' },
		{ cell: 'right', format: undefined, text: 'right' },
		{ cell: 0.123456, format: undefined, text: '0.1235' },
		{ cell: 0.5, format: (n: number) => `${n * 100}%`, text: '50%' }
	])('$cell is written "$text"', ({ cell, format, text }) => {
		expect(cellText(cell, { label: 'x', format })).toBe(text);
	});
});

describe('seriesTable', () => {
	const step = { label: 'Step' };

	it.each([
		{
			name: 'one series, one row per point',
			series: [line('Loss', [1, 2, 3])],
			rows: [
				[1, 10],
				[2, 20],
				[3, 30]
			]
		},
		{
			name: 'a sparse series shares rows only where both have values, plus the last step',
			series: [line('Train', [1, 2, 3, 4, 5]), line('Test', [2, 4])],
			rows: [
				[2, 20, 20],
				[4, 40, 40],
				[5, 50, null]
			]
		},
		{
			name: 'an empty series leaves its column empty and does not empty the table',
			series: [line('A', [1, 2]), line('B', [])],
			rows: [
				[1, 10, null],
				[2, 20, null]
			]
		},
		{ name: 'no points, no rows', series: [line('A', [])], rows: [] }
	])('$name', ({ series, rows }) => {
		const table = seriesTable(series, step);
		expect(table.columns.map((c) => c.label)).toEqual(['Step', ...series.map((s) => s.label)]);
		expect(table.rows).toEqual(rows);
	});

	it('thins a long series to 20 rows and keeps the latest step', () => {
		const table = seriesTable([line('Train', range(500, 1)), line('Test', range(50, 1).map((i) => i * 10))], step);
		expect(table.rows.length).toBeLessThanOrEqual(20);
		expect(table.rows[0][0]).toBe(10);
		expect(table.rows.at(-1)).toEqual([500, 5000, 5000]);
		for (const row of table.rows) expect(row.every((cell) => typeof cell === 'number')).toBe(true);
	});

	it('gives every value column the value format', () => {
		const percent = (n: number) => `${n}%`;
		const table = seriesTable([line('A', [1]), line('B', [1])], step, percent);
		expect(table.columns.map((c) => c.format)).toEqual([undefined, percent, percent]);
	});
});

describe('blockSummaries', () => {
	it.each([
		{ values: [1, -2, 3, 0, 0, 0], size: 3, blocks: 2, out: [{ low: -2, high: 3, mean: 2 / 3 }, { low: 0, high: 0, mean: 0 }] },
		{ values: [5, 7], size: 2, blocks: 1, out: [{ low: 5, high: 7, mean: 6 }] },
		{ values: [], size: 4, blocks: 0, out: [] }
	])('$blocks blocks of $size', ({ values, size, blocks, out }) => {
		const summaries = blockSummaries(Float32Array.from(values), size, blocks);
		expect(summaries.map((s) => s.low)).toEqual(out.map((s) => s.low));
		expect(summaries.map((s) => s.high)).toEqual(out.map((s) => s.high));
		summaries.forEach((s, i) => expect(s.mean).toBeCloseTo(out[i].mean, 6));
	});
});
