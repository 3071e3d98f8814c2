/**
 * Cutting a path of pixels at the edges of a plot (Liang–Barsky clipping), and finding where a
 * path left the plot, so a descent path that flies off is drawn up to the edge and marked there.
 */
export type Pixel = { x: number; y: number };
export type Box = { left: number; top: number; right: number; bottom: number };
export type Edge = 'left' | 'right' | 'top' | 'bottom' | 'inside';

export function isInside(p: Pixel, box: Box): boolean {
	return p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom;
}

/** The part of segment a→b inside the box, as fractions [enter, leave] along it (Liang–Barsky). */
export function clipSegment(a: Pixel, b: Pixel, box: Box): [number, number] | null {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	let enter = 0;
	let leave = 1;
	const sides: [number, number][] = [
		[-dx, a.x - box.left],
		[dx, box.right - a.x],
		[-dy, a.y - box.top],
		[dy, box.bottom - a.y]
	];
	for (const [p, q] of sides) {
		if (p === 0) {
			if (q < 0) return null;
			continue;
		}
		const t = q / p;
		if (p < 0) enter = Math.max(enter, t);
		else leave = Math.min(leave, t);
		if (enter > leave) return null;
	}
	return [enter, leave];
}

const along = (a: Pixel, b: Pixel, t: number): Pixel => ({
	x: a.x + t * (b.x - a.x),
	y: a.y + t * (b.y - a.y)
});
export const formatPixel = (p: Pixel): string => `${p.x.toFixed(1)},${p.y.toFixed(1)}`;

/**
 * The polyline cut to the box, as an SVG path. A diverging path reaches coordinates millions of
 * pixels away; cutting it here keeps those out of the DOM, and the clip path only tidies edges.
 */
export function clipPolyline(points: Pixel[], box: Box): string {
	let d = '';
	let penDown = false;
	for (let i = 1; i < points.length; i++) {
		const a = points[i - 1];
		const b = points[i];
		const kept = clipSegment(a, b, box);
		if (!kept) {
			penDown = false;
			continue;
		}
		const [enter, leave] = kept;
		if (!penDown || enter > 0) d += `M${formatPixel(along(a, b, enter))}`;
		d += `L${formatPixel(along(a, b, leave))}`;
		penDown = leave === 1;
	}
	return d;
}

/**
 * Where a path leaves the plot for good, with the edge it crosses; for a diverged path that never
 * leaves, its last point. Null for a path that ends inside without diverging.
 */
export function exitPoint(points: Pixel[], box: Box, diverged: boolean): (Pixel & { edge: Edge }) | null {
	const last = points.at(-1);
	if (!last) return null;
	if (isInside(last, box)) return diverged ? { ...last, edge: 'inside' } : null;
	let i = points.length - 2;
	while (i >= 0 && !isInside(points[i], box)) i--;
	if (i < 0) return null;
	const kept = clipSegment(points[i], points[i + 1], box);
	if (!kept) return null;
	const p = along(points[i], points[i + 1], kept[1]);
	const distances: [Edge, number][] = [
		['left', Math.abs(p.x - box.left)],
		['right', Math.abs(p.x - box.right)],
		['top', Math.abs(p.y - box.top)],
		['bottom', Math.abs(p.y - box.bottom)]
	];
	const edge = distances.reduce((best, next) => (next[1] < best[1] ? next : best))[0];
	return { ...p, edge };
}
