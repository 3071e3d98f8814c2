/**
 * THE METRIC TABLE: everything a run reports besides its losses. Each row says when its probe
 * is taken, what it carries (its payload type), how a run's series keeps it and what a rewind
 * does to it. The probe of row `name` is `PROBES[name]` in probes/index.ts (the compiler asks
 * for one per row); the worker, the protocol and the page's Run all follow this table, so a
 * new metric is a row here plus its probe. TF.js-free: the page reads this table too.
 */
import type {
	ActivationSnapshot,
	ConfusionMatrix,
	DropoutMask,
	GallerySample,
	GradientNormPoint,
	NetworkParameters,
	PlaneMap,
	TestPoint,
	WeightImages,
	WeightSnapshot
} from './types';

/** 'report': about once a second, with the test; 'update': with every progress event (~10 a second). */
export type MetricTiming = 'report' | 'update';

/** Every payload says at which step it was taken. */
export interface Stamped {
	step: number;
}

interface MetricRowBase<T extends Stamped> {
	when: MetricTiming;
	/** On going back to step N (a resumed checkpoint): drop what was taken after N, or keep it. */
	rewind: 'dropAfter' | 'keep';
	/** False when the payload shows the run has diverged (NaN or infinite numbers). */
	healthy?: (payload: T) => boolean;
	/** Never set: carries the payload type for the types below. */
	readonly payload?: T;
}

/** Every payload is appended; the series is thinned (older half, every other point) beyond `cap`. */
export interface AppendedMetric<T extends Stamped> extends MetricRowBase<T> {
	keep: 'all';
	cap: number;
}

/** Only the latest payload is kept. */
export interface LatestMetric<T extends Stamped> extends MetricRowBase<T> {
	keep: 'latest';
}

export type MetricRow<T extends Stamped> = AppendedMetric<T> | LatestMetric<T>;

const appended = <T extends Stamped>(row: Omit<AppendedMetric<T>, 'keep' | 'payload'>): AppendedMetric<T> => ({
	keep: 'all',
	...row
});
const latest = <T extends Stamped>(row: Omit<LatestMetric<T>, 'keep' | 'payload'>): LatestMetric<T> => ({
	keep: 'latest',
	...row
});

/** Snapshots of per-layer numbers kept per run; a few minutes' worth at one a second. */
const SNAPSHOTS = 240;

/** In the order the probes are taken. */
export const METRICS = {
	/** Loss and accuracy on the test examples and on training examples, without dropout. */
	test: appended<TestPoint>({ when: 'report', cap: SNAPSHOTS * 4, rewind: 'dropAfter', healthy: (p) => Number.isFinite(p.loss) }),
	/** Every test example counted by right answer × the model's answer, from the evaluation's own pass. */
	confusion: latest<ConfusionMatrix>({ when: 'report', rewind: 'keep' }),
	/** Some test examples with the model's current predictions. */
	gallery: latest<GallerySample>({ when: 'report', rewind: 'keep' }),
	/** Each layer's weight statistics; a non-finite mean means a NaN or infinite weight. */
	weights: appended<WeightSnapshot>({
		when: 'report',
		cap: SNAPSHOTS,
		rewind: 'dropAfter',
		healthy: (p) => p.layers.every((l) => Number.isFinite(l.mean))
	}),
	/** Each layer's gradient norm at the chunk's last step. */
	gradients: appended<GradientNormPoint>({ when: 'report', cap: SNAPSHOTS, rewind: 'dropAfter' }),
	/** Each hidden layer's outputs on a fixed batch of test examples. */
	activations: appended<ActivationSnapshot>({ when: 'report', cap: SNAPSHOTS, rewind: 'dropAfter' }),
	/** The first layer's weights as images. */
	images: latest<WeightImages>({ when: 'report', rewind: 'keep' }),
	/** Which units dropout kept at the latest step: changes with every update. */
	dropout: latest<DropoutMask>({ when: 'update', rewind: 'keep' }),
	/** A network in the plane: its output and first hidden units across the square drawn. */
	plane: latest<PlaneMap>({ when: 'update', rewind: 'keep' }),
	/** Every weight and bias of a network small enough to draw link by link. */
	parameters: latest<NetworkParameters>({
		when: 'update',
		rewind: 'keep',
		healthy: (p) => p.layers.every((l) => l.kernel.every(Number.isFinite))
	})
};

export type MetricName = keyof typeof METRICS;
export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

/** The payload each metric carries. */
export type MetricPayloads = {
	[K in MetricName]: (typeof METRICS)[K] extends MetricRow<infer T> ? T : never;
};

/** What a run holds for each metric: every point for appended rows, the latest (or null) for the others. */
export type MetricSeries = {
	[K in MetricName]: (typeof METRICS)[K] extends AppendedMetric<infer T> ? T[] : MetricPayloads[K] | null;
};
