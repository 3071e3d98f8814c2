import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDigits } from '../testing/digits';
import { dropoutMasks } from './architectures';
import { isLiveChange, withDefaults, type ExperimentSpec } from './spec';
import { uploadDigits } from './tasks/digits';
import { disposeDataset, type Dataset } from './tasks/task';
import { Trainer } from './trainer';

let dataset: Dataset;

beforeAll(async () => {
	await tf.setBackend('cpu');
	dataset = uploadDigits(await readDigits());
});
afterAll(() => disposeDataset(dataset));

/** The first hidden layer's kernel, read back. */
const firstKernel = async (trainer: Trainer) => (await trainer.network.layers[0].getWeights()[0].data()).slice() as Float32Array;

/** Each weight's change from `before` to `after`. */
const change = (before: Float32Array, after: Float32Array) => after.map((v, i) => v - before[i]);

/** The trainer's next batch of example indices, without training (the private batcher, for the data-order tests). */
const nextBatch = (trainer: Trainer) => (trainer as unknown as { nextBatch(): Int32Array }).nextBatch();

describe('Trainer.adjust', () => {
	it('a learning-rate change takes effect at the next step: one SGD step moves the weights twice as far at twice the rate', async () => {
		const spec = withDefaults({ optimizer: 'sgd', learningRate: 0.05, trainSize: 500, batchSize: 32 });
		const kept = new Trainer(dataset, spec);
		const doubled = new Trainer(dataset, spec);
		await kept.train(3);
		await doubled.train(3);
		expect(doubled.adjust({ ...spec, learningRate: 0.1 })).toEqual(['learningRate']);
		const [keptBefore, doubledBefore] = [await firstKernel(kept), await firstKernel(doubled)];
		expect(doubledBefore).toEqual(keptBefore);
		await kept.train(1);
		await doubled.train(1);
		const keptStep = change(keptBefore, await firstKernel(kept));
		const doubledStep = change(doubledBefore, await firstKernel(doubled));
		const largest = keptStep.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
		expect(largest).toBeGreaterThan(0);
		doubledStep.forEach((v, i) => expect(v).toBeCloseTo(2 * keptStep[i], 6));
		kept.dispose();
		doubled.dispose();
	});

	it('keeps Adam’s moments on a rate change and starts a new optimizer, fresh, on an optimizer change', async () => {
		const spec = withDefaults({ trainSize: 500, batchSize: 32 });
		const trainer = new Trainer(dataset, spec);
		await trainer.train(4);
		const adam = trainer.optimizer;
		trainer.adjust({ ...spec, learningRate: 0.001 });
		expect(trainer.optimizer).toBe(adam);
		expect((trainer.optimizer as unknown as { learningRate: number }).learningRate).toBe(0.001);
		trainer.adjust({ ...spec, learningRate: 0.001, optimizer: 'momentum' });
		expect(trainer.optimizer).not.toBe(adam);
		expect(trainer.optimizer).toBeInstanceOf(tf.MomentumOptimizer);
		expect(trainer.optimizer.iterations).toBe(0);
		const { losses } = await trainer.train(3);
		expect(losses.map((p) => p.step)).toEqual([5, 6, 7]);
		trainer.dispose();
	});

	it('turns dropout on live, from 0 to 0.5: the next step drops the units a network built with 0.5 would drop at that step', async () => {
		const spec = withDefaults({ hiddenLayers: 2, layerWidth: 32, trainSize: 500, batchSize: 32 });
		const live = new Trainer(dataset, spec);
		await live.train(3);
		expect(dropoutMasks(live.network)).toHaveLength(0);
		live.adjust({ ...spec, dropout: 0.5 });
		await live.train(1);
		const built = new Trainer(dataset, { ...spec, dropout: 0.5 });
		await built.train(4);
		const liveMasks = await Promise.all(dropoutMasks(live.network).map((m) => m.data()));
		const builtMasks = await Promise.all(dropoutMasks(built.network).map((m) => m.data()));
		expect(liveMasks).toHaveLength(2);
		expect(liveMasks).toEqual(builtMasks);
		const dropped = liveMasks.flatMap((m) => Array.from(m)).filter((kept) => kept === 0).length;
		expect(dropped).toBeGreaterThan(0);
		// Back to 0: nothing is dropped and no mask is left to draw.
		live.adjust({ ...spec, dropout: 0 });
		await live.train(1);
		expect(dropoutMasks(live.network)).toHaveLength(0);
		live.dispose();
		built.dispose();
	});

	it('refuses a change that needs a new network', () => {
		const spec = withDefaults({ trainSize: 500 });
		const trainer = new Trainer(dataset, spec);
		expect(() => trainer.adjust({ ...spec, layerWidth: 64 })).toThrow(/new network.*layerWidth/);
		expect(trainer.spec).toEqual(spec);
		trainer.dispose();
	});

	it('keeps every epoch a permutation when the batch size changes in the middle of one', () => {
		const spec = withDefaults({ trainSize: 100, batchSize: 8 });
		const trainer = new Trainer(dataset, spec);
		const epochs = new Map<number, number[]>();
		const take = (batches: number) => {
			for (let i = 0; i < batches; i++) {
				const batch = nextBatch(trainer);
				epochs.set(trainer.epoch, [...(epochs.get(trainer.epoch) ?? []), ...batch]);
			}
		};
		take(5);
		trainer.adjust({ ...spec, batchSize: 16 });
		take(6);
		trainer.adjust({ ...spec, batchSize: 7 });
		take(20);
		expect(epochs.size).toBeGreaterThanOrEqual(3);
		for (const [epoch, indices] of epochs) {
			// No example twice in a pass; only a remainder smaller than a batch is left out.
			expect(new Set(indices).size, `epoch ${epoch}`).toBe(indices.length);
			expect(indices.every((i) => i >= 0 && i < 100)).toBe(true);
			if (epoch < trainer.epoch) expect(100 - indices.length, `epoch ${epoch}`).toBeLessThan(16);
		}
		// 40 examples at 8, then 48 at 16: 12 are left, too few for a batch of 16, so a new pass began.
		expect(epochs.get(1)).toHaveLength(88);
		trainer.dispose();
	});

	it('counts the steps to the end of an epoch from the place in the data', async () => {
		const spec = withDefaults({ trainSize: 500, batchSize: 32 });
		const trainer = new Trainer(dataset, spec);
		expect(trainer.stepsToEndOfEpoch(1)).toBe(15);
		expect(trainer.stepsToEndOfEpoch(2)).toBe(30);
		await trainer.train(10);
		expect(trainer.stepsToEndOfEpoch(1)).toBe(5);
		trainer.adjust({ ...spec, batchSize: 64 });
		// 180 examples left in this pass: two batches of 64.
		expect(trainer.stepsToEndOfEpoch(1)).toBe(2);
		await trainer.train(2);
		expect([trainer.epoch, trainer.stepsToEndOfEpoch(1)]).toEqual([1, 0]);
		await trainer.train(1);
		expect(trainer.epoch).toBe(2);
		trainer.dispose();
	});

	it('leaves no tensor behind across rate, optimizer, dropout and batch-size changes', async () => {
		const spec = withDefaults({ hiddenLayers: 2, layerWidth: 16, trainSize: 300, batchSize: 16 });
		const before = tf.memory().numTensors;
		const trainer = new Trainer(dataset, spec);
		await trainer.train(2);
		const changes: Partial<ExperimentSpec>[] = [
			{ learningRate: 0.01 },
			{ optimizer: 'sgd' },
			{ optimizer: 'momentum', dropout: 0.5 },
			{ optimizer: 'rmsprop', batchSize: 8, l2: 0.001, clipNorm: 1 },
			{ dropout: 0, l1: 0.0001 }
		];
		let current = spec;
		for (const next of changes) {
			current = { ...current, ...next };
			trainer.adjust(current);
			await trainer.train(2);
		}
		expect(trainer.spec).toEqual(current);
		trainer.dispose();
		expect(tf.memory().numTensors).toBe(before);
	});
});

describe('isLiveChange', () => {
	it.each([
		[{ learningRate: 0.1 }, true],
		[{ optimizer: 'sgd', batchSize: 8, dropout: 0.3, l1: 0.01, l2: 0.01, clipNorm: 1 }, true],
		[{}, true],
		[{ layerWidth: 64 }, false],
		[{ learningRate: 0.1, seed: 2 }, false],
		[{ trainSize: 1000 }, false]
	] as [Partial<ExperimentSpec>, boolean][])('%o: %s', (to, live) => {
		expect(isLiveChange(withDefaults(), withDefaults(to))).toBe(live);
	});
});
