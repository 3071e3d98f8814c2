import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDigits } from '../../testing/digits';
import { forward } from '../architectures';
import { withDefaults, type Activation } from '../spec';
import { uploadDigits } from '../tasks/digits';
import { disposeDataset, type Dataset } from '../tasks/task';
import { Trainer } from '../trainer';
import { probeActivations } from './activations';

let dataset: Dataset;

beforeAll(async () => {
	await tf.setBackend('cpu');
	dataset = uploadDigits(await readDigits());
});
afterAll(() => disposeDataset(dataset));

const PROBE_COUNT = 128;

/** Counted here with tensor maths, apart from the probe's own loops: each hidden layer's dead and saturated share. */
function independentShares(trainer: Trainer): { dead: number; saturated: number }[] {
	return tf.tidy(() => {
		const shares: { dead: number; saturated: number }[] = [];
		forward(trainer.network, trainer.testInputs(PROBE_COUNT), false, (_, h) => {
			const dead = tf.max(h, 0).lessEqual(0).mean().dataSync()[0];
			const tails =
				trainer.spec.activation === 'sigmoid' ? tf.logicalOr(h.less(0.02), h.greater(0.98)) : h.abs().greater(0.96);
			shares.push({ dead, saturated: tails.mean().dataSync()[0] });
		});
		return shares;
	});
}

/** Sets every dense kernel (and bias, when given) of the network by a rule. */
function rewire(trainer: Trainer, kernel: (k: tf.Tensor) => tf.Tensor, bias?: number): void {
	for (const stage of trainer.network.stages) {
		const layer = stage.kernelLayer;
		const [k, b] = layer.getWeights();
		const next = tf.tidy(() => [kernel(k), bias === undefined || stage.kind === 'output' ? b.clone() : tf.fill(b.shape, bias)]);
		layer.setWeights(next);
		tf.dispose(next);
	}
}

describe('the activation probe', () => {
	it.each([
		['relu', 'dead', 'saturated'],
		['sigmoid', 'saturated', 'dead'],
		['tanh', 'saturated', 'dead']
	] as const)('gives %s hidden outputs the %s share the layer really has', async (activation, known, unknown) => {
		const trainer = new Trainer(dataset, withDefaults({ hiddenLayers: 2, layerWidth: 16, activation }));
		await trainer.train(5);
		const { layers } = await probeActivations(trainer);
		const expected = independentShares(trainer);
		expect(layers.map((l) => l.layer)).toEqual(['dense 1', 'dense 2']);
		layers.forEach((layer, i) => {
			expect(layer[known]).toBeCloseTo(expected[i][known], 6);
			expect(layer[unknown]).toBeNull();
			expect(layer.histogram.counts.reduce((a, b) => a + b, 0)).toBe(PROBE_COUNT * 16);
		});
		trainer.dispose();
	});

	it('counts every ReLU unit dead when the biases push them all below zero', async () => {
		const trainer = new Trainer(dataset, withDefaults({ hiddenLayers: 2, layerWidth: 16, activation: 'relu' }));
		const healthy = await probeActivations(trainer);
		expect(healthy.layers[0].dead).toBeLessThan(0.5);
		rewire(trainer, (k) => k.clone(), -100);
		const { layers } = await probeActivations(trainer);
		expect(layers.map((l) => l.dead)).toEqual([1, 1]);
		trainer.dispose();
	});

	it.each(['sigmoid', 'tanh'] as Activation[])('counts %s outputs nearly all saturated when the weights are huge', async (activation) => {
		const trainer = new Trainer(dataset, withDefaults({ hiddenLayers: 2, layerWidth: 16, activation, initializer: 'glorotUniform' }));
		const calm = await probeActivations(trainer);
		expect(calm.layers[0].saturated).toBeLessThan(0.5);
		rewire(trainer, (k) => k.mul(1000));
		const { layers } = await probeActivations(trainer);
		const expected = independentShares(trainer);
		layers.forEach((layer, i) => {
			expect(layer.saturated).toBeGreaterThan(0.95);
			expect(layer.saturated).toBeCloseTo(expected[i].saturated, 6);
		});
		trainer.dispose();
	});
});
