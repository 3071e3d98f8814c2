import { describe, expect, it } from 'vitest';
import { METRICS, METRIC_NAMES } from '../engine/metrics';
import type { DropoutMask, TestPoint } from '../engine/types';
import { absorbMetric, appendThinned, emptyMetric, emptyMetricSeries, rewindMetric } from './series';

it.each([
	[[1, 2], [3], 10, [1, 2, 3]],
	[[1, 2, 3, 4, 5, 6], [7, 8], 6, [1, 3, 5, 6, 7, 8]],
	[[], [], 3, []]
])('appendThinned(%j, %j, %i) is %j', (series, more, cap, expected) => {
	expect(appendThinned(series, more, cap)).toEqual(expected);
});

it('keeps a long stream under its cap with the newest points intact', () => {
	let series: number[] = [];
	for (let i = 0; i < 10_000; i += 10) series = appendThinned(series, Array.from({ length: 10 }, (_, k) => i + k), 1000);
	expect(series.length).toBeLessThanOrEqual(1000);
	expect(series.slice(-10)).toEqual(Array.from({ length: 10 }, (_, k) => 9990 + k));
	expect(series[0]).toBe(0);
});

describe('metric series follow their rows in the metric table', () => {
	const test = (step: number): TestPoint => ({ step, epoch: 0, loss: 1, accuracy: 0.5, trainLoss: 1, trainAccuracy: 0.5 });
	const mask = (step: number): DropoutMask => ({ step, layers: [[true, false]] });

	it('starts empty: a list for appended metrics, null for latest-only ones', () => {
		const empty = emptyMetricSeries();
		for (const name of METRIC_NAMES) expect(empty[name]).toEqual(METRICS[name].keep === 'all' ? [] : null);
	});

	it('replaces the last point when the same step is measured again (every test digit after fewer)', () => {
		const fewer = { ...test(2), accuracy: 0.4, testCount: 500 };
		const next = absorbMetric('test', [test(1), fewer], test(2));
		expect(next).toEqual([test(1), test(2)]);
	});

	it('appends to an appended metric without touching the old series, and thins it at its cap', () => {
		const held = [test(1)];
		const next = absorbMetric('test', held, test(2));
		expect(next.map((p) => p.step)).toEqual([1, 2]);
		expect(held).toHaveLength(1);
		let series = emptyMetric('weights');
		for (let step = 1; step <= 1000; step++) series = absorbMetric('weights', series, { step, layers: [] });
		const cap = METRICS.weights.keep === 'all' ? METRICS.weights.cap : 0;
		expect(series.length).toBeLessThanOrEqual(cap);
		expect(series.at(-1)?.step).toBe(1000);
	});

	it('keeps only the latest payload of a latest-only metric', () => {
		expect(absorbMetric('dropout', mask(1), mask(2))).toEqual(mask(2));
	});

	it('rewinds an appended metric by dropping points after the step, and keeps what its row keeps', () => {
		const held = [test(1), test(5), test(9)];
		expect(rewindMetric('test', held, 5).map((p) => p.step)).toEqual([1, 5]);
		expect(rewindMetric('test', held, 9)).toBe(held);
		expect(METRICS.dropout.rewind).toBe('keep');
		const latest = mask(9);
		expect(rewindMetric('dropout', latest, 5)).toBe(latest);
	});
});
