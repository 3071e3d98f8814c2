import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MnistData } from '../../data/digits';
import { readDigits } from '../../testing/digits';
import { REQUESTS } from '../requests';
import { withDefaults } from '../spec';
import { uploadDigits } from '../tasks/digits';
import { pointsDataset } from '../tasks/points';
import { disposeDataset, type Dataset } from '../tasks/task';
import { Trainer } from '../trainer';
import { Probes } from './index';
import { probeConfusion } from './confusion';

let digits: MnistData;
let dataset: Dataset;
let trainer: Trainer;

beforeAll(async () => {
	await tf.setBackend('cpu');
	digits = await readDigits();
	dataset = uploadDigits(digits);
	trainer = new Trainer(dataset, withDefaults({ hiddenLayers: 1, layerWidth: 16 }));
	await trainer.train(20);
});
afterAll(() => {
	trainer.dispose();
	disposeDataset(dataset);
});

const diagonal = (counts: number[], classes: number) => counts.filter((_, i) => i % classes === Math.floor(i / classes)).reduce((a, b) => a + b, 0);

describe('the confusion probe', () => {
	it('counts every test digit once, 10 × 10, and its diagonal over the count is exactly the evaluation’s accuracy, leaking no tensor', async () => {
		const probes = new Probes(trainer);
		const tensors = tf.memory().numTensors;
		const { metrics } = await probes.measure('report');
		expect(tf.memory().numTensors).toBe(tensors);
		probes.dispose();
		const matrix = metrics.confusion!;
		expect(matrix.step).toBe(20);
		expect(matrix.classes).toBe(10);
		expect(matrix.counts).toHaveLength(100);
		expect(matrix.counts.every(Number.isInteger)).toBe(true);
		expect(matrix.counts.reduce((a, b) => a + b, 0)).toBe(2000);
		expect(diagonal(matrix.counts, 10) / 2000).toBe(metrics.test!.accuracy);
		// Each row holds that digit's test examples.
		for (let label = 0; label < 10; label++) {
			const row = matrix.counts.slice(label * 10, label * 10 + 10).reduce((a, b) => a + b, 0);
			expect(row).toBe(digits.test.labels.filter((l) => l === label).length);
		}
	});

	it('evaluates by itself when no evaluation has been made at this step, and leaks no tensor', async () => {
		const fresh = new Trainer(dataset, withDefaults({ hiddenLayers: 1, layerWidth: 16, seed: 3 }));
		await fresh.train(2);
		const tensors = tf.memory().numTensors;
		const matrix = await probeConfusion(fresh);
		const test = await fresh.evaluate();
		expect(tf.memory().numTensors).toBe(tensors);
		expect(matrix.step).toBe(2);
		expect(diagonal(matrix.counts, 10) / 2000).toBe(test.accuracy);
		fresh.dispose();
	});

	it('counts a two-class point set 2 × 2, from its one output neuron', async () => {
		const points = pointsDataset('xor');
		const small = new Trainer(points, withDefaults({ data: 'xor', hiddenLayers: 0 }));
		await small.train(5);
		const test = await small.evaluate();
		const matrix = await probeConfusion(small);
		expect(matrix.classes).toBe(2);
		expect(matrix.counts.reduce((a, b) => a + b, 0)).toBe(points.test.count);
		expect(diagonal(matrix.counts, 2) / points.test.count).toBe(test.accuracy);
		small.dispose();
		disposeDataset(points);
	});
});

describe('the cellExamples request', () => {
	it('answers exactly the test digits of a cell, with probabilities whose largest is the cell’s answer, leaking no tensor', async () => {
		const matrix = await probeConfusion(trainer);
		// The fullest mistake, and a right answer.
		let worst = 1;
		for (let i = 0; i < 100; i++) if (i % 11 !== 0 && matrix.counts[i] > matrix.counts[worst]) worst = i;
		for (const cell of [worst, 77]) {
			const label = Math.floor(cell / 10);
			const predicted = cell % 10;
			const tensors = tf.memory().numTensors;
			const answer = await REQUESTS.cellExamples.run(trainer, { label, predicted, limit: 32 });
			expect(tf.memory().numTensors).toBe(tensors);
			expect(answer.count).toBe(matrix.counts[cell]);
			expect(answer.examples).toHaveLength(Math.min(32, matrix.counts[cell]));
			for (const example of answer.examples) {
				expect(digits.test.labels[example.index]).toBe(label);
				expect(example.label).toBe(label);
				expect(example.answer).toBe(predicted);
				const p = example.probabilities;
				expect(p.indexOf(Math.max(...p))).toBe(predicted);
				expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
				expect(Array.from(example.pixels!)).toEqual(Array.from(digits.test.images.slice(example.index * 784, (example.index + 1) * 784)));
			}
		}
	});

	it('refuses a cell or a limit that does not exist, with a message fit to show', async () => {
		await expect(REQUESTS.cellExamples.run(trainer, { label: 10, predicted: 0, limit: 5 })).rejects.toThrow('Pick a class from 0 to 9.');
		await expect(REQUESTS.cellExamples.run(trainer, { label: 1, predicted: -1, limit: 5 })).rejects.toThrow('from 0 to 9');
		await expect(REQUESTS.cellExamples.run(trainer, { label: 1, predicted: 1, limit: 0 })).rejects.toThrow('Ask for 1 to 32 examples.');
	});
});
