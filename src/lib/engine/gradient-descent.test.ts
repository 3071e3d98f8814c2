/**
 * The gradient-descent page's signature, on the real engine: plain descent on a made-up surface
 * moves by exactly −η∇L from wherever the learner starts and lowers the loss every step at a small
 * rate; on the digit network, one step along −g lowers the loss for a small η, the loss's slope
 * there is −|g|², and asking changes no weight. Also the page's words about the one-step curve.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { conceptPage } from '../concepts/pages';
import { readDigits } from '../testing/digits';
import { trainableVariables } from './architectures';
import { lineSearch, lineSearchRates } from './requests/line-search';
import { withDefaults } from './spec';
import { SURFACES, descend, type SurfaceId } from './surfaces';
import { uploadDigits } from './tasks/digits';
import { disposeDataset, type Dataset } from './tasks/task';
import { Trainer } from './trainer';

describe('plain gradient descent on a surface, from a chosen start', () => {
	it.each([
		['bowl', 0.1, [2.7, -1.3]],
		['ravine', 0.02, [-1.5, 2.5]],
		['ravine', 0.04, [2.9, -0.4]]
	] as [SurfaceId, number, [number, number]][])('%s at %f from %j: each step is −η∇L and lowers the loss', (id, rate, start) => {
		const surface = SURFACES[id];
		const { points } = descend(surface, rate, 30, start);
		expect([points[0].x, points[0].y]).toEqual(start);
		expect(points).toHaveLength(31);
		for (let k = 1; k < points.length; k++) {
			const before = points[k - 1];
			const [gx, gy] = surface.gradient(before.x, before.y);
			expect(points[k].x).toBeCloseTo(before.x - rate * gx, 12);
			expect(points[k].y).toBeCloseTo(before.y - rate * gy, 12);
			expect(points[k].loss).toBeLessThan(before.loss);
		}
	});
});

describe('one step on the digits: the loss along −g', () => {
	let dataset: Dataset;
	let trainer: Trainer;
	/** The page's own set-up: one hidden layer of 32, plain SGD at 0.1. */
	const setup = withDefaults(conceptPage('gradient-descent')!.defaults);

	beforeAll(async () => {
		await tf.setBackend('cpu');
		dataset = uploadDigits(await readDigits());
		trainer = new Trainer(dataset, setup);
		return () => {
			trainer.dispose();
			disposeDataset(dataset);
		};
	});

	const readWeights = () => Promise.all(trainableVariables(trainer.network).map((v) => v.data()));

	it('is a descent direction with slope −|g|² at η = 0, and leaves every weight as it was', async () => {
		const before = await readWeights();
		const tensors = tf.memory().numTensors;
		const h = 0.01;
		const { loss, gradientNormSquared, losses } = await lineSearch(trainer, { rates: [h, 2 * h], examples: 256 });
		expect(losses[0]).toBeLessThan(loss);
		// A one-sided difference accurate to second order: (−3L(0) + 4L(h) − L(2h)) / 2h.
		const slope = (-3 * loss + 4 * losses[0] - losses[1]) / (2 * h);
		expect(gradientNormSquared).toBeGreaterThan(0);
		expect(Math.abs(slope + gradientNormSquared) / gradientNormSquared).toBeLessThan(0.02);
		expect(await readWeights()).toEqual(before);
		expect(tf.memory().numTensors).toBe(tensors);
	});

	it('fresh, every step up to 8× the rate helps; after 150 steps, 8× the rate does worse than no step', async () => {
		const rates = lineSearchRates(setup.learningRate);
		expect(rates).toHaveLength(17);
		expect(rates[2]).toBeCloseTo(setup.learningRate, 12);
		const fresh = await lineSearch(trainer, { rates: [rates[2], rates.at(-1)!] });
		expect(fresh.losses[0]).toBeLessThan(fresh.loss);
		expect(fresh.losses[1]).toBeLessThan(fresh.losses[0]);
		await trainer.train(150);
		const trained = await lineSearch(trainer, { rates: [rates[2], rates.at(-1)!] });
		expect(trained.losses[0]).toBeLessThan(trained.loss);
		expect(trained.losses[1]).toBeGreaterThan(trained.loss);
	});

	it('refuses step sizes it cannot try, with a plain message', async () => {
		await expect(lineSearch(trainer, { rates: [] })).rejects.toThrow(/step sizes/);
		await expect(lineSearch(trainer, { rates: [0.1, -1] })).rejects.toThrow(/at least 0/);
		await expect(lineSearch(trainer, { rates: [NaN] })).rejects.toThrow(/at least 0/);
	});
});
