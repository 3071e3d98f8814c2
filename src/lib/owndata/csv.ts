/**
 * A brought table: CSV text with a header row, numeric feature columns and one label column.
 * Reading is two steps so the page can offer the label column as a choice: `readTable` checks the
 * shape, `tableDataset` the chosen label and the numbers. Each refusal is a problem the page puts
 * in words; nothing here throws. Pure: no DOM.
 */
import { csvParseRows } from 'd3-dsv';
import type { OwnDataset } from './dataset';

export const MAX_TABLE_ROWS = 10_000;
export const MAX_TABLE_COLUMNS = 50;
export const MAX_TABLE_CLASSES = 50;
/** Far above 10,000 rows of 50 numbers; a bigger file is refused before it is read. */
export const MAX_TABLE_BYTES = 8 * 1024 * 1024;

export interface Table {
	columns: string[];
	/** Data rows, as text, each as long as `columns`. */
	rows: string[][];
}

export type TableProblem =
	| { kind: 'empty' }
	| { kind: 'notCsv' }
	| { kind: 'tooLarge'; megabytes: number }
	| { kind: 'noHeader' }
	| { kind: 'tooManyRows'; rows: number; most: number }
	| { kind: 'tooManyColumns'; columns: number; most: number }
	| { kind: 'ragged'; line: number; cells: number; columns: number }
	| { kind: 'nonNumeric'; line: number; column: string; value: string }
	| { kind: 'blankLabel'; line: number }
	| { kind: 'oneLabel'; column: string }
	| { kind: 'tooManyLabels'; column: string; count: number; most: number };

export type Result<T, P> = { ok: true; value: T } | { ok: false; problem: P };

const fail = <P>(problem: P): { ok: false; problem: P } => ({ ok: false, problem });

/** A cell as a finite number, or null (blank, words, Infinity). */
export function cellNumber(cell: string): number | null {
	const text = cell.trim();
	if (text === '') return null;
	const value = Number(text);
	return Number.isFinite(value) ? value : null;
}

/** Control characters other than tab and line breaks, or U+FFFD from undecodable bytes: a binary file, not text. */
const BINARY = /[\u0000-\u0008\u000e-\u001f\ufffd]/;

/** Checks the table's shape: text, a header of names, at least two columns, every row as long as the header, within the limits. */
export function readTable(text: string): Result<Table, TableProblem> {
	const body = text.replace(/^\ufeff/, '');
	if (body.trim() === '') return fail({ kind: 'empty' });
	if (BINARY.test(body.slice(0, 4096))) return fail({ kind: 'notCsv' });
	// Blank lines (a trailing newline, gaps) are not rows.
	const lines = csvParseRows(body).filter((row) => !(row.length === 1 && row[0].trim() === ''));
	const [header, ...rows] = lines;
	if (!header || header.length < 2) return fail({ kind: 'notCsv' });
	if (header.length > MAX_TABLE_COLUMNS) return fail({ kind: 'tooManyColumns', columns: header.length, most: MAX_TABLE_COLUMNS });
	// A first row of numbers is data, not names.
	if (header.some((cell) => cellNumber(cell) !== null)) return fail({ kind: 'noHeader' });
	if (rows.length > MAX_TABLE_ROWS) return fail({ kind: 'tooManyRows', rows: rows.length, most: MAX_TABLE_ROWS });
	const ragged = rows.findIndex((row) => row.length !== header.length);
	if (ragged >= 0) return fail({ kind: 'ragged', line: lineOf(ragged), cells: rows[ragged].length, columns: header.length });
	if (rows.length === 0) return fail({ kind: 'empty' });
	const columns = header.map((name, i) => name.trim() || `${i + 1}`);
	return { ok: true, value: { columns, rows } };
}

/** The line in the file of data row `index` (the header is line 1). */
const lineOf = (index: number) => index + 2;

/** The column a table most likely labels by: the last one that is not all numbers, else the last one. */
export function guessLabelColumn(table: Table): number {
	for (let c = table.columns.length - 1; c >= 0; c--) {
		if (table.rows.some((row) => cellNumber(row[c]) === null)) return c;
	}
	return table.columns.length - 1;
}

const LABEL_ORDER = new Intl.Collator('en', { numeric: true });

/** The dataset with column `label` as the classes (its distinct values, in natural order) and every other column as a numeric feature. */
export function tableDataset(table: Table, label: number): Result<OwnDataset, TableProblem> {
	const column = table.columns[label];
	const names = new Set<string>();
	for (let r = 0; r < table.rows.length; r++) {
		const value = table.rows[r][label].trim();
		if (value === '') return fail({ kind: 'blankLabel', line: lineOf(r) });
		names.add(value);
	}
	if (names.size < 2) return fail({ kind: 'oneLabel', column });
	if (names.size > MAX_TABLE_CLASSES) return fail({ kind: 'tooManyLabels', column, count: names.size, most: MAX_TABLE_CLASSES });
	const classes = [...names].sort(LABEL_ORDER.compare);
	const index = new Map(classes.map((name, i) => [name, i]));
	const featureColumns = table.columns.map((_, c) => c).filter((c) => c !== label);
	const examples = [];
	for (let r = 0; r < table.rows.length; r++) {
		const row = table.rows[r];
		const values: number[] = [];
		for (const c of featureColumns) {
			const value = cellNumber(row[c]);
			if (value === null) return fail({ kind: 'nonNumeric', line: lineOf(r), column: table.columns[c], value: row[c] });
			values.push(value);
		}
		examples.push({ values, label: index.get(row[label].trim())! });
	}
	return {
		ok: true,
		value: { kind: 'table', classes, features: featureColumns.map((c) => table.columns[c]), examples }
	};
}
