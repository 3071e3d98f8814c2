/** The batches-and-epochs page's measures of a run: how noisy its steps are, where its epochs begin, when it reached an accuracy. */
import type { LossPoint, TestPoint } from '../../engine/types';
import type { ClockPoint, EpochStart } from '../../experiment/run.svelte';

/** Steps the noise is measured over: the latest ones, so the first fast fall does not count as noise. */
export const SPREAD_WINDOW = 200;

/**
 * The step-to-step spread of the training loss: the standard deviation of the differences
 * between consecutive steps' losses. Each step's loss is measured on its own batch, so the
 * smaller the batch, the more it jumps from one step to the next. Null with fewer than three losses.
 */
export function stepSpread(losses: readonly number[]): number | null {
	const finite = losses.filter(Number.isFinite);
	if (finite.length < 3) return null;
	const differences = finite.slice(1).map((loss, i) => loss - finite[i]);
	const mean = differences.reduce((sum, d) => sum + d, 0) / differences.length;
	const variance = differences.reduce((sum, d) => sum + (d - mean) ** 2, 0) / differences.length;
	return Math.sqrt(variance);
}

/** The spread over a run's latest `window` steps (only consecutive steps: a thinned series has gaps). */
export function latestSpread(losses: readonly LossPoint[], window = SPREAD_WINDOW): number | null {
	const recent: number[] = [];
	for (let i = losses.length - 1; i >= 0 && recent.length < window; i--) {
		if (recent.length > 0 && losses[i + 1].step !== losses[i].step + 1) break;
		recent.push(losses[i].loss);
	}
	return stepSpread(recent.reverse());
}

/** Whole batches in one pass over N examples, ⌊N / B⌋ (the rest is dropped); a batch above N is all of them. */
export function stepsPerEpoch(trainCount: number, batchSize: number): number {
	return Math.floor(trainCount / Math.min(batchSize, trainCount));
}

/** 1, 2, 5, 10, 20, 50…: the smallest at or above `at`. */
function niceStride(at: number): number {
	for (let power = 1; ; power *= 10) {
		for (const factor of [1, 2, 5]) if (factor * power >= at) return factor * power;
	}
}

/**
 * The epoch boundaries to mark on a chart, as the epochs completed there: at most `max`, every
 * first, second, fifth, tenth… epoch's end, so the labels stay readable at tiny batches (many
 * steps per epoch) and at huge ones (an epoch every step).
 */
export function epochBoundaries(starts: readonly EpochStart[], max = 6): { step: number; completed: number }[] {
	const boundaries = starts.filter((s) => s.epoch > 1).map((s) => ({ step: s.step, completed: s.epoch - 1 }));
	if (boundaries.length === 0) return [];
	const stride = niceStride(boundaries.at(-1)!.completed / max);
	return boundaries.filter((b) => b.completed % stride === 0);
}

/** The first evaluation at or above `accuracy`, with the run's own training time and examples there; null until then. */
export function firstReach(
	tests: readonly TestPoint[],
	clock: readonly ClockPoint[],
	accuracy: number
): { step: number; epoch: number; seconds: number | null; examples: number | null } | null {
	const reached = tests.find((p) => p.accuracy >= accuracy);
	if (!reached) return null;
	// The clock is read at each evaluation; a thinned clock gives the next point it kept.
	const at = clock.find((c) => c.step >= reached.step);
	return { step: reached.step, epoch: reached.epoch, seconds: at?.seconds ?? null, examples: at?.examples ?? null };
}
