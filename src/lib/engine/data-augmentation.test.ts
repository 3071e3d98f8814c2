/**
 * The data-augmentation page's signature, on the real engine (CPU backend): its own preset from
 * the table of pages (500 training digits, one hidden layer of 64 ReLU units, Adam) trained on
 * the same seed and batches with its augmentation (the main run) and without (its run B), then
 * measured as the page measures: the training digits as they are, and test digits. Without
 * augmentation the network memorises its 500 digits within 150 steps (10 epochs) and the test
 * loss pulls away from the training loss; with it, the gap stays far narrower. (The augmented
 * run's test accuracy passes the plain run's later, near step 500: the page's prose, measured
 * on all 2,000 test digits.) To stay quick the test digits here are the first 500 of the 2,000.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { conceptPage } from '../concepts/pages';
import { PIXELS } from '../data/digits';
import { readDigits } from '../testing/digits';
import { withDefaults, type ExperimentSpec } from './spec';
import { uploadDigits } from './tasks/digits';
import { disposeDataset, type Dataset } from './tasks/task';
import { Trainer } from './trainer';
import type { TestPoint } from './types';

const STEPS = 150;
const TEST_DIGITS = 500;
const page = conceptPage('data-augmentation')!;

let dataset: Dataset;
const after: Record<'augmented' | 'plain', TestPoint> = {} as never;

async function train(change: Partial<ExperimentSpec>): Promise<TestPoint> {
	const trainer = new Trainer(dataset, withDefaults({ ...page.defaults, ...change }));
	await trainer.train(STEPS);
	const point = await trainer.evaluate();
	trainer.dispose();
	return point;
}

const gap = (p: TestPoint) => p.loss - p.trainLoss;

beforeAll(async () => {
	await tf.setBackend('cpu');
	const digits = await readDigits();
	const { test } = digits;
	const firstTests = {
		count: TEST_DIGITS,
		images: test.images.subarray(0, TEST_DIGITS * PIXELS),
		labels: test.labels.subarray(0, TEST_DIGITS),
		sourceIndex: test.sourceIndex.subarray(0, TEST_DIGITS)
	};
	dataset = uploadDigits({ ...digits, test: firstTests });
	after.augmented = await train({});
	after.plain = await train(page.compare);
	return () => disposeDataset(dataset);
}, 60_000);

describe('the data-augmentation page’s set-up', () => {
	it('trains on 500 digits, augmented in the main run and as they are in run B', () => {
		expect(page.defaults).toMatchObject({ trainSize: 500, augmentShift: 2, augmentRotation: 15, augmentScale: 0.1, augmentNoise: 0.1 });
		expect(page.compare).toEqual({ augmentShift: 0, augmentRotation: 0, augmentScale: 0, augmentNoise: 0 });
	});

	it('augmentation narrows the train–test gap on its preset', () => {
		// Without it the 500 digits are memorised: all but a few right, and the test loss far above the training loss.
		expect(after.plain.trainAccuracy).toBeGreaterThanOrEqual(0.99);
		expect(gap(after.plain)).toBeGreaterThan(0.3);
		expect(gap(after.augmented)).toBeLessThan(gap(after.plain) * 0.6);
	});
});
