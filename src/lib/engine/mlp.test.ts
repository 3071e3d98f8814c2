/**
 * The MLP page's lesson, on the real engine: with no hidden layer a network draws one straight
 * line and stays near guessing on XOR, one hidden layer of 4 bends the boundary around it; the
 * spiral needs a second hidden layer; and the parameter count the page writes from its settings
 * is the model's own.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { conceptPage } from '../concepts/pages';
import type { PointSetId } from '../data/points';
import { buildNetwork, disposeNetwork } from './architectures';
import { layerSizes, parameterCount, parameterSum } from './parameter-count';
import { withDefaults, type ExperimentSpec } from './spec';
import { digitsTask } from './tasks/digits';
import { pointsDataset, pointsTask } from './tasks/points';
import { disposeDataset } from './tasks/task';
import { Trainer } from './trainer';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

const page = conceptPage('mlp')!;
const step = (id: string) => page.tryThis.find((s) => s.id === id)!;

/** Test accuracy after `steps` steps of the page's set-up with `change`, on the page's seed. */
async function accuracyAfter(change: Partial<ExperimentSpec>, steps: number): Promise<number> {
	const spec = withDefaults({ ...page.defaults, ...change });
	const dataset = pointsDataset(spec.data as PointSetId);
	const trainer = new Trainer(dataset, spec);
	await trainer.train(steps);
	const { accuracy } = await trainer.evaluate();
	trainer.dispose();
	disposeDataset(dataset);
	return accuracy;
}

describe('the MLP page’s set-up', () => {
	it('on XOR, no hidden layer stays at most 80% while one hidden layer of 4 reaches 95% (same seed)', async () => {
		expect(page.defaults).toMatchObject({ data: 'xor', hiddenLayers: 1, layerWidth: 4 });
		const [withHidden, without] = [
			await accuracyAfter({}, 200),
			await accuracyAfter({ ...page.compare, hiddenLayers: 0 }, 200)
		];
		expect(withHidden).toBeGreaterThanOrEqual(0.95);
		expect(without).toBeLessThanOrEqual(0.8);
	});

	it('on the spiral, the Try-this step’s second hidden layer beats one hidden layer of 2 by far', async () => {
		const deeper = step('spiral').change;
		expect(deeper).toMatchObject({ data: 'spiral', hiddenLayers: 2 });
		const [deep, narrow] = [
			await accuracyAfter(deeper, 1500),
			await accuracyAfter({ data: 'spiral', hiddenLayers: 1, layerWidth: 2 }, 1500)
		];
		expect(deep).toBeGreaterThanOrEqual(0.8);
		expect(narrow).toBeLessThanOrEqual(0.7);
	});
});

describe('the parameter count', () => {
	it.each([
		[{ data: 'xor', hiddenLayers: 0 }, 3],
		[{ data: 'xor', hiddenLayers: 1, layerWidth: 4 }, 17],
		[{ data: 'spiral', hiddenLayers: 2, layerWidth: 16 }, 337],
		[{ data: 'circles', hiddenLayers: 6, layerWidth: 8 }, 393],
		[{ data: 'digits', hiddenLayers: 0 }, 7850],
		[{ data: 'digits', hiddenLayers: 1, layerWidth: 32 }, 25450],
		[{ data: 'digits', hiddenLayers: 3, layerWidth: 64 }, 59210]
	] as [Partial<ExperimentSpec>, number][])('%o has %i weights and biases, as TF.js counts them', (change, expected) => {
		const spec = withDefaults(change);
		const network = buildNetwork(spec, spec.data === 'digits' ? digitsTask : pointsTask(spec.data as PointSetId));
		const counted = network.stages.reduce((sum, stage) => sum + stage.layers.reduce((n, layer) => n + layer.countParams(), 0), 0);
		disposeNetwork(network);
		expect(parameterCount(spec)).toBe(expected);
		expect(counted).toBe(expected);
	});

	it('is written out layer by layer, repeated hidden layers grouped', () => {
		expect(parameterSum(layerSizes({ data: 'xor', hiddenLayers: 1, layerWidth: 4 }))).toBe('2×4 + 4 + 4×1 + 1');
		expect(parameterSum(layerSizes({ data: 'xor', hiddenLayers: 0, layerWidth: 4 }))).toBe('2×1 + 1');
		expect(parameterSum(layerSizes({ data: 'circles', hiddenLayers: 6, layerWidth: 8 }))).toBe('2×8 + 8 + 5 × (8×8 + 8) + 8×1 + 1');
	});

	it('leaves out networks the formula does not describe', () => {
		expect(parameterCount(withDefaults({ architecture: 'cnn' }))).toBeNull();
		expect(parameterCount(withDefaults({ batchNorm: true }))).toBeNull();
	});
});
