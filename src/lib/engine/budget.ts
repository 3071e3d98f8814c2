/**
 * The evaluation budget: how often the worker evaluates and on how many examples, so that
 * evaluation, probes and reports together take at most a tenth of its time on any backend, and
 * an honest examples/s (wall clock, everything included). Pure bookkeeping: no TF.js, no clock
 * of its own; the worker passes the milliseconds it measured.
 */

export const BUDGET = {
	/** Most of the worker's time that may go to anything but training steps. */
	share: 0.1,
	/** Reports come no more often than this. */
	intervalMs: 1000,
	/** Nor less often than this, whatever they cost: a chart that stops is worse than a slow run. */
	maxIntervalMs: 10_000,
	/** Time constant of the ledger: older work counts less and less. */
	ledgerMs: 10_000,
	/** Share of one interval's allowance a report may plan to use; the rest is for the update probes. */
	headroom: 0.8,
	/** The examples/s window: longer than the report interval, so a report is always inside it. */
	rateWindowMs: 2000
};

/** Examples a report looks at: test examples, and training examples for the train-test gap. */
export interface EvaluationCounts {
	test: number;
	train: number;
}

/** The sizes a report may choose from: the whole sets, and the fixed forward-pass size. */
export interface EvaluationSets {
	testFull: number;
	trainFull: number;
	/** Counts are whole multiples of this (or a whole set), so no pass has a new shape. */
	chunk: number;
}

/** Training time and everything else, both fading with time constant `ledgerMs`. */
export class WorkLedger {
	training = 0;
	overhead = 0;

	constructor(private readonly timeConstantMs = BUDGET.ledgerMs) {}

	/** Records `ms` of work of one kind; everything before fades by the time it took. */
	add(kind: 'training' | 'overhead', ms: number): void {
		if (!(ms > 0)) return;
		const fade = Math.exp(-ms / this.timeConstantMs);
		this.training *= fade;
		this.overhead *= fade;
		this[kind] += ms;
	}

	/** The share of time that was not training, with `extraMs` more overhead on top. */
	share(extraMs = 0): number {
		const total = this.training + this.overhead + extraMs;
		return total > 0 ? (this.overhead + extraMs) / total : 0;
	}

	reset(): void {
		this.training = 0;
		this.overhead = 0;
	}
}

/** Examples per second over the latest `windowMs` of wall-clock time, whatever filled it. */
export class RateMeter {
	private entries: { examples: number; ms: number }[] = [];

	constructor(private readonly windowMs = BUDGET.rateWindowMs) {}

	/** `examples` trained in `ms` of wall-clock time (training, probes, posting, waiting: all of it). */
	add(examples: number, ms: number): void {
		if (!(ms > 0)) return;
		this.entries.push({ examples, ms });
		// Drop the oldest while what is left still covers the window.
		let covered = this.entries.reduce((sum, e) => sum + e.ms, 0);
		while (this.entries.length > 1 && covered - this.entries[0].ms >= this.windowMs) {
			covered -= this.entries[0].ms;
			this.entries.shift();
		}
	}

	/** 0 before anything was added. */
	get rate(): number {
		let examples = 0;
		let ms = 0;
		for (const e of this.entries) {
			examples += e.examples;
			ms += e.ms;
		}
		return ms > 0 ? (examples * 1000) / ms : 0;
	}

	/** Wall-clock milliseconds the rate covers. */
	get coveredMs(): number {
		return this.entries.reduce((sum, e) => sum + e.ms, 0);
	}

	reset(): void {
		this.entries = [];
	}
}

/** Every example of both sets. */
export function fullCounts(sizes: EvaluationSets): EvaluationCounts {
	return { test: sizes.testFull, train: sizes.trainFull };
}

/** The largest whole number of chunks in `fraction` of `full`, at least one chunk, at most all. */
function chunked(full: number, fraction: number, chunk: number): number {
	if (fraction >= 1 || full <= chunk) return full;
	return Math.min(full, Math.max(chunk, Math.floor((full * fraction) / chunk) * chunk));
}

/**
 * Examples for each run's next report, given what one example cost at the last report
 * (milliseconds per example evaluated, every report probe included; null before the first).
 * The runs share the allowance of one interval, so each of N runs gets 1/N of it.
 */
export function evaluationCounts(
	sizes: EvaluationSets,
	msPerExample: number | null,
	runs = 1,
	budget: Pick<typeof BUDGET, 'share' | 'intervalMs' | 'headroom'> = BUDGET
): EvaluationCounts {
	if (msPerExample === null || !(msPerExample > 0)) return fullCounts(sizes);
	const allowanceMs = (budget.share * budget.intervalMs * budget.headroom) / Math.max(1, runs);
	const fraction = allowanceMs / msPerExample / (sizes.testFull + sizes.trainFull);
	return { test: chunked(sizes.testFull, fraction, sizes.chunk), train: chunked(sizes.trainFull, fraction, sizes.chunk) };
}

export interface ReportQuestion {
	/** Milliseconds since the last report began; null before any report. */
	sinceLastMs: number | null;
	/** The training and other time so far. */
	ledger: Pick<WorkLedger, 'training' | 'overhead'>;
	/** What the next report is expected to cost, in milliseconds (all runs together). */
	expectedMs: number;
}

/**
 * Whether a report is due now: the first always; then no sooner than `intervalMs` after the last,
 * and only once adding its expected cost keeps the non-training share within `share` — unless
 * `maxIntervalMs` has passed, when it is due anyway.
 */
export function reportDue(
	question: ReportQuestion,
	budget: Pick<typeof BUDGET, 'share' | 'intervalMs' | 'maxIntervalMs'> = BUDGET
): boolean {
	const { sinceLastMs, ledger, expectedMs } = question;
	if (sinceLastMs === null) return true;
	if (sinceLastMs < budget.intervalMs) return false;
	if (sinceLastMs >= budget.maxIntervalMs) return true;
	const overhead = ledger.overhead + expectedMs;
	return overhead <= budget.share * (ledger.training + overhead);
}
