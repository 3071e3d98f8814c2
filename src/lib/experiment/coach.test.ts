import { describe, expect, it } from 'vitest';
import type { ActivationSnapshot, GradientNormPoint, LossPoint, TestPoint } from '../engine/types';
import { coachFindings, coachLinks, coachRule, COACH_RULES, type CoachRun, type CoachSettings } from './coach';

const LAB: CoachSettings = { data: 'digits', optimizer: 'adam', learningRate: 0.003 };

const run = (series: Partial<CoachRun> = {}): CoachRun => ({
	losses: [],
	tests: [],
	gradients: [],
	activations: [],
	diverged: false,
	exploded: false,
	...series
});

/** A test evaluation every 100 steps from `from`, with the given accuracies (and falling losses unless given). */
const tests = (accuracies: number[], from = 100, losses?: number[], trainLosses?: number[]): TestPoint[] =>
	accuracies.map((accuracy, i) => ({
		step: from + 100 * i,
		epoch: 0,
		loss: losses?.[i] ?? 2 / (i + 1),
		accuracy,
		trainLoss: trainLosses?.[i] ?? 2 / (i + 1),
		trainAccuracy: accuracy
	}));

/** One gradient snapshot per first-layer norm, the output layer's norm fixed at `last`. */
const gradients = (firsts: number[], last = 1): GradientNormPoint[] =>
	firsts.map((first, i) => ({
		step: 100 * (i + 1),
		layers: [
			{ layer: 'dense 1', kind: 'dense', norm: first },
			{ layer: 'dense 2', kind: 'dense', norm: Math.sqrt(first * last) },
			{ layer: 'output', kind: 'output', norm: last }
		]
	}));

/** Activation snapshots of two hidden layers: `dead[i]` is the second layer's dead share in snapshot i. */
const activations = (dead: number[]): ActivationSnapshot[] =>
	dead.map((share, i) => ({
		step: 100 * (i + 1),
		layers: [
			{ layer: 'dense 1', kind: 'dense', mean: 0.3, std: 0.2, histogram: { x0: 0, x1: 1, counts: [1] }, dead: 0.05, saturated: null },
			{ layer: 'dense 2', kind: 'dense', mean: 0.1, std: 0.1, histogram: { x0: 0, x1: 1, counts: [1] }, dead: share, saturated: null }
		]
	}));

/** A loss at every step up to `steps`, from `lossAt(step)`, with a little batch-to-batch noise. */
const losses = (steps: number, lossAt: (step: number) => number): LossPoint[] =>
	Array.from({ length: steps }, (_, i) => ({ step: i + 1, loss: lossAt(i + 1) * (1 + 0.02 * Math.sin(i * 1.7)), accuracy: 0.1 }));

const holds = (id: Parameters<typeof coachRule>[0], r: CoachRun, settings: CoachSettings = LAB) => coachRule(id).holds(r, settings);

describe('the coach', () => {
	it('diverged: holds for a run whose loss became NaN, and not for a healthy one', () => {
		expect(holds('diverged', run({ diverged: true }))).toBe(true);
		expect(holds('diverged', run())).toBe(false);
	});

	it('blew up: holds for a run whose loss shot past ten times its start, and not for a healthy one', () => {
		expect(holds('blewUp', run({ exploded: true }))).toBe(true);
		expect(holds('blewUp', run())).toBe(false);
	});

	it('stuck at chance: holds for digits at 10% after 300 steps, not for a learning run nor before 300 steps', () => {
		expect(holds('stuck', run({ tests: tests([0.1, 0.11, 0.098, 0.1, 0.1]) }))).toBe(true);
		expect(holds('stuck', run({ tests: tests([0.1, 0.6, 0.8, 0.9, 0.92]) }))).toBe(false);
		// Early on, every run is at chance.
		expect(holds('stuck', run({ tests: tests([0.1, 0.1], 50) }))).toBe(false);
	});

	it('stuck at chance: two classes are stuck near 50%, not at 90%; a digit run at 50% is not stuck', () => {
		const xor: CoachSettings = { data: 'xor', optimizer: 'adam', learningRate: 0.03 };
		expect(holds('stuck', run({ tests: tests([0.5, 0.475, 0.475, 0.475]) }), xor)).toBe(true);
		expect(holds('stuck', run({ tests: tests([0.5, 0.8, 0.9, 0.95]) }), xor)).toBe(false);
		expect(holds('stuck', run({ tests: tests([0.3, 0.4, 0.5, 0.5]) }))).toBe(false);
	});

	it('vanishing gradients: holds when the first layer gets 1000× less than the last for five snapshots, not for four or for 100×', () => {
		expect(holds('vanishing', run({ gradients: gradients([1, 1e-4, 1e-4, 5e-4, 1e-4, 2e-4]) }))).toBe(true);
		expect(holds('vanishing', run({ gradients: gradients([1, 1, 1e-4, 1e-4, 1e-4, 1e-4]) }))).toBe(false);
		expect(holds('vanishing', run({ gradients: gradients([1e-2, 1e-2, 1e-2, 1e-2, 1e-2, 1e-2]) }))).toBe(false);
		// A network whose last layer gets no gradient either is not the vanishing pattern.
		expect(holds('vanishing', run({ gradients: gradients([0, 0, 0, 0, 0], 0) }))).toBe(false);
	});

	it('dead ReLUs: holds when half of one layer is dead for three snapshots, not when it recovers', () => {
		expect(holds('deadRelu', run({ activations: activations([0.1, 0.5, 0.7, 0.8]) }))).toBe(true);
		expect(holds('deadRelu', run({ activations: activations([0.6, 0.7, 0.8, 0.2]) }))).toBe(false);
		expect(holds('deadRelu', run({ activations: activations([0.1, 0.2, 0.3, 0.4]) }))).toBe(false);
	});

	it('overfitting: holds when test loss rises for several evaluations while training loss falls, not while both fall', () => {
		const acc = [0.5, 0.6, 0.7, 0.75, 0.75, 0.75, 0.75, 0.75];
		const test = [1.2, 0.8, 0.6, 0.55, 0.57, 0.6, 0.63, 0.66];
		const train = [1.2, 0.7, 0.4, 0.3, 0.2, 0.15, 0.1, 0.07];
		expect(holds('overfitting', run({ tests: tests(acc, 100, test, train) }))).toBe(true);
		expect(holds('overfitting', run({ tests: tests(acc, 100, [1.2, 0.8, 0.6, 0.55, 0.5, 0.48, 0.46, 0.45], train) }))).toBe(false);
		// The test loss rose, but so did the training loss: that is not overfitting.
		expect(holds('overfitting', run({ tests: tests(acc, 100, test, [1.2, 0.7, 0.4, 0.3, 0.35, 0.4, 0.45, 0.5]) }))).toBe(false);
		// One bad evaluation right after the lowest is noise, not a trend.
		expect(holds('overfitting', run({ tests: tests(acc.slice(0, 5), 100, test.slice(0, 5), train.slice(0, 5)) }))).toBe(false);
	});

	it('learning very slowly: holds for a flat loss at a tiny rate, not at a normal rate or while the loss still falls', () => {
		const flat = run({ losses: losses(600, (step) => 2.3 - 0.00005 * step) });
		expect(holds('slow', flat, { data: 'digits', optimizer: 'sgd', learningRate: 1e-4 })).toBe(true);
		expect(holds('slow', flat, { data: 'digits', optimizer: 'sgd', learningRate: 0.1 })).toBe(false);
		const falling = run({ losses: losses(600, (step) => 2.3 * Math.exp(-step / 200)) });
		expect(holds('slow', falling, { data: 'digits', optimizer: 'sgd', learningRate: 1e-4 })).toBe(false);
		// Too few steps to say.
		expect(holds('slow', run({ losses: losses(200, () => 2.3) }), { data: 'digits', optimizer: 'sgd', learningRate: 1e-4 })).toBe(false);
	});

	it('a healthy lab run shows nothing', () => {
		const healthy = run({
			losses: losses(800, (step) => 0.2 + 2.1 * Math.exp(-step / 100)),
			tests: tests([0.5, 0.8, 0.88, 0.91, 0.92, 0.93, 0.935, 0.94]),
			gradients: gradients([0.5, 0.4, 0.4, 0.3, 0.3, 0.3]),
			activations: activations([0.1, 0.1, 0.12, 0.1])
		});
		expect(coachFindings(healthy, LAB)).toEqual([]);
	});

	it('a blown-up run at chance with dead ReLUs is named once, as blown up: its message says the rest', () => {
		const blown = run({ exploded: true, tests: tests([0.1, 0.1, 0.1, 0.1, 0.1]), activations: activations([0.9, 0.9, 0.9]) });
		expect(coachFindings(blown, { ...LAB, learningRate: 10 })).toEqual(['blewUp']);
	});

	it('links only pages that exist, never the page the learner is on', () => {
		expect(coachLinks('blewUp').map((l) => l.href)).toEqual(['/concepts/learning-rate']);
		expect(coachLinks('blewUp', 'learning-rate')).toEqual([]);
		const overfitting = coachLinks('overfitting').map((l) => l.slug);
		expect(overfitting).toContain('dropout');
		for (const link of COACH_RULES.flatMap((rule) => coachLinks(rule.id))) expect(link.href).toMatch(/^\/concepts\/[a-z-]+$/);
	});
});
