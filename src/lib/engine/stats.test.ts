import { describe, expect, it } from 'vitest';
import { nearZeroShare } from './stats';

describe('nearZeroShare', () => {
	it.each([
		[[0, 0.0009, -0.0009, 0.001, -0.5], 0.6],
		[[0.002, -0.003], 0],
		[[], 0]
	])('counts the values of %o smaller than 0.001 in size: %f', (values, share) => {
		expect(nearZeroShare(values)).toBeCloseTo(share, 10);
	});
});
