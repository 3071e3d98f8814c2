/**
 * The series of one training run, as the charts read them. Losses come from the training loop
 * itself; every other metric is a row of the metric table (engine/metrics.ts), absorbed and
 * rewound as its row says. Each series is replaced, never mutated.
 */
import { METRIC_NAMES, type MetricName, type MetricPayloads, type MetricSeries } from '../engine/metrics';
import type { LossPoint } from '../engine/types';
import type { Setting, SettingValue } from '../session/settings';
import type { RunProgress } from '../worker/protocol';
import { absorbMetric, appendThinned, emptyMetric, rewindMetric } from './series';

const MAX_LOSS_POINTS = 6000;
/** Epoch starts kept; at a batch of the whole training set every step starts one. */
const MAX_EPOCH_STARTS = 2000;

/** A step whose batch began epoch `epoch` (counted from 1). */
export interface EpochStart {
	step: number;
	epoch: number;
}

/** The run's own training time and examples used, up to a step where it was tested. */
export interface ClockPoint {
	step: number;
	seconds: number;
	examples: number;
}

/** One metric's series, in its own reactive cell so that charts of one metric ignore the others. */
class SeriesCell<K extends MetricName> {
	value: MetricSeries[K];

	constructor(name: K) {
		this.value = $state.raw(emptyMetric(name));
	}
}

type Cells = { [K in MetricName]: SeriesCell<K> };

/** A setting changed while the run trained: it took `value` from the step after `step`. */
export interface ChangeMark {
	step: number;
	setting: Setting;
	value: SettingValue;
}

export class Run {
	step = $state(0);
	epoch = $state(0);
	examplesPerSecond = $state(0);
	diverged = $state(false);
	/** The loss shot above ten times its starting value at some step (without becoming NaN). */
	exploded = $state(false);
	/** The first step's loss, and the highest finite loss so far: what the page quotes when a run blew up. */
	firstLoss: number | null = $state(null);
	peak: LossPoint | null = $state.raw(null);

	losses: LossPoint[] = $state.raw([]);
	/** Where each epoch began (epoch 1 at step 1); older ones thinned when there are very many. */
	epochStarts: EpochStart[] = $state.raw([]);
	/** Seconds this run's own steps have taken, and the examples they used; in a race each run keeps its own. */
	trainingSeconds = $state(0);
	trainedExamples = $state(0);
	/** Both of those at each test evaluation, so a page can tell how long a run took to reach an accuracy. */
	clock: ClockPoint[] = $state.raw([]);
	/** Live changes, in the order they were made. */
	marks: ChangeMark[] = $state.raw([]);
	private readonly cells = Object.fromEntries(METRIC_NAMES.map((name) => [name, new SeriesCell(name)])) as Cells;

	/** A metric's series by its name in the metric table. */
	series<K extends MetricName>(name: K): MetricSeries[K] {
		return this.cells[name].value;
	}

	get tests() {
		return this.series('test');
	}
	get weights() {
		return this.series('weights');
	}
	get activations() {
		return this.series('activations');
	}
	get gradients() {
		return this.series('gradients');
	}
	get images() {
		return this.series('images');
	}
	get gallery() {
		return this.series('gallery');
	}
	get dropout() {
		return this.series('dropout');
	}
	get plane() {
		return this.series('plane');
	}
	get parameters() {
		return this.series('parameters');
	}
	get confusion() {
		return this.series('confusion');
	}

	readonly lastLoss = $derived(this.losses.at(-1)?.loss ?? null);
	readonly lastTest = $derived(this.tests.at(-1) ?? null);

	/**
	 * Goes back to `step`, where a resumed run continues: losses after it are dropped, since the
	 * run will train those steps again, and each metric does what its row says.
	 */
	rewind(step: number): void {
		this.step = step;
		this.diverged = false;
		this.losses = this.losses.filter((p) => p.step <= step);
		this.marks = this.marks.filter((m) => m.step <= step);
		this.epochStarts = this.epochStarts.filter((s) => s.step <= step);
		this.clock = this.clock.filter((c) => c.step <= step);
		this.trainingSeconds = this.clock.at(-1)?.seconds ?? 0;
		this.trainedExamples = this.clock.at(-1)?.examples ?? 0;
		for (const name of METRIC_NAMES) this.update(name, rewindMetric(name, this.cells[name].value, step));
	}

	mark(changes: ChangeMark[]): void {
		if (changes.length) this.marks = [...this.marks, ...changes];
	}

	absorb(progress: RunProgress): void {
		this.step = progress.step;
		this.epoch = progress.epoch;
		this.diverged = progress.diverged;
		if (progress.examplesPerSecond > 0) this.examplesPerSecond = progress.examplesPerSecond;
		if (progress.losses.length) {
			this.losses = appendThinned(this.losses, progress.losses, MAX_LOSS_POINTS);
			this.firstLoss ??= progress.losses[0].loss;
			for (const p of progress.losses) {
				if (Number.isFinite(p.loss) && p.loss > (this.peak?.loss ?? -Infinity)) this.peak = p;
			}
			if (this.peak && this.peak.loss > 10 * this.firstLoss) this.exploded = true;
		}
		const starts = progress.epochStarts ?? [];
		if (starts.length) {
			// The chunk's last start began the epoch it ended in.
			const first = progress.epoch - starts.length + 1;
			const more = starts.map((step, i) => ({ step, epoch: first + i }));
			this.epochStarts = appendThinned(this.epochStarts, more, MAX_EPOCH_STARTS);
		}
		if (progress.trainingMs) this.trainingSeconds += progress.trainingMs / 1000;
		if (progress.examples) this.trainedExamples += progress.examples;
		for (const name of METRIC_NAMES) this.take(name, progress.metrics[name]);
		if (progress.metrics.test) {
			const point = { step: progress.step, seconds: this.trainingSeconds, examples: this.trainedExamples };
			this.clock = appendThinned(this.clock, [point], MAX_LOSS_POINTS);
		}
	}

	private take<K extends MetricName>(name: K, payload: MetricPayloads[K] | undefined): void {
		if (payload) this.update(name, absorbMetric(name, this.cells[name].value, payload));
	}

	private update<K extends MetricName>(name: K, value: MetricSeries[K]): void {
		// An unchanged series keeps its identity, so nothing that reads it redraws.
		if (value !== this.cells[name].value) this.cells[name].value = value;
	}
}
