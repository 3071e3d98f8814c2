/** A run's series: bounded growth, and how each metric table row absorbs and rewinds. */
import { METRICS, METRIC_NAMES, type MetricName, type MetricPayloads, type MetricSeries, type Stamped } from '../engine/metrics';

/** Growing metric series that stay bounded: when one gets too long its older half is thinned. */
export function appendThinned<T>(series: readonly T[], more: readonly T[], cap: number): T[] {
	const joined = series.concat(more);
	if (joined.length <= cap) return joined;
	const half = Math.floor(joined.length / 2);
	// Every other old point goes; the recent half keeps full detail.
	return joined.slice(0, half).filter((_, i) => i % 2 === 0).concat(joined.slice(half));
}

/** What a run holds for a metric before its first payload. */
export function emptyMetric<K extends MetricName>(name: K): MetricSeries[K] {
	return (METRICS[name].keep === 'all' ? [] : null) as MetricSeries[K];
}

export function emptyMetricSeries(): MetricSeries {
	return Object.fromEntries(METRIC_NAMES.map((name) => [name, emptyMetric(name)])) as MetricSeries;
}

/** A new value for the metric's series with `payload` taken in, as its row says; `held` is left as it was. */
export function absorbMetric<K extends MetricName>(name: K, held: MetricSeries[K], payload: MetricPayloads[K]): MetricSeries[K] {
	const row = METRICS[name];
	if (row.keep === 'latest') return payload as MetricSeries[K];
	// Measured again at the same step (a pause measuring on every test example after a report on
	// fewer): the newer measurement of the same model takes the older one's place.
	const points = held as Stamped[];
	if (points.at(-1)?.step === payload.step) return [...points.slice(0, -1), payload] as MetricSeries[K];
	return appendThinned(points, [payload], row.cap) as MetricSeries[K];
}

/** The metric's series as it was at `step`, as its row says: the same value where nothing changes. */
export function rewindMetric<K extends MetricName>(name: K, held: MetricSeries[K], step: number): MetricSeries[K] {
	if (METRICS[name].rewind === 'keep' || held === null) return held;
	if (Array.isArray(held)) {
		const kept = (held as Stamped[]).filter((p) => p.step <= step);
		return (kept.length === held.length ? held : kept) as MetricSeries[K];
	}
	return ((held as Stamped).step <= step ? held : null) as MetricSeries[K];
}
