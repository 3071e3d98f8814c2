import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MnistData } from '../../data/digits';
import { readDigits } from '../../testing/digits';
import { warpPictures } from '../augment';
import { withDefaults } from '../spec';
import { uploadDigits } from '../tasks/digits';
import { pointsDataset } from '../tasks/points';
import { disposeDataset, type Dataset } from '../tasks/task';
import { Trainer } from '../trainer';
import { REQUESTS } from './index';

const STRENGTHS = { augmentShift: 2, augmentRotation: 15, augmentScale: 0.1, augmentNoise: 0 };

let digits: MnistData;
let dataset: Dataset;
let trainer: Trainer;

beforeAll(async () => {
	await tf.setBackend('cpu');
	digits = await readDigits();
	dataset = uploadDigits(digits);
	trainer = new Trainer(dataset, withDefaults({ hiddenLayers: 1, layerWidth: 16, trainSize: 500, ...STRENGTHS }));
	await trainer.train(2);
});
afterAll(() => {
	trainer.dispose();
	disposeDataset(dataset);
});

describe('the augmentedCopies request', () => {
	it('answers the training digit itself and copies warped by exactly the amounts it reports, within the run’s strengths', async () => {
		const tensors = tf.memory().numTensors;
		const index = 11;
		const answer = await REQUESTS.augmentedCopies.run(trainer, { index, copies: 6, draw: 0 });
		expect(tf.memory().numTensors).toBe(tensors);
		expect([answer.index, answer.label, answer.step, answer.side]).toEqual([index, digits.train.labels[index], 2, 28]);
		expect(answer.augmentation).toEqual({ shift: 2, rotation: 15, scale: 0.1, noise: 0 });
		expect(Array.from(answer.original)).toEqual(Array.from(digits.train.images.subarray(index * 784, (index + 1) * 784), (v) => expect.closeTo(v / 255, 6)));
		expect(answer.images).toHaveLength(6 * 784);
		expect(answer.transforms).toHaveLength(6);
		for (const m of answer.transforms) {
			expect(Math.max(Math.abs(m.shiftX), Math.abs(m.shiftY))).toBeLessThanOrEqual(2);
			expect(Math.abs(m.rotation)).toBeLessThanOrEqual(15);
			expect(Math.abs(m.scale - 1)).toBeLessThanOrEqual(0.1);
		}
		// Each copy is the digit warped by its reported amounts: the trainer's own warp, nothing else.
		const expected = warpPictures(digits.train.images, new Int32Array(6).fill(index), 28, answer.transforms);
		expect(Array.from(answer.images)).toEqual(Array.from(expected));
		expect(Array.from(answer.images.subarray(0, 784))).not.toEqual(Array.from(answer.original));
	});

	it('gives the same copies for the same draw and other copies for another, without moving the training', async () => {
		const first = await REQUESTS.augmentedCopies.run(trainer, { index: 3, copies: 4, draw: 5 });
		const again = await REQUESTS.augmentedCopies.run(trainer, { index: 3, copies: 4, draw: 5 });
		const other = await REQUESTS.augmentedCopies.run(trainer, { index: 3, copies: 4, draw: 6 });
		expect(again.images).toEqual(first.images);
		expect(other.transforms).not.toEqual(first.transforms);
		expect(trainer.step).toBe(2);
	});

	it('refuses a digit outside the training set, a count out of range and points in the plane, with messages fit to show', async () => {
		await expect(REQUESTS.augmentedCopies.run(trainer, { index: 500, copies: 4, draw: 0 })).rejects.toThrow('Pick a training digit from 0 to 499.');
		await expect(REQUESTS.augmentedCopies.run(trainer, { index: -1, copies: 4, draw: 0 })).rejects.toThrow('from 0 to 499');
		await expect(REQUESTS.augmentedCopies.run(trainer, { index: 0, copies: 33, draw: 0 })).rejects.toThrow('1 to 32 copies');
		await expect(REQUESTS.augmentedCopies.run(trainer, { index: 0, copies: 2, draw: 0.5 })).rejects.toThrow('whole number');
		const points = pointsDataset('xor');
		const onPoints = new Trainer(points, withDefaults({ data: 'xor', hiddenLayers: 0, ...STRENGTHS }));
		await expect(REQUESTS.augmentedCopies.run(onPoints, { index: 0, copies: 2, draw: 0 })).rejects.toThrow('points in the plane');
		onPoints.dispose();
		disposeDataset(points);
	});
});
