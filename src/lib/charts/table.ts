/**
 * The numbers behind a chart as a table, its text alternative: a header row, then one row per
 * step, layer, digit or run. Charts build one of these; ChartFigure shows it under "show numbers".
 */
import { formatPrecise } from './format';

/** A cell: a number (written with the column's format), a word, or nothing yet. */
export type TableCell = number | string | null;

export interface TableColumn {
	label: string;
	/** How this column writes its numbers; four significant digits by default. */
	format?: (value: number) => string;
}

export interface ChartTable {
	/** The first column heads the rows (step, layer, digit…); the rest hold the values. */
	columns: TableColumn[];
	/** Each row starts with its heading cell. */
	rows: TableCell[][];
}

/** Long series keep this many rows: enough to read the trend, few enough to read at all. */
export const MAX_ROWS = 20;

/** At most `max` indices of 0…length−1, evenly spread, always the first and the last. */
export function thinIndices(length: number, max = MAX_ROWS): number[] {
	const count = Math.max(0, Math.floor(length));
	if (count <= max) return Array.from({ length: count }, (_, i) => i);
	if (max <= 1) return [count - 1];
	const kept = new Set<number>();
	for (let k = 0; k < max; k++) kept.add(Math.round((k * (count - 1)) / (max - 1)));
	return [...kept];
}

/** A cell as text: "–" for nothing or a number that is not finite. */
export function cellText(cell: TableCell, column: TableColumn | undefined): string {
	if (cell === null) return '–';
	if (typeof cell === 'string') return cell;
	if (!Number.isFinite(cell)) return '–';
	return (column?.format ?? formatPrecise)(cell);
}

export interface TableSeries {
	label: string;
	points: readonly { x: number; y: number }[];
}

/**
 * Line series side by side, one column each, one row per x (a step, an input): the x values every
 * series has, plus the very last one, thinned to MAX_ROWS. Sharing rows only where all series have
 * a value keeps the rows full when one series is sparse (a test evaluation every few steps).
 */
export function seriesTable(
	series: readonly TableSeries[],
	xColumn: TableColumn,
	valueFormat?: (value: number) => string
): ChartTable {
	const present = series.filter((s) => s.points.length > 0);
	const byX = present.map((s) => new Map(s.points.map((p) => [p.x, p.y])));
	const everyX = [...new Set(present.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
	const shared = everyX.filter((x) => byX.every((values) => values.has(x)));
	const last = everyX.at(-1);
	const xs = last !== undefined && shared.at(-1) !== last ? [...shared, last] : shared;
	const rows = thinIndices(xs.length).map((i) => [
		xs[i],
		...series.map((s, k) => {
			const at = present.indexOf(s);
			return at < 0 ? null : (byX[at].get(xs[i]) ?? null);
		})
	]);
	return {
		columns: [xColumn, ...series.map((s) => ({ label: s.label, format: valueFormat }))],
		rows
	};
}

/** Smallest, largest and mean of each consecutive block of `size` values (one weight image per block). */
export function blockSummaries(values: ArrayLike<number>, size: number, blocks: number) {
	return Array.from({ length: blocks }, (_, b) => {
		let low = Infinity;
		let high = -Infinity;
		let sum = 0;
		for (let i = b * size; i < (b + 1) * size; i++) {
			const v = values[i];
			if (v < low) low = v;
			if (v > high) high = v;
			sum += v;
		}
		return { low, high, mean: sum / size };
	});
}
