import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDigits } from '../testing/digits';
import { forward } from './architectures';
import { evaluationCounts } from './budget';
import { Probes } from './probes';
import { withDefaults } from './spec';
import { uploadDigits } from './tasks/digits';
import { disposeDataset, type Dataset } from './tasks/task';
import { Trainer } from './trainer';

let dataset: Dataset;
let trainer: Trainer;

beforeAll(async () => {
	await tf.setBackend('cpu');
	dataset = uploadDigits(await readDigits());
	trainer = new Trainer(dataset, withDefaults({ hiddenLayers: 1, layerWidth: 32 }));
	await trainer.train(30);
});

afterAll(() => {
	trainer.dispose();
	disposeDataset(dataset);
});

describe('an evaluation on fewer examples (the evaluation budget)', () => {
	it('says how many it used, and measures exactly the first ones', async () => {
		const point = await trainer.evaluate({ test: 500, train: 1000 });
		expect(point.testCount).toBe(500);
		expect(point.trainCount).toBe(1000);
		// The first 500 test digits by hand.
		const correct = tf.tidy(() => {
			const x = dataset.test.inputs.slice([0, 0], [500, 784]);
			const answers = tf.argMax(forward(trainer.network, x, false), 1);
			return tf.equal(answers, dataset.test.labels.slice([0], [500])).sum().arraySync() as number;
		});
		expect(point.accuracy).toBeCloseTo(correct / 500, 10);
		// The confusion matrix counts the same examples.
		expect(trainer.latestConfusion!.counts.reduce((a, b) => a + b, 0)).toBe(500);
	});

	it('says nothing when it used every example', async () => {
		const point = await trainer.evaluate();
		expect(point.testCount).toBeUndefined();
		expect(point.trainCount).toBeUndefined();
		expect(trainer.latestConfusion!.counts.reduce((a, b) => a + b, 0)).toBe(2000);
		expect(trainer.evaluationSizes).toEqual({ testFull: 2000, trainFull: 2000, chunk: 500 });
	});

	it('goes through the probes: a report with counts evaluates that many', async () => {
		const probes = new Probes(trainer);
		const counts = evaluationCounts(trainer.evaluationSizes, 0.04);
		expect(counts).toEqual({ test: 1000, train: 1000 });
		const { metrics } = await probes.measure('report', counts);
		expect(metrics.test?.testCount).toBe(1000);
		expect(metrics.confusion?.counts.reduce((a, b) => a + b, 0)).toBe(1000);
		const whole = await probes.measure('report');
		expect(whole.metrics.test?.testCount).toBeUndefined();
		probes.dispose();
	});
});

