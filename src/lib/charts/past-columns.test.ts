import { describe, expect, it } from 'vitest';
import { valueAt, withPastColumns } from './past-columns';
import type { ChartTable } from './table';

const points = [
	{ x: 2, y: 0.5 },
	{ x: 4, y: 0.4 },
	{ x: 8, y: 0.2 }
];

describe('valueAt', () => {
	it.each([
		[1, null],
		[2, 0.5],
		[3, 0.5],
		[7, 0.4],
		[8, 0.2],
		[9, null]
	])('at step %d gives %s', (x, expected) => {
		expect(valueAt(points, x)).toBe(expected);
	});
});

describe('withPastColumns', () => {
	const table: ChartTable = {
		columns: [{ label: 'Step' }, { label: 'Loss' }],
		rows: [
			[1, 2.3],
			[4, 1.9],
			[10, 1.5]
		]
	};

	it('adds a column per past run, read at the chart’s own steps', () => {
		const out = withPastColumns(table, [{ label: 'Past run 1', points }]);
		expect(out.columns.map((c) => c.label)).toEqual(['Step', 'Loss', 'Past run 1']);
		expect(out.rows).toEqual([
			[1, 2.3, null],
			[4, 1.9, 0.4],
			[10, 1.5, null]
		]);
	});

	it('uses the past runs’ own steps when the chart has none yet', () => {
		const out = withPastColumns({ columns: table.columns, rows: [] }, [
			{ label: 'Past run 1', points },
			{ label: 'Past run 2', points: points.slice(0, 2) }
		]);
		expect(out.rows).toEqual([
			[2, null, 0.5, 0.5],
			[4, null, 0.4, 0.4],
			[8, null, 0.2, null]
		]);
	});

	it('leaves a table without past runs as it was', () => {
		expect(withPastColumns(table, [])).toBe(table);
	});
});
