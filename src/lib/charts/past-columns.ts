/** Past runs drawn over a line chart, in its table of numbers: a column each, beside the current runs'. */
import { thinIndices, type ChartTable, type TableColumn, type TableSeries } from './table';

/** The value a series had reached by `x`: its latest point at or before it; null before its first or after its last. */
export function valueAt(points: TableSeries['points'], x: number): number | null {
	if (points.length === 0 || x < points[0].x || x > points[points.length - 1].x) return null;
	let low = 0;
	let high = points.length - 1;
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		if (points[middle].x <= x) low = middle;
		else high = middle - 1;
	}
	return points[low].y;
}

/**
 * A chart's table with a column per past run. The rows stay the chart's own (a past run was kept
 * thinned, so it rarely has a point at exactly those steps); where the chart has no rows yet, the
 * steps of the past run that went furthest make them.
 */
export function withPastColumns(table: ChartTable, past: readonly TableSeries[], valueFormat?: TableColumn['format']): ChartTable {
	if (past.length === 0) return table;
	const columns = [...table.columns, ...past.map((s) => ({ label: s.label, format: valueFormat }))];
	if (table.rows.length === 0) {
		const longest = past.reduce((a, b) => ((b.points.at(-1)?.x ?? -Infinity) > (a.points.at(-1)?.x ?? -Infinity) ? b : a));
		const empty = table.columns.slice(1).map(() => null);
		const xs = thinIndices(longest.points.length).map((i) => longest.points[i].x);
		return { columns, rows: xs.map((x) => [x, ...empty, ...past.map((s) => valueAt(s.points, x))]) };
	}
	return { columns, rows: table.rows.map((row) => [...row, ...past.map((s) => valueAt(s.points, row[0] as number))]) };
}
