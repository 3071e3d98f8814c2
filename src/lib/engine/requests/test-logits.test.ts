import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MnistData } from '../../data/digits';
import { readDigits } from '../../testing/digits';
import { softmax } from '../one-example';
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
	trainer = new Trainer(dataset, withDefaults({ hiddenLayers: 1, layerWidth: 16 }));
	await trainer.train(3);
});
afterAll(() => {
	trainer.dispose();
	disposeDataset(dataset);
});

describe('the testLogits request', () => {
	it('answers a test digit’s ten logits, whose softmax is the model’s own prediction, and its right answer', async () => {
		const tensors = tf.memory().numTensors;
		const index = 7;
		const answer = await REQUESTS.testLogits.run(trainer, { index });
		expect(tf.memory().numTensors).toBe(tensors);
		expect(answer.index).toBe(index);
		expect(answer.step).toBe(3);
		expect(answer.label).toBe(digits.test.labels[index]);
		expect(answer.logits).toHaveLength(10);
		const pixels = Float32Array.from(digits.test.images.slice(index * 784, (index + 1) * 784), (v) => v / 255);
		const predicted = await trainer.predict(pixels);
		softmax(answer.logits).forEach((p, k) => expect(p).toBeCloseTo(predicted[k], 5));
	});

	it('refuses a test digit that does not exist, with a message fit to show', async () => {
		await expect(REQUESTS.testLogits.run(trainer, { index: 2000 })).rejects.toThrow('Pick a test example from 0 to 1999.');
		await expect(REQUESTS.testLogits.run(trainer, { index: -1 })).rejects.toThrow('from 0 to 1999');
		await expect(REQUESTS.testLogits.run(trainer, { index: 1.5 })).rejects.toThrow('from 0 to 1999');
	});
});
