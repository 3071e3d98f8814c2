/**
 * The CNN page's signature, on the real engine (CPU backend): the page's CNN and its run B, an MLP
 * with about as many weights, trained for the same steps on the same seed (so on the same batches),
 * then tested on test digits moved 3 pixels (the page's "Move test digits" setting). The CNN
 * trains at about 50 to 100 digits a second on the CPU backend, so this trains 10 steps of 64 and
 * tests on the first 300 test digits; the page trains the same networks for longer on all 2,000,
 * and the gap only widens (on all 2,000 at step 10: 38% against 28%; at step 500: 66% against 33%).
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { conceptPage } from '../concepts/pages';
import type { DigitSet, MnistData } from '../data/digits';
import { readDigits } from '../testing/digits';
import { withDefaults, type ExperimentSpec } from './spec';
import { digitsTask, uploadDigits } from './tasks/digits';
import { disposeDataset, type Dataset } from './tasks/task';
import { Trainer } from './trainer';

const STEPS = 10;
const TEST_DIGITS = 300;
const page = conceptPage('cnn')!;

let dataset: Dataset;
/** Test accuracy of each network on the moved digits, then on the digits as they are. */
const accuracy = { cnn: { moved: 0, still: 0 }, mlp: { moved: 0, still: 0 } };
const parameters = { cnn: 0, mlp: 0 };

function firstOf(set: DigitSet, count: number): DigitSet {
	return {
		count,
		images: set.images.subarray(0, count * 784),
		labels: set.labels.subarray(0, count),
		sourceIndex: set.sourceIndex.subarray(0, count)
	};
}

async function trainAndTest(spec: ExperimentSpec): Promise<{ moved: number; still: number; count: number }> {
	const trainer = new Trainer(dataset, spec);
	await trainer.train(STEPS);
	const moved = (await trainer.evaluate()).accuracy;
	trainer.adjust({ ...spec, testShift: 0 });
	const still = (await trainer.evaluate()).accuracy;
	const count = trainer.network.layers.flatMap((l) => l.getWeights()).reduce((sum, w) => sum + w.size, 0);
	trainer.dispose();
	return { moved, still, count };
}

beforeAll(async () => {
	await tf.setBackend('cpu');
	const digits: MnistData = await readDigits();
	const uploaded = uploadDigits({ train: digits.train, test: firstOf(digits.test, TEST_DIGITS) });
	// Only the test digits matter here; a few training digits keep the evaluation's other half short.
	dataset = { ...uploaded, task: { ...digitsTask, evaluation: { ...digitsTask.evaluation, trainCount: 50 } } };
	const cnn = withDefaults({ ...page.defaults, testShift: 3 });
	const mlp = { ...cnn, ...page.compare };
	const a = await trainAndTest(cnn);
	const b = await trainAndTest(mlp);
	accuracy.cnn = a;
	accuracy.mlp = b;
	parameters.cnn = a.count;
	parameters.mlp = b.count;
	return () => disposeDataset(dataset);
}, 60_000);

describe('the CNN page', () => {
	it('compares its CNN with an MLP of about as many weights (37,610 and 37,375), on the same seed', () => {
		expect(page.defaults.architecture).toBe('cnn');
		expect(page.compare.architecture).toBe('mlp');
		expect(parameters).toEqual({ cnn: 37_610, mlp: 37_375 });
	});

	it('moving the test digits 3 pixels costs the MLP more accuracy than the CNN', () => {
		const cnnLoss = accuracy.cnn.still - accuracy.cnn.moved;
		const mlpLoss = accuracy.mlp.still - accuracy.mlp.moved;
		expect(cnnLoss).toBeGreaterThan(0);
		expect(mlpLoss).toBeGreaterThan(cnnLoss + 0.05);
	});

	it('the CNN beats the similar-size MLP on the 3-pixel-shifted test digits after the same steps on the same seed', () => {
		expect(accuracy.cnn.moved).toBeGreaterThan(accuracy.mlp.moved + 0.05);
	});
});
