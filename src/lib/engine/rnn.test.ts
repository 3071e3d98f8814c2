/**
 * The RNN page's signature: a recurrent network reading digits row by row learns (above 60% test
 * accuracy after 50 steps), and with tanh and small recurrent weights (the page's run B) the
 * loss's gradient with respect to the first rows' hidden states is at least ten times smaller
 * than at the last row, while with the page's own larger ones it is not, once trained.
 */
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conceptPage } from '../concepts/pages';
import { readDigits } from '../testing/digits';
import { forward } from './architectures';
import { restoreCheckpoint, saveCheckpoint } from './checkpoint';
import { correctCount } from './loss';
import { readAndDispose } from './readback';
import { scaledOrthogonal } from './recurrent';
import { REQUESTS } from './requests';
import { withDefaults } from './spec';
import { uploadDigits } from './tasks/digits';
import { disposeDataset, type Dataset } from './tasks/task';
import { Trainer } from './trainer';

/** The page's own set-up, from the table of pages. */
const RNN_PAGE = conceptPage('rnn')!.defaults;

let dataset: Dataset;
let trainer: Trainer;

beforeAll(async () => {
	await tf.setBackend('cpu');
	dataset = uploadDigits(await readDigits());
	trainer = new Trainer(dataset, withDefaults(RNN_PAGE));
});
afterAll(() => {
	trainer.dispose();
	disposeDataset(dataset);
});

/** Test accuracy on all 2,000 test digits, without the training-set half of a full evaluation. */
async function testAccuracy(trainer: Trainer): Promise<number> {
	const { test } = trainer.dataset;
	const correct = tf.tidy(() => correctCount(forward(trainer.network, test.inputs, false) as tf.Tensor2D, test.labels, 10));
	const [count] = await readAndDispose([correct]);
	return count / test.count;
}

/** ‖∂L/∂hₜ‖ for the 28 rows, first row first. */
async function rowGradients(trainer: Trainer): Promise<number[]> {
	const tensors = tf.memory().numTensors;
	const answer = await REQUESTS.recurrence.run(trainer, { index: 0 });
	expect(tf.memory().numTensors).toBe(tensors);
	expect(answer.gradientNorms).toHaveLength(28);
	return answer.gradientNorms;
}

describe('a recurrent network reading digits row by row', () => {
	it('passes 60% test accuracy after 50 steps of batch 64 (64 tanh units, Adam 0.003)', async () => {
		expect(RNN_PAGE).toMatchObject({ architecture: 'rnn', layerWidth: 64, activation: 'tanh', optimizer: 'adam', learningRate: 0.003, batchSize: 64 });
		const { diverged } = await trainer.train(50);
		expect(diverged).toBe(false);
		expect(await testAccuracy(trainer)).toBeGreaterThan(0.6);
	});

	it('with tanh and small recurrent weights (run B), the first rows’ gradient stays at least 10× below the last row’s', async () => {
		const small = { ...RNN_PAGE, ...conceptPage('rnn')!.compare };
		expect(small.recurrentScale).toBeLessThan(1);
		const runB = new Trainer(dataset, withDefaults(small));
		try {
			for (const steps of [0, 10]) {
				await runB.train(steps);
				const norms = await rowGradients(runB);
				for (const first of norms.slice(0, 3)) expect(first * 10, `after ${steps} steps`).toBeLessThan(norms[27]);
			}
		} finally {
			runB.dispose();
		}
	});

	it('with the page’s larger recurrent weights, the first row’s gradient is within 10× of the last row’s after 50 steps', async () => {
		const norms = await rowGradients(trainer);
		expect(norms[0] * 10).toBeGreaterThan(norms[27]);
	});

	it('answers the digit’s 28 hidden states, the last of which gives the model’s own prediction', async () => {
		const answer = await REQUESTS.recurrence.run(trainer, { index: 3 });
		expect(answer.hidden).toHaveLength(28 * 64);
		expect(answer.hidden.every((h) => Math.abs(h) <= 1)).toBe(true);
		expect(answer.label).toBe(dataset.test.pictures!.labels[3]);
		const predicted = await trainer.predict(Float32Array.from(answer.pixels));
		answer.probabilities.forEach((p, k) => expect(p).toBeCloseTo(predicted[k], 5));
		await expect(REQUESTS.recurrence.run(trainer, { index: 2000 })).rejects.toThrow('from 0 to 1999');
	});
});

describe('the recurrent layer', () => {
	it('starts its recurrent weights as an orthogonal matrix times the scale', () => {
		const n = 8;
		const scale = 0.5;
		const u = scaledOrthogonal(n, scale, 3);
		for (let i = 0; i < n; i++)
			for (let j = 0; j < n; j++) {
				let dot = 0;
				for (let k = 0; k < n; k++) dot += u[k * n + i] * u[k * n + j];
				expect(dot).toBeCloseTo(i === j ? scale * scale : 0, 5);
			}
	});

	it('resumes from a checkpoint step for step, without leaking a tensor', async () => {
		const spec = withDefaults({ ...RNN_PAGE, layerWidth: 16, batchSize: 16, trainSize: 200 });
		const original = new Trainer(dataset, spec);
		await original.train(5);
		const checkpoint = await saveCheckpoint(original);
		const expected = (await original.train(8)).losses.map((p) => p.loss);
		original.dispose();
		const before = tf.memory().numTensors;
		const resumed = new Trainer(dataset, spec);
		await restoreCheckpoint(resumed, checkpoint);
		const actual = (await resumed.train(8)).losses.map((p) => p.loss);
		actual.forEach((loss, i) => expect(loss).toBeCloseTo(expected[i], 5));
		resumed.dispose();
		expect(tf.memory().numTensors).toBe(before);
	});
});
