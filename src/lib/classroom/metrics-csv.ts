/**
 * Every run's recorded numbers as one table: a row per step where the run recorded anything
 * (its mini-batch loss at each step, the test and training-set evaluation now and then), steps
 * ascending within each run. Column names are fixed English identifiers so a script reads the
 * same file whatever the page's language; run names are as the legend shows them.
 */
import type { LossPoint, TestPoint } from '../engine/types';
import type { EpochStart } from '../experiment/run.svelte';
import type { CsvCell } from './csv';

export const METRICS_COLUMNS = [
	'run',
	'step',
	'epoch',
	'batch_loss',
	'batch_accuracy',
	'test_loss',
	'test_accuracy',
	'train_loss',
	'train_accuracy'
] as const;

export interface RunRecord {
	name: string;
	losses: readonly LossPoint[];
	tests: readonly TestPoint[];
	epochStarts: readonly EpochStart[];
}

/** The header row, then each run's rows. Accuracies are fractions (0..1); a cell with no value is empty. */
export function metricsRows(runs: readonly RunRecord[]): CsvCell[][] {
	const rows: CsvCell[][] = [[...METRICS_COLUMNS]];
	for (const run of runs) {
		const losses = new Map(run.losses.map((p) => [p.step, p]));
		const tests = new Map(run.tests.map((p) => [p.step, p]));
		const steps = [...new Set([...losses.keys(), ...tests.keys()])].sort((a, b) => a - b);
		let start = 0;
		for (const step of steps) {
			// The epoch a step belongs to: that of the last epoch start at or before it.
			while (start < run.epochStarts.length && run.epochStarts[start].step <= step) start++;
			const epoch = start > 0 ? run.epochStarts[start - 1].epoch : null;
			const loss = losses.get(step);
			const test = tests.get(step);
			rows.push([
				run.name,
				step,
				epoch,
				loss?.loss ?? null,
				loss?.accuracy ?? null,
				test?.loss ?? null,
				test?.accuracy ?? null,
				test?.trainLoss ?? null,
				test?.trainAccuracy ?? null
			]);
		}
	}
	return rows;
}
