/**
 * The batches-and-epochs page's signature, on the real engine: on the same seed, the training
 * loss jumps more from step to step at batch 8 than at batch 256, because each step's loss is
 * the mean over its own batch. Also how the loop counts epochs: ⌊N / B⌋ whole batches a pass, and
 * a batch asked larger than the training set is the whole set.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { conceptPage } from '../concepts/pages';
import { stepSpread } from '../concepts/panels/batches';
import { readDigits } from '../testing/digits';
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

/** Per-step training losses after `warmUp` steps (the first fast fall is not noise), over `steps` steps. */
async function lossesAfterWarmUp(spec: ExperimentSpec, warmUp: number, steps: number): Promise<number[]> {
	const trainer = new Trainer(dataset, spec);
	await trainer.train(warmUp);
	const { losses } = await trainer.train(steps);
	trainer.dispose();
	return losses.map((p) => p.loss);
}

describe('the step-to-step loss spread', () => {
	// The page's optimizer and rate, without its hidden layer, on 2,000 digits: small enough for CI.
	const page = conceptPage('batches-and-epochs')!.defaults;
	const setup = { ...page, hiddenLayers: 0, trainSize: 2000, seed: 1 };

	it('is larger at batch 8 than at batch 256 on the same seed, by more than twice', async () => {
		const small = stepSpread(await lossesAfterWarmUp(withDefaults({ ...setup, batchSize: 8 }), 20, 100))!;
		const large = stepSpread(await lossesAfterWarmUp(withDefaults({ ...setup, batchSize: 256 }), 20, 100))!;
		expect(small).toBeGreaterThan(large);
		expect(small / large).toBeGreaterThan(2);
	});
});

describe('epochs', () => {
	it('are ⌊N / B⌋ steps, each beginning with a fresh shuffle: 100 digits at batch 32 make 3 steps an epoch', async () => {
		const trainer = new Trainer(dataset, withDefaults({ hiddenLayers: 0, trainSize: 100, batchSize: 32 }));
		expect(trainer.stepsPerEpoch).toBe(3);
		await trainer.train(7);
		expect(trainer.takeEpochStarts()).toEqual([1, 4, 7]);
		expect(trainer.epoch).toBe(3);
		expect(trainer.takeEpochStarts()).toEqual([]);
		trainer.dispose();
	});

	it('a batch larger than the training set is the whole set: one step an epoch, accuracy a share of it', async () => {
		const trainer = new Trainer(dataset, withDefaults({ hiddenLayers: 0, trainSize: 100, batchSize: 8000 }));
		expect(trainer.batchSize).toBe(100);
		expect(trainer.stepsPerEpoch).toBe(1);
		const { losses } = await trainer.train(3);
		expect(trainer.takeEpochStarts()).toEqual([1, 2, 3]);
		expect(trainer.epochs).toBe(3);
		for (const p of losses) {
			expect(p.accuracy).toBeGreaterThanOrEqual(0);
			expect(p.accuracy).toBeLessThanOrEqual(1);
		}
		trainer.dispose();
	});
});
