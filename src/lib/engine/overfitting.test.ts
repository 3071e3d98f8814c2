/**
 * The overfitting page's signature, on the real engine: its own preset (from the table of pages:
 * 100 training digits, one hidden layer of 64, Adam) trained for 25 epochs, measured after each
 * one. The test loss is lowest well before the last epoch and has risen since, while the training
 * loss keeps falling to the end. To stay quick on the CPU backend, the test loss is measured on
 * the first 500 of the 2,000 test digits (the page measures all of them); the training loss on
 * all 100 training digits, as the page does.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, expect, it } from 'vitest';
import { conceptPage } from '../concepts/pages';
import { PIXELS } from '../data/digits';
import { readDigits } from '../testing/digits';
import { withDefaults } from './spec';
import { uploadDigits } from './tasks/digits';
import { disposeDataset, type Dataset } from './tasks/task';
import { Trainer } from './trainer';
import type { TestPoint } from './types';

const EPOCHS = 25;
const TEST_DIGITS = 500;

let dataset: Dataset;

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
	return () => disposeDataset(dataset);
});

it('on the overfitting preset the test loss has its minimum before the last epoch while the training loss keeps falling', async () => {
	// When to stop is the page's business, not the model's.
	const { stopEpochs: _stop, ...preset } = conceptPage('overfitting')!.defaults;
	const trainer = new Trainer(dataset, withDefaults(preset));
	const epochs: TestPoint[] = [];
	for (let epoch = 1; epoch <= EPOCHS; epoch++) {
		await trainer.train(trainer.stepsToEndOfEpoch(epoch));
		epochs.push(await trainer.evaluate());
	}
	trainer.dispose();

	const lowest = epochs.reduce((best, p) => (p.loss < best.loss ? p : best));
	const last = epochs.at(-1)!;
	// The lowest test loss comes in the first half, and by the last epoch the test loss is at least 3% above it.
	expect(lowest.epoch).toBeLessThanOrEqual(EPOCHS / 2);
	expect(last.loss).toBeGreaterThan(lowest.loss * 1.03);
	// Meanwhile the training loss falls from each epoch to the next, from the lowest test loss's epoch to the last.
	const after = epochs.filter((p) => p.epoch >= lowest.epoch).map((p) => p.trainLoss);
	for (let i = 1; i < after.length; i++) expect(after[i], `training loss at epoch ${lowest.epoch + i}`).toBeLessThan(after[i - 1]);
});
