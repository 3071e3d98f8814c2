import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTENT, planeGrid } from '../../data/points';
import { REQUESTS } from '../requests';
import { withDefaults } from '../spec';
import { pointsDataset } from '../tasks/points';
import { disposeDataset } from '../tasks/task';
import { Trainer } from '../trainer';
import { Probes } from './index';
import { HIDDEN_SIZE, PLANE_SIZE, PLANE_UNITS } from './plane';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

describe('a network in the plane', () => {
	it('samples the square row by row from the top left', () => {
		const grid = planeGrid(2, 1);
		expect(Array.from(grid)).toEqual([-0.5, 0.5, 0.5, 0.5, -0.5, -0.5, 0.5, -0.5]);
	});

	it('draws the output and the first hidden units, and every weight of a small network', async () => {
		const dataset = pointsDataset('xor');
		const trainer = new Trainer(dataset, withDefaults({ data: 'xor', hiddenLayers: 2, layerWidth: 12 }));
		const { metrics } = await new Probes(trainer).measure('update');
		const plane = metrics.plane!;
		expect(plane.extent).toBe(EXTENT);
		expect(plane.output.length).toBe(PLANE_SIZE * PLANE_SIZE);
		expect(plane.output.every((p) => p > 0 && p < 1)).toBe(true);
		expect(plane.hidden.map((l) => l.layer)).toEqual(['dense 1', 'dense 2']);
		expect(plane.hidden[0].units.length).toBe(PLANE_UNITS);
		expect(plane.hidden[0].units[0].length).toBe(HIDDEN_SIZE * HIDDEN_SIZE);
		const parameters = metrics.parameters!;
		expect(parameters.layers.map((l) => [l.layer, l.inputs, l.units])).toEqual([
			['dense 1', 2, 12],
			['dense 2', 12, 12],
			['output', 12, 1]
		]);
		trainer.dispose();
		disposeDataset(dataset);
	});

	it('the plane’s output is the model’s own prediction at those points', async () => {
		const dataset = pointsDataset('clouds');
		const trainer = new Trainer(dataset, withDefaults({ data: 'clouds', hiddenLayers: 0 }));
		const { metrics } = await new Probes(trainer).measure('update');
		const grid = planeGrid(PLANE_SIZE, EXTENT);
		for (const i of [0, 817, PLANE_SIZE * PLANE_SIZE - 1]) {
			const [, p] = await trainer.predict(grid.slice(2 * i, 2 * i + 2));
			expect(metrics.plane!.output[i]).toBeCloseTo(p, 6);
		}
		trainer.dispose();
		disposeDataset(dataset);
	});

	it('sets a neuron’s weights and bias by hand, and refuses the wrong count', async () => {
		const dataset = pointsDataset('clouds');
		const trainer = new Trainer(dataset, withDefaults({ data: 'clouds', hiddenLayers: 0 }));
		await REQUESTS.setParameters.run(trainer, { layer: 'output', kernel: [2, -1], bias: [0.5] });
		// σ(2·0.25 − 1·0.5 + 0.5) = σ(0.5)
		const [, p] = await trainer.predict(new Float32Array([0.25, 0.5]));
		expect(p).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 6);
		await expect(REQUESTS.setParameters.run(trainer, { layer: 'output', kernel: [1] })).rejects.toThrow(/2 finite numbers/);
		await expect(REQUESTS.setParameters.run(trainer, { layer: 'dense 9', bias: [0] })).rejects.toThrow(/no layer/);
		expect(tf.memory().numTensors).toBeGreaterThan(0);
		trainer.dispose();
		disposeDataset(dataset);
	});
});
