/**
 * The optimizers page's signature, and the rules its 2D paths follow. On the made-up ravine, at
 * the page's own learning rate and β, momentum comes within 0.1 of the minimum in fewer steps than
 * plain gradient descent. The paths' update rules step exactly as TF.js's own optimizers do (run
 * side by side on two weights), and a running optimizer takes a new β at its next step.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { conceptPage } from '../concepts/pages';
import { readDigits } from '../testing/digits';
import { trainableVariables } from './architectures';
import { createOptimizer, retuneOptimizer } from './optimizers';
import { OPTIMIZERS, withDefaults, type ExperimentSpec, type Optimizer } from './spec';
import { UPDATE_RULES, optimizerPath } from './surface-optimizers';
import { SURFACES, descend, stepsToReach, type Surface } from './surfaces';
import { uploadDigits } from './tasks/digits';
import { disposeDataset } from './tasks/task';
import { Trainer } from './trainer';

/** The neighbourhood of the minimum: a circle of this radius around it (the maps span −3…3). */
const NEIGHBOURHOOD = 0.1;
const page = withDefaults(conceptPage('optimizers')!.defaults);

beforeAll(async () => {
	await tf.setBackend('cpu');
});

describe('on the ravine at the page’s rate', () => {
	it('momentum reaches the minimum’s neighbourhood in fewer steps than plain gradient descent', () => {
		const ravine = SURFACES.ravine;
		expect(page.learningRate).toBe(0.01);
		expect(page.momentum).toBe(0.9);
		const plain = stepsToReach(ravine, descend(ravine, page.learningRate, 300), NEIGHBOURHOOD);
		const momentum = stepsToReach(ravine, optimizerPath(ravine, 'momentum', page, 300), NEIGHBOURHOOD);
		expect(momentum).not.toBeNull();
		expect(plain).not.toBeNull();
		expect(momentum!).toBeLessThan(plain!);
		// The page's words: 37 steps against 165.
		expect([momentum, plain]).toEqual([37, 165]);
	});

	it('with β = 0 momentum is plain gradient descent, step for step', () => {
		const ravine = SURFACES.ravine;
		const path = optimizerPath(ravine, 'momentum', { ...page, momentum: 0 }, 50);
		expect(path.points).toEqual(descend(ravine, page.learningRate, 50).points);
	});
});

/** Steps TF.js's own optimizer for `spec` on two weights of `surface`, from its start: the points visited. */
function tfjsPath(surface: Surface, spec: ExperimentSpec, steps: number, retune?: { at: number; spec: ExperimentSpec }) {
	const initial = tf.tensor1d(surface.start);
	const weights = tf.variable(initial);
	initial.dispose();
	const optimizer = createOptimizer(spec);
	const points: number[][] = [[...surface.start]];
	for (let step = 1; step <= steps; step++) {
		if (retune?.at === step) retuneOptimizer(retune.spec, optimizer);
		const [x, y] = weights.dataSync();
		const gradient = tf.tensor1d(surface.gradient(x, y));
		optimizer.applyGradients({ [weights.name]: gradient });
		gradient.dispose();
		points.push([...weights.dataSync()]);
	}
	optimizer.dispose();
	weights.dispose();
	return points;
}

function expectClose(actual: number[][], expected: number[][]) {
	expect(actual).toHaveLength(expected.length);
	actual.forEach((point, k) =>
		point.forEach((value, i) => expect(Math.abs(value - expected[k][i]), `step ${k}, w${i + 1}`).toBeLessThan(1e-4 * (1 + Math.abs(expected[k][i]))))
	);
}

describe('the 2D paths step as TF.js does', () => {
	const settings = { learningRate: 0.03, momentum: 0.8, beta1: 0.85, beta2: 0.99 };
	it.each(OPTIMIZERS)('%s', (optimizer: Optimizer) => {
		const tensors = tf.memory().numTensors;
		for (const surface of [SURFACES.ravine, SURFACES.bowl]) {
			const spec = withDefaults({ optimizer, ...settings });
			const ours = optimizerPath(surface, optimizer, spec, 40).points.map(({ x, y }) => [x, y]);
			expectClose(ours, tfjsPath(surface, spec, 40));
		}
		expect(tf.memory().numTensors).toBe(tensors);
	});

	it('a running momentum optimizer takes a new β at its next step (TF.js’s own setMomentum does not)', () => {
		const surface = SURFACES.ravine;
		const before = withDefaults({ optimizer: 'momentum', learningRate: 0.01, momentum: 0.9 });
		const after = { ...before, momentum: 0.3 };
		const tensors = tf.memory().numTensors;
		const points = tfjsPath(surface, before, 20, { at: 11, spec: after });
		expect(tf.memory().numTensors).toBe(tensors);
		// Our rule with β 0.9 for ten steps, then 0.3.
		let kept = [UPDATE_RULES.momentum.initial, UPDATE_RULES.momentum.initial];
		const expected = [[...surface.start]];
		for (let t = 1; t <= 20; t++) {
			const [x, y] = expected.at(-1)!;
			const g = surface.gradient(x, y);
			const moves = [0, 1].map((i) => UPDATE_RULES.momentum.step(g[i], kept[i], t <= 10 ? before : after, t));
			kept = moves.map((m) => m.kept);
			expected.push([x + moves[0].change, y + moves[1].change]);
		}
		expectClose(points, expected);
		expect(Math.abs(points[20][0] - descend(surface, 0.01, 20).points[20].x)).toBeGreaterThan(1e-3);
	});

	it('a running Adam takes new β₁ and β₂, its bias correction dividing by 1 − (the first βs × each βs used before)', () => {
		const surface = SURFACES.bowl;
		const before = withDefaults({ optimizer: 'adam', learningRate: 0.05 });
		const after = { ...before, beta1: 0.5, beta2: 0.9 };
		const points = tfjsPath(surface, before, 12, { at: 7, spec: after });
		const expected = [[...surface.start]];
		const moments = [0, 0].map(() => ({ m: 0, v: 0 }));
		// TF.js starts its products at the first βs and multiplies in each step's βs after the step.
		let [product1, product2] = [before.beta1, before.beta2];
		for (let t = 1; t <= 12; t++) {
			const { beta1, beta2 } = t <= 6 ? before : after;
			const [x, y] = expected.at(-1)!;
			const g = surface.gradient(x, y);
			const next = [x, y].map((value, i) => {
				const kept = moments[i];
				kept.m = beta1 * kept.m + (1 - beta1) * g[i];
				kept.v = beta2 * kept.v + (1 - beta2) * g[i] ** 2;
				return value - (0.05 * (kept.m / (1 - product1))) / (Math.sqrt(kept.v / (1 - product2)) + 1e-7);
			});
			product1 *= beta1;
			product2 *= beta2;
			expected.push(next);
		}
		expectClose(points, expected);
	});
});

describe('on the digits', () => {
	it('momentum with β = 0 trains exactly as plain SGD: the same weights after 20 steps', async () => {
		const dataset = uploadDigits(await readDigits());
		const weightsAfter = async (change: Partial<ExperimentSpec>) => {
			const trainer = new Trainer(dataset, withDefaults({ ...page, ...change }));
			await trainer.train(20);
			const values = await Promise.all(trainableVariables(trainer.network).map((v) => v.data()));
			trainer.dispose();
			return values.map((v) => Array.from(v));
		};
		const plain = await weightsAfter({ optimizer: 'sgd' });
		expect(await weightsAfter({ optimizer: 'momentum', momentum: 0 })).toEqual(plain);
		expect(await weightsAfter({ optimizer: 'momentum', momentum: 0.9 })).not.toEqual(plain);
		disposeDataset(dataset);
	});

	it('a running trainer takes new βs as a live change, keeping its optimizer and that optimizer’s state', async () => {
		const dataset = uploadDigits(await readDigits());
		for (const [optimizer, change, read] of [
			['momentum', { momentum: 0.5 }, (o: tf.Optimizer) => (o as unknown as { m: tf.Scalar }).m.dataSync()[0]],
			['adam', { beta1: 0.5, beta2: 0.9 }, (o: tf.Optimizer) => [(o as unknown as { beta1: number }).beta1, (o as unknown as { beta2: number }).beta2]]
		] as const) {
			const trainer = new Trainer(dataset, withDefaults({ ...page, optimizer }));
			await trainer.train(3);
			const running = trainer.optimizer;
			expect(trainer.adjust({ ...trainer.spec, ...change })).toEqual(Object.keys(change));
			expect(trainer.optimizer).toBe(running);
			expect(running.iterations).toBe(3);
			expect(read(running)).toEqual(optimizer === 'momentum' ? 0.5 : [0.5, 0.9]);
			trainer.dispose();
		}
		disposeDataset(dataset);
	});
});
