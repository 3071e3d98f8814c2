import { describe, expect, it } from 'vitest';
import { csvText } from '../classroom/csv';
import { readTable, tableDataset } from './csv';
import type { OwnDataset } from './dataset';
import { tableRows } from './table-export';

const dataset: OwnDataset = {
	kind: 'table',
	classes: ['=HYPERLINK("x")', '+1', '-a', '@b', 'plain'],
	features: ['=f', 'label'],
	examples: [
		{ values: [-1.5, 2], label: 0 },
		{ values: [3, 4], label: 1 },
		{ values: [5, 6], label: 2 },
		{ values: [7, 8], label: 3 },
		{ values: [9, 10], label: 4 }
	]
};

describe('a table written back as CSV', () => {
	it('escapes every text cell starting with =, +, - or @, and keeps negative numbers as numbers', () => {
		const lines = csvText(tableRows(dataset)).replace(/^\ufeff/, '').trim().split('\n');
		expect(lines[0]).toBe("'=f,label,label 2");
		expect(lines.slice(1)).toEqual([`-1.5,2,"'=HYPERLINK(""x"")"`, "3,4,'+1", "5,6,'-a", "7,8,'@b", '9,10,plain']);
	});

	it('reads back as the same features and examples', () => {
		const text = csvText(tableRows({ ...dataset, classes: ['a', 'b', 'c', 'd', 'e'], features: ['x', 'y'] }));
		const table = readTable(text);
		if (!table.ok) throw new Error(table.problem.kind);
		const made = tableDataset(table.value, 2);
		expect(made.ok && made.value.examples).toEqual(dataset.examples);
	});
});
