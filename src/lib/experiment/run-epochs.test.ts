import { expect, it } from 'vitest';
import type { TestPoint } from '../engine/types';
import type { RunProgress } from '../worker/protocol';
import { Run } from './run.svelte';

const test = (step: number): TestPoint => ({ step, epoch: 0, loss: 1, accuracy: 0.5, trainLoss: 1, trainAccuracy: 0.5 });

/** A chunk of `steps` steps ending at `step` in epoch `epoch`, taking `ms` for `examples`. */
function chunk(step: number, steps: number, epoch: number, starts: number[], ms: number, examples: number, tested = true): RunProgress {
	return {
		step,
		epoch,
		losses: Array.from({ length: steps }, (_, i) => ({ step: step - steps + i + 1, loss: 1, accuracy: 0.5 })),
		metrics: tested ? { test: test(step) } : {},
		examplesPerSecond: 0,
		trainingMs: ms,
		examples,
		epochStarts: starts,
		diverged: false
	};
}

it('numbers each epoch start from the chunk’s epoch, and keeps its own training time at each test', () => {
	const run = new Run();
	// 100 digits at batch 32: epochs begin at steps 1, 4, 7.
	run.absorb(chunk(5, 5, 2, [1, 4], 500, 160));
	run.absorb(chunk(8, 3, 3, [7], 250, 96, false));
	run.absorb(chunk(9, 1, 3, [], 250, 32));
	expect(run.epochStarts).toEqual([
		{ step: 1, epoch: 1 },
		{ step: 4, epoch: 2 },
		{ step: 7, epoch: 3 }
	]);
	expect(run.trainingSeconds).toBeCloseTo(1, 12);
	expect(run.trainedExamples).toBe(288);
	expect(run.clock).toEqual([
		{ step: 5, seconds: 0.5, examples: 160 },
		{ step: 9, seconds: 1, examples: 288 }
	]);
	// Back to step 5: what came after is trained again, so its time and epochs go.
	run.rewind(5);
	expect(run.epochStarts.map((s) => s.step)).toEqual([1, 4]);
	expect(run.trainingSeconds).toBeCloseTo(0.5, 12);
	expect(run.trainedExamples).toBe(160);
});
