/**
 * The cost-function page's signature effect, on the real engine: with the page's own set-up and
 * the same seed, cross-entropy reaches 90% test accuracy in fewer steps than squared error.
 * Evaluating every 25 steps, cross-entropy gets there first (step 175 on seed 1; squared error
 * needs about 300), so squared error is only trained as far as cross-entropy needed and must not
 * have reached 90% by then.
 */
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conceptPage } from '../concepts/pages';
import { readDigits } from '../testing/digits';
import { forward } from './architectures';
import { correctCount } from './loss';
import { withDefaults, type ExperimentSpec } from './spec';
import { uploadDigits } from './tasks/digits';
import { disposeDataset, type Dataset } from './tasks/task';
import { Trainer } from './trainer';

const EVERY = 25;
const TARGET = 0.9;

let dataset: Dataset;

beforeAll(async () => {
	await tf.setBackend('cpu');
	dataset = uploadDigits(await readDigits());
});
afterAll(() => disposeDataset(dataset));

/** Test accuracy over all 2,000 test digits (the trainer's own evaluation also measures training digits: twice the time). */
async function testAccuracy(trainer: Trainer): Promise<number> {
	const { inputs, labels, count } = dataset.test;
	const correct = tf.tidy(() => correctCount(forward(trainer.network, inputs, false) as tf.Tensor2D, labels, 10));
	const value = (await correct.data())[0];
	correct.dispose();
	return value / count;
}

/** The first evaluated step with test accuracy ≥ 90%, evaluating every EVERY steps up to `limit`; null if none. */
async function stepsToTarget(spec: ExperimentSpec, limit: number): Promise<number | null> {
	const trainer = new Trainer(dataset, spec);
	try {
		while (trainer.step < limit) {
			await trainer.train(EVERY);
			if ((await testAccuracy(trainer)) >= TARGET) return trainer.step;
		}
		return null;
	} finally {
		trainer.dispose();
	}
}

describe('the cost-function page’s set-up', () => {
	const page = conceptPage('cost-function')!;
	const crossEntropy = withDefaults(page.defaults);
	const squaredError = withDefaults({ ...page.defaults, ...page.compare });

	it('compares the same network and seed, differing only in the loss', () => {
		expect(crossEntropy.loss).toBe('crossEntropy');
		expect(squaredError).toEqual({ ...crossEntropy, loss: 'mse' });
	});

	it('cross-entropy reaches 90% test accuracy in fewer steps than MSE on the same seed', async () => {
		const stepsCrossEntropy = await stepsToTarget(crossEntropy, 400);
		expect(stepsCrossEntropy).not.toBeNull();
		// Squared error trained just as long: no evaluation so far may reach 90%.
		expect(await stepsToTarget(squaredError, stepsCrossEntropy!)).toBeNull();
	}, 120_000);
});
