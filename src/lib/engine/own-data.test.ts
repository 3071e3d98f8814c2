/**
 * A learner's own data through the real engine (CPU backend): the task the worker builds from a
 * handed-over dataset, trained by the same Trainer as the digits.
 */
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { blobTable, shapePictures } from '../testing/own-data';
import type { OwnDataset } from '../owndata/dataset';
import { architectureFor } from './architectures';
import { withDefaults, type ExperimentSpec } from './spec';
import { TASKS, datasetKey } from './tasks';
import { ownDataset } from './tasks/own';
import { featureScaling, packOwnData, splitOwn } from './tasks/own-data';
import { disposeDataset, outputUnits, type Dataset } from './tasks/task';
import { Trainer } from './trainer';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

const made: { datasets: Dataset[]; trainers: Trainer[] } = { datasets: [], trainers: [] };
afterEach(() => {
	made.trainers.splice(0).forEach((trainer) => trainer.dispose());
	made.datasets.splice(0).forEach(disposeDataset);
});

function load(own: OwnDataset, change: Partial<ExperimentSpec> = {}): { dataset: Dataset; spec: ExperimentSpec } {
	const spec = withDefaults({ data: 'own', ...change });
	const dataset = ownDataset(packOwnData(own), spec);
	made.datasets.push(dataset);
	return { dataset, spec };
}

function trainerFor(dataset: Dataset, spec: ExperimentSpec): Trainer {
	const trainer = new Trainer(dataset, spec);
	made.trainers.push(trainer);
	return trainer;
}

describe('a table of the learner’s', () => {
	it('is split by the seed and the test share, and scaled with the training rows’ mean and sd', async () => {
		const table = blobTable();
		const { dataset, spec } = load(table, { seed: 4, testShare: 0.3 });
		expect(dataset.task).toMatchObject({ inputShape: [4], classes: 3 });
		expect([dataset.train.count, dataset.test.count]).toEqual([210, 90]);
		const packed = packOwnData(table);
		const split = splitOwn(packed.labels, 3, spec.testShare, spec.seed);
		const { mean, sd } = featureScaling(packed.values, 4, split.train);
		const [train, test] = await Promise.all([dataset.train.inputs.data(), dataset.test.inputs.data()]);
		// The training columns come out with mean 0 and sd 1 ...
		for (let j = 0; j < 4; j++) {
			const column = Array.from({ length: 210 }, (_, r) => train[r * 4 + j]);
			const m = column.reduce((a, b) => a + b, 0) / 210;
			expect(m).toBeCloseTo(0, 4);
			expect(Math.sqrt(column.reduce((a, b) => a + (b - m) ** 2, 0) / 210)).toBeCloseTo(1, 4);
		}
		// ... and each test row is its raw numbers with the training mean and sd, in the split's order.
		split.test.forEach((index, r) => {
			for (let j = 0; j < 4; j++) {
				expect(test[r * 4 + j]).toBeCloseTo((table.examples[index].values[j] - mean[j]) / sd[j], 3);
			}
		});
		expect(Array.from(await dataset.test.labels.data())).toEqual(Array.from(split.test, (i) => table.examples[i].label));
		expect(dataset.test.pictures).toBeUndefined();
	});

	it('of three Gaussian blobs in four features trains to at least 90% test accuracy in 300 steps', async () => {
		const { dataset, spec } = load(blobTable(), { seed: 2, batchSize: 32 });
		const trainer = trainerFor(dataset, spec);
		await trainer.train(300);
		const { accuracy } = await trainer.evaluate();
		expect(accuracy).toBeGreaterThanOrEqual(0.9);
		// Every test example was measured.
		expect(trainer.latestConfusion!.counts.reduce((a, b) => a + b, 0)).toBe(dataset.test.count);
	});

	it('gets the MLP when a convolutional network is asked for', async () => {
		const { dataset, spec } = load(blobTable(), { architecture: 'cnn' });
		expect(architectureFor(spec, dataset.task)).toBe('mlp');
		const trainer = trainerFor(dataset, spec);
		expect(trainer.network.stages.map((stage) => stage.kind)).not.toContain('conv');
		expect((await trainer.train(3)).diverged).toBe(false);
	});

	it('with two classes has one output, the logit of class 1', () => {
		const { dataset } = load(blobTable(2, 3, 60));
		expect(dataset.task.classes).toBe(2);
		expect(outputUnits(dataset.task)).toBe(1);
	});
});

describe('pictures of the learner’s', () => {
	it('are 28×28×1 images scaled as the digits are, kept as pixels for galleries', async () => {
		const pictures = shapePictures(10);
		const { dataset } = load(pictures);
		expect(dataset.task).toMatchObject({ inputShape: [28, 28, 1], classes: 3 });
		expect(dataset.task.evaluation.galleryCount).toBe(dataset.test.count);
		const { pixels } = dataset.train.pictures!;
		const inputs = await dataset.train.inputs.data();
		expect(Array.from(inputs.subarray(0, 784))).toEqual(Array.from(pixels.subarray(0, 784), (p) => Math.fround(p / 255)));
		expect(Math.max(...inputs)).toBeLessThanOrEqual(1);
		expect(Math.max(...inputs)).toBeGreaterThan(0.75);
	});

	it('of bars and rings train with the MLP to at least 90% test accuracy', async () => {
		const { dataset, spec } = load(shapePictures(30), { seed: 3, layerWidth: 32, batchSize: 24 });
		const trainer = trainerFor(dataset, spec);
		await trainer.train(60);
		const { accuracy } = await trainer.evaluate();
		expect(dataset.test.count).toBe(18);
		expect(accuracy).toBeGreaterThanOrEqual(0.9);
	});

	it('build a CNN that takes a training step', async () => {
		const { dataset, spec } = load(shapePictures(4), { architecture: 'cnn', batchSize: 4 });
		const trainer = trainerFor(dataset, spec);
		expect(trainer.network.stages.map((stage) => stage.kind)).toContain('conv');
		const { losses, diverged } = await trainer.train(1);
		expect(diverged).toBe(false);
		expect(losses).toHaveLength(1);
	});
});

describe('the same dataset and seed', () => {
	it('give the same first ten losses, and another seed other ones', async () => {
		const firstLosses = async (seed: number) => {
			// A fresh copy each time, as a saved file opened again would be.
			const { dataset, spec } = load(structuredClone(shapePictures(12)), { seed, batchSize: 16, layerWidth: 32 });
			const { losses } = await trainerFor(dataset, spec).train(10);
			return losses.map((p) => p.loss);
		};
		const first = await firstLosses(9);
		expect(first).toHaveLength(10);
		expect(await firstLosses(9)).toEqual(first);
		expect(await firstLosses(10)).not.toEqual(first);
	});
});

describe('the task table', () => {
	it('builds a learner’s data from the hand-over, without the site’s data file', async () => {
		const own = { data: packOwnData(blobTable(3, 4, 60)), version: 1 };
		const spec = withDefaults({ data: 'own' });
		const dataset = await TASKS.own({ dataUrl: 'no such file', spec, own });
		made.datasets.push(dataset);
		expect(dataset.train.count + dataset.test.count).toBe(60);
		await expect(TASKS.own({ dataUrl: '', spec, own: null })).rejects.toThrow(/handed over/);
	});

	it('tells a new hand-over, seed or test share apart, and not the digits’ settings', () => {
		const own = withDefaults({ data: 'own' });
		const keys = [datasetKey(own, 1), datasetKey(own, 2), datasetKey({ ...own, seed: 2 }, 1), datasetKey({ ...own, testShare: 0.3 }, 1)];
		expect(new Set(keys).size).toBe(4);
		expect(datasetKey(withDefaults({ seed: 5, testShare: 0.4 }), 3)).toBe('digits');
	});

	it('refuses a dataset that cannot be trained on with the problem’s name', () => {
		const lonely = { ...blobTable(2, 2, 4), examples: blobTable(2, 2, 4).examples.slice(0, 2) };
		expect(() => load(lonely)).toThrow(/^noTest$/);
	});
});
