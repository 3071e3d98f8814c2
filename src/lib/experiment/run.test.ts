import { describe, expect, it } from 'vitest';
import type { TestPoint, WeightSnapshot } from '../engine/types';
import type { RunProgress } from '../worker/protocol';
import { Run } from './run.svelte';

const progress = (step: number, metrics: RunProgress['metrics'] = {}): RunProgress => ({
	step,
	epoch: 1,
	losses: [{ step, loss: 2 / step, accuracy: 0.1 }],
	metrics,
	examplesPerSecond: 100,
	diverged: false
});
const test = (step: number): TestPoint => ({ step, epoch: 0, loss: 1, accuracy: 0.5, trainLoss: 1, trainAccuracy: 0.5 });
const weights = (step: number): WeightSnapshot => ({ step, layers: [] });

describe('Run', () => {
	it('absorbs every metric of a progress event into the accessor the charts read', () => {
		const run = new Run();
		run.absorb(progress(1, { test: test(1), weights: weights(1) }));
		const before = run.weights;
		run.absorb(progress(2, { test: test(2) }));
		expect(run.step).toBe(2);
		expect(run.losses.map((p) => p.step)).toEqual([1, 2]);
		expect(run.tests.map((p) => p.step)).toEqual([1, 2]);
		expect(run.lastTest?.step).toBe(2);
		// A metric that did not come keeps its series, the very same array.
		expect(run.weights).toBe(before);
		expect(run.gradients).toEqual([]);
		expect(run.images).toBeNull();
	});

	it('rewinds to a checkpoint’s step: later losses and snapshots go', () => {
		const run = new Run();
		for (let step = 1; step <= 4; step++) run.absorb(progress(step, { test: test(step), weights: weights(step) }));
		run.rewind(2);
		expect(run.step).toBe(2);
		expect(run.losses.map((p) => p.step)).toEqual([1, 2]);
		expect(run.tests.map((p) => p.step)).toEqual([1, 2]);
		expect(run.series('weights').map((p) => p.step)).toEqual([1, 2]);
	});
});
