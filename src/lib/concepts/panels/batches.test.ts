import { describe, expect, it } from 'vitest';
import { epochBoundaries, firstReach, latestSpread, stepSpread, stepsPerEpoch } from './batches';

describe('stepSpread', () => {
	it('is the standard deviation of consecutive differences', () => {
		// Differences 1, −1, 1, −1: mean 0, deviation 1.
		expect(stepSpread([0, 1, 0, 1, 0])).toBeCloseTo(1, 12);
		// A steady fall has no spread.
		expect(stepSpread([5, 4, 3, 2])).toBeCloseTo(0, 12);
		expect(stepSpread([1, 2])).toBeNull();
	});

	it('over the latest consecutive steps only', () => {
		const losses = [1, 2, 3, 10, 11, 10, 11].map((loss, i) => ({ step: i < 3 ? i + 1 : i + 10, loss, accuracy: 0 }));
		expect(latestSpread(losses)).toBeCloseTo(stepSpread([10, 11, 10, 11])!, 12);
		expect(latestSpread(losses, 3)).toBeCloseTo(stepSpread([11, 10, 11])!, 12);
	});
});

it.each([
	[8000, 8, 1000],
	[8000, 256, 31],
	[8000, 8000, 1],
	[400, 8000, 1],
	[100, 32, 3]
])('%i examples at batch %i make %i steps an epoch', (n, b, steps) => {
	expect(stepsPerEpoch(n, b)).toBe(steps);
});

describe('epochBoundaries', () => {
	const starts = (count: number, every: number) => Array.from({ length: count }, (_, i) => ({ step: 1 + i * every, epoch: i + 1 }));

	it('marks every epoch’s end while there are few', () => {
		expect(epochBoundaries(starts(4, 31))).toEqual([
			{ step: 32, completed: 1 },
			{ step: 63, completed: 2 },
			{ step: 94, completed: 3 }
		]);
		expect(epochBoundaries(starts(1, 1000))).toEqual([]);
	});

	it('keeps at most six, at every 1st, 2nd, 5th, 10th… epoch', () => {
		const marked = epochBoundaries(starts(1001, 1));
		expect(marked.length).toBeLessThanOrEqual(6);
		expect(marked.map((b) => b.completed)).toEqual([200, 400, 600, 800, 1000]);
		// 78 epochs: every 20th.
		expect(epochBoundaries(starts(79, 15)).map((b) => b.completed)).toEqual([20, 40, 60]);
	});
});

it('firstReach finds the first evaluation at the accuracy and the run’s own clock there', () => {
	const tests = [0.5, 0.85, 0.91, 0.93].map((accuracy, i) => ({ step: (i + 1) * 100, epoch: i, loss: 1, accuracy, trainLoss: 1, trainAccuracy: 0 }));
	const clock = tests.map((p, i) => ({ step: p.step, seconds: i + 0.5, examples: p.step * 8 }));
	expect(firstReach(tests, clock, 0.9)).toEqual({ step: 300, epoch: 2, seconds: 2.5, examples: 2400 });
	expect(firstReach(tests, clock, 0.95)).toBeNull();
});
