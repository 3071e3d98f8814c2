/**
 * The vanishing-gradients page's numbers, checked on the real engine: it says each gradient bar
 * is about four to five times lower than the next, that the first layer gets less than a
 * millionth of the last layer's gradient, and that ReLU with He weights levels the bars.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { conceptPage } from '../concepts/pages';
import { readDigits } from '../testing/digits';
import { GradientRecorder } from './probes/gradients';
import { withDefaults, type ExperimentSpec } from './spec';
import { uploadDigits } from './tasks/digits';
import { disposeDataset, type Dataset } from './tasks/task';
import { Trainer } from './trainer';

let dataset: Dataset;

beforeAll(async () => {
	await tf.setBackend('cpu');
	dataset = uploadDigits(await readDigits());
	return () => disposeDataset(dataset);
});

/** Each layer's gradient norm after one step, first hidden layer first, output layer last. */
async function firstGradients(change: Partial<ExperimentSpec>): Promise<number[]> {
	const trainer = new Trainer(dataset, withDefaults(change));
	const recorder = new GradientRecorder(trainer.network);
	await trainer.train(1, { onLastGradients: recorder.record });
	const gradients = await recorder.read();
	recorder.dispose();
	trainer.dispose();
	return gradients!.layers.map((l) => l.norm);
}

/** The page's own set-up, from the table of pages: twelve sigmoid layers of 32, SGD at 0.1. */
const deepSigmoid = conceptPage('vanishing-gradients')!.defaults;

describe('the vanishing-gradients page’s set-up', () => {
	it('twelve sigmoid layers: the first layer gets less than a millionth of the last layer’s gradient', async () => {
		const norms = await firstGradients(deepSigmoid);
		expect(norms[0] / norms.at(-1)!).toBeLessThan(1e-6);
		// Between the first and the last hidden layer, each bar is about four to five times lower than the next.
		const hidden = norms.slice(0, -1);
		const perLayer = (hidden.at(-1)! / hidden[0]) ** (1 / (hidden.length - 1));
		expect(perLayer).toBeGreaterThan(3);
		expect(perLayer).toBeLessThan(6);
	});

	it('ReLU with He weights: every bar within a factor of ten of every other', async () => {
		const norms = await firstGradients({ ...deepSigmoid, activation: 'relu', initializer: 'heNormal' });
		expect(Math.max(...norms) / Math.min(...norms)).toBeLessThan(10);
	});
});
