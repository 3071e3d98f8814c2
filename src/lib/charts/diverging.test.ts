import { describe, expect, it } from 'vitest';
import { divergingRgb, maxAbsolute } from './diverging';

describe('divergingRgb', () => {
	it.each([
		{ value: 0, maxAbs: 1, rgb: [255, 255, 255] },
		{ value: 1, maxAbs: 1, rgb: [178, 24, 43] },
		{ value: -2, maxAbs: 2, rgb: [33, 102, 172] },
		{ value: 5, maxAbs: 1, rgb: [178, 24, 43] },
		{ value: -0.5, maxAbs: 1, rgb: [144, 179, 214] },
		{ value: NaN, maxAbs: 1, rgb: [255, 255, 255] },
		{ value: 0.3, maxAbs: 0, rgb: [255, 255, 255] }
	])('colours $value on ±$maxAbs as $rgb', ({ value, maxAbs, rgb }) => {
		expect(divergingRgb(value, maxAbs)).toEqual(rgb);
	});

	it('finds the largest finite magnitude', () => {
		expect(maxAbsolute(new Float32Array([0.1, -0.7, NaN, Infinity, 0.5]))).toBeCloseTo(0.7, 6);
		expect(maxAbsolute([])).toBe(0);
	});
});
