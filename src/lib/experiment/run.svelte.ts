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
		for (const name of METRIC_NAMES) this.take(name, progress.metrics[name]);
	}

	private take<K extends MetricName>(name: K, payload: MetricPayloads[K] | undefined): void {
		if (payload) this.update(name, absorbMetric(name, this.cells[name].value, payload));
	}

	private update<K extends MetricName>(name: K, value: MetricSeries[K]): void {
		// An unchanged series keeps its identity, so nothing that reads it redraws.
		if (value !== this.cells[name].value) this.cells[name].value = value;
	}
}
