import { expect, it } from 'vitest';
import { appendThinned } from './series';

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
