/** How runs are told apart on a page: colours, and smoothed curves for overlays. */
import type { LossPoint } from '../engine/types';

/** Run A blue, run B orange, then further sweep colours; colour-blind friendly (Okabe–Ito). */
export const RUN_COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9'];

/** Exponential moving average of the per-batch loss, so several runs can share one chart. */
export function smoothLosses(losses: readonly LossPoint[], weight = 0.9): { x: number; y: number }[] {
	const points: { x: number; y: number }[] = [];
	let average: number | null = null;
	for (const p of losses) {
		if (!Number.isFinite(p.loss)) break;
		average = average === null ? p.loss : weight * average + (1 - weight) * p.loss;
		points.push({ x: p.step, y: average });
	}
	return points;
}
