/** Turns long series into what a chart can draw: only finite points, and about one pixel column's worth of them. */

export interface XY {
	x: number;
	y: number;
}

/** The points a chart can place: finite x and y, and y > 0 when the y axis is logarithmic. */
export function plottable(points: readonly XY[], logY = false): XY[] {
	return points.filter(
		(p) => Number.isFinite(p.x) && Number.isFinite(p.y) && (!logY || p.y > 0)
	);
}

/**
 * Keeps the first, lowest, highest and last point of each pixel column (the "M4" method), so a
 * line through the result is drawn exactly like a line through every point, with at most four
 * points per column. Expects finite points in x order; `domain` is the x range that spans the
 * `columns` pixels (the series' own range by default). Short series come back unchanged.
 */
export function downsample(
	points: readonly XY[],
	columns: number,
	domain: readonly [number, number] = [points[0]?.x ?? 0, points.at(-1)?.x ?? 0]
): XY[] {
	const count = Math.max(1, Math.floor(columns));
	if (points.length <= 4 * count) return points.slice();

	const [x0, x1] = domain;
	const span = x1 - x0;
	const columnOf = (x: number) =>
		span > 0 ? Math.min(count - 1, Math.max(0, Math.floor(((x - x0) / span) * count))) : 0;

	const kept: XY[] = [];
	let column = NaN;
	let first = 0;
	let last = 0;
	let lowest = 0;
	let highest = 0;
	const flush = () => {
		const indices = [...new Set([first, lowest, highest, last])].sort((a, b) => a - b);
		for (const i of indices) kept.push(points[i]);
	};
	for (let i = 0; i < points.length; i++) {
		const c = columnOf(points[i].x);
		if (c !== column) {
			if (i > 0) flush();
			column = c;
			first = last = lowest = highest = i;
			continue;
		}
		last = i;
		if (points[i].y < points[lowest].y) lowest = i;
		if (points[i].y > points[highest].y) highest = i;
	}
	flush();
	return kept;
}
