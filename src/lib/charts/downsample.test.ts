import { describe, expect, it } from 'vitest';
import { downsample, plottable, type XY } from './downsample';

const series = (n: number, y: (i: number) => number): XY[] =>
	Array.from({ length: n }, (_, i) => ({ x: i, y: y(i) }));

describe('plottable', () => {
	it.each([
		{ name: 'drops NaN and infinite values', logY: false, ys: [1, NaN, 2, Infinity, -Infinity, 3], kept: [1, 2, 3] },
		{ name: 'keeps zero and negatives on a linear axis', logY: false, ys: [-1, 0, 1], kept: [-1, 0, 1] },
		{ name: 'drops zero and negatives on a log axis', logY: true, ys: [-1, 0, 0.5, 2], kept: [0.5, 2] }
	])('$name', ({ logY, ys, kept }) => {
		const points = ys.map((y, x) => ({ x, y }));
		expect(plottable(points, logY).map((p) => p.y)).toEqual(kept);
	});

	it('drops points whose x is not finite', () => {
		expect(plottable([{ x: NaN, y: 1 }, { x: 2, y: 1 }])).toEqual([{ x: 2, y: 1 }]);
	});
});

describe('downsample', () => {
	it('returns short series unchanged', () => {
		const points = series(40, (i) => i * i);
		expect(downsample(points, 100)).toEqual(points);
	});

	it.each([
		{ points: 10_000, columns: 100 },
		{ points: 5_000, columns: 390 },
		{ points: 100_000, columns: 1200 }
	])('keeps at most four of $points points per column over $columns columns', ({ points, columns }) => {
		const kept = downsample(series(points, (i) => Math.sin(i / 7) + ((i * 7919) % 13) / 13), columns);
		expect(kept.length).toBeLessThanOrEqual(4 * columns);
		expect(kept.length).toBeGreaterThanOrEqual(columns);
	});

	it('keeps both ends, the extremes, and x order', () => {
		const points = series(10_000, (i) => (i === 4321 ? 50 : i === 777 ? -50 : Math.cos(i)));
		const kept = downsample(points, 80);
		expect(kept[0]).toBe(points[0]);
		expect(kept.at(-1)).toBe(points.at(-1));
		expect(kept).toContain(points[4321]);
		expect(kept).toContain(points[777]);
		expect(kept.every((p, i) => i === 0 || p.x > kept[i - 1].x)).toBe(true);
	});

	it('buckets by the given domain, not the series range', () => {
		// The series covers a tenth of the axis, so only a tenth of the columns.
		const points = series(1_000, (i) => i % 2);
		expect(downsample(points, 100, [0, 10_000]).length).toBeLessThanOrEqual(4 * 10);
	});

	it('copes with every point at the same x', () => {
		const points = Array.from({ length: 500 }, (_, i) => ({ x: 3, y: i % 17 }));
		const kept = downsample(points, 10);
		expect(kept.length).toBeLessThanOrEqual(4);
		expect(Math.min(...kept.map((p) => p.y))).toBe(0);
		expect(Math.max(...kept.map((p) => p.y))).toBe(16);
	});
});
