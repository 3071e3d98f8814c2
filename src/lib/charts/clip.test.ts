import { describe, expect, it } from 'vitest';
import { clipPolyline, clipSegment, exitPoint, type Box, type Pixel } from './clip';

const box: Box = { left: 0, top: 0, right: 100, bottom: 100 };
const p = (x: number, y: number): Pixel => ({ x, y });

describe('clipSegment', () => {
	it.each([
		['inside', p(10, 10), p(90, 90), [0, 1]],
		['leaving on the right', p(50, 50), p(150, 50), [0, 0.5]],
		['entering from the left', p(-100, 50), p(100, 50), [0.5, 1]],
		['crossing the whole box', p(-50, 50), p(150, 50), [0.25, 0.75]],
		['missing it', p(-50, -50), p(-10, 150), null],
		['running along outside', p(-10, 0), p(-10, 100), null]
	] as [string, Pixel, Pixel, [number, number] | null][])('%s', (_name, a, b, expected) => {
		expect(clipSegment(a, b, box)).toEqual(expected);
	});
});

describe('clipPolyline', () => {
	it.each([
		['inside', [p(0, 0), p(50, 50), p(100, 0)], 'M0.0,0.0L50.0,50.0L100.0,0.0'],
		['cut where it leaves', [p(50, 50), p(150, 50)], 'M50.0,50.0L100.0,50.0'],
		['a gap where it is outside', [p(50, 50), p(150, 50), p(50, 60)], 'M50.0,50.0L100.0,50.0M100.0,55.0L50.0,60.0'],
		['a point a million pixels away never reaches the path', [p(50, 50), p(1e6, 50)], 'M50.0,50.0L100.0,50.0'],
		['no segment', [p(50, 50)], '']
	] as [string, Pixel[], string][])('%s', (_name, points, d) => {
		expect(clipPolyline(points, box)).toBe(d);
	});
});

describe('exitPoint', () => {
	it.each([
		['a path that stays inside', [p(10, 10), p(20, 20)], false, null],
		['a diverged path that stays inside ends at its last point', [p(10, 10), p(20, 20)], true, { x: 20, y: 20, edge: 'inside' }],
		['leaving through the right', [p(50, 50), p(200, 50)], true, { x: 100, y: 50, edge: 'right' }],
		['leaving through the top', [p(50, 50), p(50, -300)], false, { x: 50, y: 0, edge: 'top' }],
		['never inside', [p(-10, -10), p(-20, -20)], true, null]
	] as [string, Pixel[], boolean, unknown][])('%s', (_name, points, diverged, expected) => {
		expect(exitPoint(points, box, diverged)).toEqual(expected);
	});
});
