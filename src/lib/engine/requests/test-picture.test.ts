import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MnistData } from '../../data/digits';
import { readDigits } from '../../testing/digits';
import { withDefaults } from '../spec';
import { uploadDigits } from '../tasks/digits';
import { disposeDataset, type Dataset } from '../tasks/task';
import { Trainer } from '../trainer';
import { REQUESTS } from './index';

let digits: MnistData;
let dataset: Dataset;
let trainer: Trainer;

beforeAll(async () => {
	await tf.setBackend('cpu');
	digits = await readDigits();
	dataset = uploadDigits(digits);
	trainer = new Trainer(dataset, withDefaults({ hiddenLayers: 0 }));
});
afterAll(() => {
	trainer.dispose();
	disposeDataset(dataset);
});

describe('the testPicture request', () => {
	it('answers a test digit’s 28×28 pixels in 0..1 and its right answer, reading no tensors', async () => {
		const tensors = tf.memory().numTensors;
		const index = 11;
		const answer = await REQUESTS.testPicture.run(trainer, { index });
		expect(tf.memory().numTensors).toBe(tensors);
		expect(answer.index).toBe(index);
		expect(answer.side).toBe(28);
		expect(answer.label).toBe(digits.test.labels[index]);
		expect(answer.pixels).toHaveLength(784);
		answer.pixels.forEach((v, p) => expect(v).toBe(digits.test.images[index * 784 + p] / 255));
		expect(Math.max(...answer.pixels)).toBeGreaterThan(0.9);
	});

	it('refuses an example that is not there with a showable message', async () => {
		await expect(REQUESTS.testPicture.run(trainer, { index: 2000 })).rejects.toThrow('Pick a test example from 0 to 1999.');
		await expect(REQUESTS.testPicture.run(trainer, { index: 1.5 })).rejects.toThrow('Pick a test example');
	});
});
