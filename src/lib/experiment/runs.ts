/** How runs are told apart on a page: colours, and smoothed curves for overlays. */
import type { LossPoint } from '../engine/types';

/** Run A blue, run B orange, then further sweep colours; each with its own line pattern and marker (run-styles.ts). */
export { RUN_COLORS } from '../charts/run-styles';

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
