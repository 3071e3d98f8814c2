/**
 * A read-only hook for `npm run bench` and the tests: the latest numbers of an experiment,
 * mirrored to `globalThis.__stepOne` after every progress event. Nothing in the app reads it.
 */
import type { Experiment } from '../experiment/experiment.svelte';
import type { BackendHealth } from '../worker/protocol';

export interface BenchmarkHook extends BackendHealth {
	/** The main run's step. */
	step: number;
	/** Progress events received so far. */
	updates: number;
	examplesPerSecond: number;
	/** The main run's latest test accuracy, 0..1; null before the first test. */
	accuracy: number | null;
	/** Runs training together (a comparison: 2, a race: up to 5). */
	runs: number;
}

declare global {
	var __stepOne: BenchmarkHook | undefined;
}

/** Mirrors `experiment` until the returned function is called. */
export function watchForBenchmark(experiment: Experiment): () => void {
	return $effect.root(() => {
		$effect(() => {
			const health = experiment.health;
			const updates = experiment.updates;
			if (!health) return;
			const main = experiment.runs[0];
			globalThis.__stepOne = {
				tensors: health.tensors,
				programs: health.programs,
				overheadShare: health.overheadShare,
				testCount: health.testCount,
				runs: experiment.runs.length,
				step: main.step,
				updates,
				examplesPerSecond: main.examplesPerSecond,
				accuracy: main.lastTest?.accuracy ?? null
			};
		});
	});
}
