/** Reshapes weight snapshots into per-layer heatmap cells: one column per snapshot, one cell per histogram bin. */
import type { Histogram, LayerSpread, SpreadSnapshot } from '$lib/engine/types';

export interface LayerMoment {
	step: number;
	stats: LayerSpread;
}

export interface HeatCell {
	/** Which snapshot (column), in order. */
	column: number;
	/** The bin's weight-value range. */
	low: number;
	high: number;
	/** Share of the weights in the bin divided by the bin's width, so snapshots with different bin widths compare. */
	density: number;
}

export interface Heatmap {
	cells: HeatCell[];
	/** Weight-value range covered by all columns; [0, 0] when there are none. */
	low: number;
	high: number;
	maxDensity: number;
}

/** Layer names in the order they first appear. */
export function layerNames(snapshots: readonly SpreadSnapshot[]): string[] {
	const names = new Set<string>();
	for (const snapshot of snapshots) for (const stats of snapshot.layers) names.add(stats.layer);
	return [...names];
}

/** One layer's statistics through time, oldest first, in snapshot order. */
export function layerHistory(snapshots: readonly SpreadSnapshot[], layer: string): LayerMoment[] {
	const history: LayerMoment[] = [];
	for (const snapshot of snapshots) {
		const stats = snapshot.layers.find((s) => s.layer === layer);
		if (stats) history.push({ step: snapshot.step, stats });
	}
	return history;
}

/**
 * Cells for a heatmap with one column per histogram, each bin placed at its own edges.
 * Histograms with non-finite or empty ranges, or no finite positive counts, leave their column empty.
 */
export function heatmap(histograms: readonly Histogram[]): Heatmap {
	const cells: HeatCell[] = [];
	let low = Infinity;
	let high = -Infinity;
	let maxDensity = 0;
	histograms.forEach(({ x0, x1, counts }, column) => {
		if (!Number.isFinite(x0) || !Number.isFinite(x1) || !(x1 > x0) || counts.length === 0) return;
		const total = counts.reduce((sum, c) => (Number.isFinite(c) && c > 0 ? sum + c : sum), 0);
		if (!(total > 0)) return;
		const width = (x1 - x0) / counts.length;
		low = Math.min(low, x0);
		high = Math.max(high, x1);
		counts.forEach((count, bin) => {
			if (!Number.isFinite(count) || count <= 0) return;
			const density = count / total / width;
			maxDensity = Math.max(maxDensity, density);
			cells.push({ column, low: x0 + bin * width, high: x0 + (bin + 1) * width, density });
		});
	});
	return cells.length ? { cells, low, high, maxDensity } : { cells, low: 0, high: 0, maxDensity: 0 };
}
