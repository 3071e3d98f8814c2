import { describe, expect, it } from 'vitest';
import { POINT_SETS, TEST_POINTS, TRAIN_POINTS, pointSet } from './points';

describe('point sets', () => {
	it.each(POINT_SETS)('%s: the same points on every call, half of each class, inside [-1, 1]', (id) => {
		const first = pointSet(id);
		const again = pointSet(id);
		expect(again.train.xy).toEqual(first.train.xy);
		expect(first.train.count).toBe(TRAIN_POINTS);
		expect(first.test.count).toBe(TEST_POINTS);
		for (const part of [first.train, first.test]) {
			expect(part.labels.reduce((n, l) => n + l, 0)).toBe(part.count / 2);
			expect(part.xy.every((v) => Math.abs(v) <= 1)).toBe(true);
		}
		// The test points are new points, not the training points again.
		expect(first.test.xy).not.toEqual(first.train.xy);
	});

	it('labels XOR points by whether x and y share a sign', () => {
		const { train } = pointSet('xor');
		for (let i = 0; i < train.count; i++) {
			const same = Math.sign(train.xy[2 * i]) === Math.sign(train.xy[2 * i + 1]);
			expect(train.labels[i]).toBe(same ? 1 : 0);
		}
	});

	it('puts the circles’ class 1 inside the ring of class 0', () => {
		const { train } = pointSet('circles');
		for (let i = 0; i < train.count; i++) {
			const r = Math.hypot(train.xy[2 * i], train.xy[2 * i + 1]);
			if (train.labels[i] === 1) expect(r).toBeLessThan(0.46);
			else expect(r).toBeGreaterThan(0.64);
		}
	});
});
