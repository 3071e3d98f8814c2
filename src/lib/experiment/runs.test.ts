import { expect, it } from 'vitest';
import { smoothLosses } from './runs';

it('smooths losses with a moving average and stops at the first non-finite loss', () => {
	const losses = [2, 1, 1, NaN, 1].map((loss, i) => ({ step: i + 1, loss, accuracy: 0 }));
	expect(smoothLosses(losses, 0.5)).toEqual([
		{ x: 1, y: 2 },
		{ x: 2, y: 1.5 },
		{ x: 3, y: 1.25 }
	]);
});
