/**
 * Each run's test and training loss, denser than the worker's evaluation once a second. On 100
 * training digits an epoch passes in a fraction of a second, so the page asks each run's model
 * for an evaluation after every update (one at a time per run) and keeps the answers here,
 * merged with the run's own evaluations. The asking slows the training a little, which on so
 * few digits only makes the curves easier to follow.
 */
import { untrack } from 'svelte';
import type { TestPoint } from '../../../engine/types';
import type { Experiment } from '../../../experiment/experiment.svelte';
import type { Run } from '../../../experiment/run.svelte';

/** Points kept per run beyond its own evaluations; the oldest half is thinned past it. */
const MAX_POINTS = 2000;

interface Asked {
	points: TestPoint[];
	waiting: boolean;
}

const asked = new WeakMap<Run, Asked>();
/** Bumped whenever any run's points change, so charts that read them redraw. */
const changes = $state({ count: 0 });

function askedOf(run: Run): Asked {
	let entry = asked.get(run);
	if (!entry) asked.set(run, (entry = { points: [], waiting: false }));
	return entry;
}

/** Every evaluation of a run, its own and those asked for, by step; from the run's own where both have a step. */
export function fitPoints(run: Run): TestPoint[] {
	void changes.count;
	const own = run.tests;
	const extra = (asked.get(run)?.points ?? []).filter((p) => p.step <= run.step);
	if (extra.length === 0) return own;
	const steps = new Set(own.map((p) => p.step));
	return [...own, ...extra.filter((p) => !steps.has(p.step))].sort((a, b) => a.step - b.step);
}

/** The evaluation with the lowest test loss so far: where early stopping would have kept the weights. */
export function lowestTest(points: readonly TestPoint[]): TestPoint | null {
	let best: TestPoint | null = null;
	for (const p of points) if (Number.isFinite(p.loss) && (!best || p.loss < best.loss)) best = p;
	return best;
}

/** Call inside an effect: asks each run for an evaluation whenever it has moved on. */
export function keepAsking(experiment: Experiment): void {
	if (experiment.phase === 'loading' || experiment.phase === 'failed') return;
	experiment.runs.forEach((run, index) => {
		const step = run.step;
		untrack(() => ask(experiment, run, index, step));
	});
}

async function ask(experiment: Experiment, run: Run, index: number, step: number): Promise<void> {
	const entry = askedOf(run);
	if (entry.waiting || step === 0 || entry.points.at(-1)?.step === step) return;
	entry.waiting = true;
	try {
		const point = await experiment.request('evaluate', {}, index);
		// A rebuilt or rewound run starts its points again.
		if (experiment.runs[index] !== run || point.step > run.step) return;
		const kept = entry.points.filter((p) => p.step < point.step);
		kept.push(point);
		entry.points = kept.length > MAX_POINTS ? kept.filter((_, i) => i % 2 === 0 || i >= kept.length / 2) : kept;
		changes.count++;
	} catch {
		// The models were replaced or are not ready: the next update asks again.
	} finally {
		entry.waiting = false;
	}
}
