import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readDigits } from '../../testing/digits';
import { withDefaults } from '../spec';
import { uploadDigits } from '../tasks/digits';
import { disposeDataset, type Dataset } from '../tasks/task';
import { Trainer } from '../trainer';
import { REQUESTS } from './index';

let dataset: Dataset;
let trainer: Trainer;

beforeAll(async () => {
	await tf.setBackend('cpu');
	dataset = uploadDigits(await readDigits());
	trainer = new Trainer(dataset, withDefaults({ hiddenLayers: 1, layerWidth: 16, trainSize: 100, batchSize: 20 }));
	await trainer.train(7);
});
afterAll(() => {
	trainer.dispose();
	disposeDataset(dataset);
});

it('the evaluate request measures the model now, as the worker’s own evaluation does, and leaves it as it was', async () => {
	const tensors = tf.memory().numTensors;
	const answer = await REQUESTS.evaluate.run(trainer, {});
	expect(tf.memory().numTensors).toBe(tensors);
	expect(REQUESTS.evaluate.alters).toBe(false);
	expect(answer.step).toBe(7);
	// 7 steps of 20 on 100 digits: one epoch of 5 steps and 2 of the next 5.
	expect(answer.epoch).toBeCloseTo(1.4, 10);
	expect(answer).toEqual(await trainer.evaluate());
	for (const value of [answer.loss, answer.trainLoss]) expect(value).toBeGreaterThan(0);
	expect(answer.trainLoss).toBeLessThan(Math.log(10));
});
