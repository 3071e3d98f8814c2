/** Pure number crunching on weights read back from the backend. */
import type { Histogram } from './types';

export function meanAndStd(values: ArrayLike<number>): { mean: number; std: number } {
	let sum = 0;
	for (let i = 0; i < values.length; i++) sum += values[i];
	const mean = sum / values.length;
	let squares = 0;
	for (let i = 0; i < values.length; i++) squares += (values[i] - mean) ** 2;
	return { mean, std: Math.sqrt(squares / values.length) };
}

/**
 * How close to zero a weight must be to count as switched off: L1 with plain gradient steps
 * leaves weights jittering around zero, never exactly on it.
 */
export const NEAR_ZERO = 1e-3;

/** The share of `values` whose size is below `tolerance` (0 for none). */
export function nearZeroShare(values: ArrayLike<number>, tolerance = NEAR_ZERO): number {
	let count = 0;
	for (let i = 0; i < values.length; i++) if (Math.abs(values[i]) < tolerance) count++;
	return values.length > 0 ? count / values.length : 0;
}

/** Counts values into `bins` equal bins spanning their range (a degenerate range gets width 1). */
export function histogram(values: ArrayLike<number>, bins: number): Histogram {
	let min = Infinity;
	let max = -Infinity;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v < min) min = v;
		if (v > max) max = v;
	}
	if (!Number.isFinite(min) || !Number.isFinite(max)) return { x0: 0, x1: 0, counts: [] };
	if (max - min < 1e-12) {
		min -= 0.5;
		max += 0.5;
	}
	const counts = new Array<number>(bins).fill(0);
	const scale = bins / (max - min);
	for (let i = 0; i < values.length; i++) {
		counts[Math.min(bins - 1, Math.floor((values[i] - min) * scale))]++;
	}
	return { x0: min, x1: max, counts };
}

/** Bins of every weight and activation histogram. */
export const HISTOGRAM_BINS = 30;
