/**
 * Rows of cells as CSV text (d3-dsv's quoting), safe to open in a spreadsheet: a text cell
 * that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
 * return) gets a leading apostrophe. Numbers are written as numbers.
 */
import { csvFormatRows } from 'd3-dsv';

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as the spreadsheet should read it: formulas defused, numbers left alone. */
function defused(cell: CsvCell): string | number | null {
	return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function csvCell(cell: CsvCell): string {
	return csvFormatRows([[defused(cell) as string]]);
}

/** The rows as CSV, with a byte-order mark so spreadsheets read the UTF-8 (Chinese run names) right. */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
	return '\ufeff' + csvFormatRows(rows.map((row) => row.map((cell) => defused(cell) as string))) + '\n';
}
