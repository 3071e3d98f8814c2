import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { guessLabelColumn, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, readTable, tableDataset, type Table } from './csv';

const table = (text: string): Table => {
	const read = readTable(text);
	if (!read.ok) throw new Error(`refused: ${read.problem.kind}`);
	return read.value;
};
const problemOf = (text: string, label?: number) => {
	const read = readTable(text);
	if (!read.ok) return read.problem;
	const made = tableDataset(read.value, label ?? guessLabelColumn(read.value));
	return made.ok ? null : made.problem;
};

describe('reading a CSV table', () => {
	it('reads features as numbers and the label column as classes in natural order', () => {
		const t = table('a,b,kind\n1,2,cat\n3,4.5,dog\r\n-1,1e2,cat\n\n');
		expect(t.columns).toEqual(['a', 'b', 'kind']);
		expect(guessLabelColumn(t)).toBe(2);
		const made = tableDataset(t, 2);
		expect(made).toEqual({
			ok: true,
			value: {
				kind: 'table',
				classes: ['cat', 'dog'],
				features: ['a', 'b'],
				examples: [
					{ values: [1, 2], label: 0 },
					{ values: [3, 4.5], label: 1 },
					{ values: [-1, 100], label: 0 }
				]
			}
		});
	});

	it('takes a numeric label column when chosen, ordering 2 before 10, and skips a byte-order mark', () => {
		const t = table('\ufeffx,y\n0.5,10\n0.7,2\n0.1,10\n');
		expect(guessLabelColumn(t)).toBe(1);
		const made = tableDataset(t, 1);
		expect(made.ok && made.value.classes).toEqual(['2', '10']);
		expect(made.ok && made.value.examples.map((e) => e.label)).toEqual([1, 0, 1]);
	});

	it('reads the sample table shipped with the site: 150 rows, 4 features, 3 classes of 50', () => {
		const text = readFileSync('static/samples/iris.csv', 'utf8');
		const t = table(text);
		const made = tableDataset(t, guessLabelColumn(t));
		if (!made.ok) throw new Error(made.problem.kind);
		expect(made.value.features).toHaveLength(4);
		expect(made.value.classes).toEqual(['setosa', 'versicolor', 'virginica']);
		expect(made.value.examples).toHaveLength(150);
		expect([0, 1, 2].map((c) => made.value.examples.filter((e) => e.label === c).length)).toEqual([50, 50, 50]);
	});
});

describe('refusing a CSV table', () => {
	it('refuses an empty file, and one with a header and no rows', () => {
		expect(problemOf('')).toEqual({ kind: 'empty' });
		expect(problemOf(' \n\r\n')).toEqual({ kind: 'empty' });
		expect(problemOf('a,b\n')).toEqual({ kind: 'empty' });
	});

	it('refuses a file that is not CSV text: binary bytes, or a single column', () => {
		expect(problemOf('\x89PNG\r\n\x1a\n\u0000\u0000IHDR')).toEqual({ kind: 'notCsv' });
		expect(problemOf('just some words\nand more words\n')).toEqual({ kind: 'notCsv' });
	});

	it('refuses a first row of numbers as having no header', () => {
		expect(problemOf('1,2,3\n4,5,6\n')).toEqual({ kind: 'noHeader' });
		expect(problemOf('width,2,label\n4,5,a\n')).toEqual({ kind: 'noHeader' });
	});

	it('refuses ragged rows, naming the line', () => {
		expect(problemOf('a,b,c\n1,2,x\n3,4\n')).toEqual({ kind: 'ragged', line: 3, cells: 2, columns: 3 });
	});

	it('refuses words in a feature column, naming the line, column and value', () => {
		expect(problemOf('a,b,c\n1,2,x\n3,oops,y\n', 2)).toEqual({ kind: 'nonNumeric', line: 3, column: 'b', value: 'oops' });
		expect(problemOf('a,b,c\n1,,x\n3,4,y\n', 2)).toEqual({ kind: 'nonNumeric', line: 2, column: 'b', value: '' });
	});

	it('refuses a label column with one value, a blank label, or more than 50 values', () => {
		expect(problemOf('a,c\n1,x\n3,x\n', 1)).toEqual({ kind: 'oneLabel', column: 'c' });
		expect(problemOf('a,c\n1,x\n3, \n', 1)).toEqual({ kind: 'blankLabel', line: 3 });
		const many = 'a,c\n' + Array.from({ length: 51 }, (_, i) => `${i},k${i}`).join('\n');
		expect(problemOf(many, 1)).toEqual({ kind: 'tooManyLabels', column: 'c', count: 51, most: 50 });
		const fifty = 'a,c\n' + Array.from({ length: 50 }, (_, i) => `${i},k${i}`).join('\n');
		expect(problemOf(fifty, 1)).toBeNull();
	});

	it('refuses more than 10,000 rows or 50 columns, and takes exactly those', () => {
		const rows = (n: number) => 'a,c\n' + Array.from({ length: n }, (_, i) => `${i},${i % 2}`).join('\n');
		expect(problemOf(rows(MAX_TABLE_ROWS))).toBeNull();
		expect(problemOf(rows(MAX_TABLE_ROWS + 1))).toEqual({ kind: 'tooManyRows', rows: 10_001, most: 10_000 });
		const columns = (n: number) => {
			const names = Array.from({ length: n }, (_, i) => `f${i}`);
			return `${names.join(',')}\n${names.map(() => 1).join(',')}\n${names.map(() => 2).join(',')}\n`;
		};
		expect(problemOf(columns(MAX_TABLE_COLUMNS))).toBeNull();
		expect(problemOf(columns(MAX_TABLE_COLUMNS + 1))).toEqual({ kind: 'tooManyColumns', columns: 51, most: 50 });
	});
});
