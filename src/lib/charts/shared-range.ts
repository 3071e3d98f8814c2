/**
 * One value range for charts drawn side by side, so the same height means the same value in each:
 * run A's and run B's gradient charts, or every layer's histogram. Each chart fitting its own
 * values made a level run look like a steep U beside a staircase.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import type { Histogram } from '../engine/types';

/** The positive, finite values' range, widened to whole powers of ten; undefined if there are none. */
export function sharedLogRange(lists: readonly (readonly number[] | null | undefined)[]): [number, number] | undefined {
	let low = Infinity;
	let high = -Infinity;
	for (const values of lists)
		for (const v of values ?? []) {
			if (!Number.isFinite(v) || v <= 0) continue;
			low = Math.min(low, v);
			high = Math.max(high, v);
		}
	if (!(high >= low)) return undefined;
	if (high === low) [low, high] = [low / 2, high * 2];
	const [a, b] = scaleLog().domain([low, high]).nice().domain();
	return [a, b];
}

/** The finite values' range, with round ends; undefined if there are none. */
export function sharedLinearRange(lists: readonly (readonly number[])[]): [number, number] | undefined {
	let low = Infinity;
	let high = -Infinity;
	for (const values of lists)
		for (const v of values) {
			if (!Number.isFinite(v)) continue;
			low = Math.min(low, v);
			high = Math.max(high, v);
		}
	if (!(high >= low)) return undefined;
	if (high === low) [low, high] = [low - 1, high + 1];
	const [a, b] = scaleLinear().domain([low, high]).nice().domain();
	return [a, b];
}

/** The range every histogram of every layer of every run covers. */
export function sharedHistogramRange(
	runs: readonly (readonly { layers: readonly { histogram: Histogram }[] }[])[]
): [number, number] | undefined {
	let low = Infinity;
	let high = -Infinity;
	for (const snapshots of runs)
		for (const snapshot of snapshots)
			for (const { histogram } of snapshot.layers) {
				if (!Number.isFinite(histogram.x0) || !Number.isFinite(histogram.x1) || !(histogram.x1 > histogram.x0)) continue;
				low = Math.min(low, histogram.x0);
				high = Math.max(high, histogram.x1);
			}
	return high > low ? [low, high] : undefined;
}
