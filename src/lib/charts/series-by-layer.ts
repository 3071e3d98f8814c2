/** Turns per-layer snapshots into line-chart series, one per layer, coloured from the first layer to the last. */
import { interpolateViridis } from 'd3-scale-chromatic';
import type { LineSeries } from './LineChart.svelte';

/** Viridis stops short of its last yellows, which vanish on a white page. */
const DEEPEST = 0.85;

/** The colour of layer `index` of `count`: dark purple for the first, through blue, to green for the last. */
export function depthColor(index: number, count: number): string {
	const t = count > 1 ? (Math.min(Math.max(index, 0), count - 1) / (count - 1)) * DEEPEST : 0;
	return interpolateViridis(t);
}

/**
 * One series per layer name: layer i's points are (snapshot.step, values(snapshot)[i]) over the
 * snapshots, in order. Null, missing and non-finite values are left out.
 */
export function seriesByLayer<T extends { step: number }>(
	snapshots: readonly T[],
	values: (snapshot: T) => readonly (number | null)[],
	names: readonly string[],
	label: (index: number) => string
): LineSeries[] {
	const points = names.map(() => [] as LineSeries['points']);
	for (const snapshot of snapshots) {
		const row = values(snapshot);
		names.forEach((_, i) => {
			const y = row[i];
			if (typeof y === 'number' && Number.isFinite(y) && Number.isFinite(snapshot.step)) {
				points[i].push({ x: snapshot.step, y });
			}
		});
	}
	return names.map((name, i) => ({
		id: name,
		label: label(i),
		color: depthColor(i, names.length),
		points: points[i]
	}));
}
