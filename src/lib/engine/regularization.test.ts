/**
 * The regularization page's signature, on the real engine (CPU backend): the page's own set-up
 * from the table of pages (one hidden layer of 16 ReLU units, plain SGD at rate 0.1, batches of
 * 32, 500 training digits) trained for 200 steps on the same seed, with no penalty, with its L1
 * Try-this step's value and with its run B's L2. The page trains the same settings for longer;
 * 200 steps keep this test short, and the shares only grow after that.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { conceptPage } from '../concepts/pages';
import { readDigits } from '../testing/digits';
import { probeWeights } from './probes/weights';
import { withDefaults, type ExperimentSpec } from './spec';
import { uploadDigits } from './tasks/digits';
import { disposeDataset, type Dataset } from './tasks/task';
import { Trainer } from './trainer';
import type { LayerWeightStats } from './types';

const STEPS = 200;
const page = conceptPage('regularization')!;
const withL1 = page.tryThis.find((step) => step.id === 'l1')!.compare!;

let dataset: Dataset;
/** The first layer's weight statistics after STEPS steps, as the page's chart gets them. */
const firstLayer: Record<'none' | 'l1' | 'l2', LayerWeightStats> = {} as never;

async function train(change: Partial<ExperimentSpec>): Promise<LayerWeightStats> {
	const trainer = new Trainer(dataset, withDefaults({ ...page.defaults, ...change }));
	await trainer.train(STEPS);
	const snapshot = await probeWeights(trainer);
	trainer.dispose();
	return snapshot.layers[0];
}

beforeAll(async () => {
	await tf.setBackend('cpu');
	dataset = uploadDigits(await readDigits());
	firstLayer.none = await train({});
	firstLayer.l1 = await train(withL1);
	firstLayer.l2 = await train(page.compare);
	return () => disposeDataset(dataset);
}, 60_000);

describe('the regularization page’s set-up', () => {
	it('trains with plain SGD, no penalty in run A, L2 in run B and L1 in its Try-this step', () => {
		expect(page.defaults).toMatchObject({ optimizer: 'sgd', l1: 0, l2: 0, trainSize: 500 });
		expect(page.compare).toEqual({ l2: 0.01 });
		expect(withL1).toEqual({ l1: 0.004 });
	});

	it('L1 drives at least half the first-layer weights within 1e-3 of zero; without a penalty few are', () => {
		expect(firstLayer.l1.nearZero).toBeGreaterThanOrEqual(0.5);
		expect(firstLayer.none.nearZero).toBeLessThan(0.05);
	});

	it('L2 lowers the first-layer weights’ spread against no penalty, without driving them to zero', () => {
		expect(firstLayer.l2.std).toBeLessThan(firstLayer.none.std * 0.9);
		expect(firstLayer.l2.nearZero).toBeLessThan(0.05);
	});
});
