/**
 * The neuron page's claims, checked on the real engine with the page's own set-up: one neuron
 * separates the two clouds but not XOR, four hidden units do separate XOR, and ten neurons on the
 * digits grow weight pictures that look like each digit's difference from the average digit.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { conceptPage } from '../concepts/pages';
import { PIXELS, type MnistData } from '../data/digits';
import { readDigits } from '../testing/digits';
import { probeWeightImages } from './probes/images';
import { withDefaults, type ExperimentSpec } from './spec';
import { uploadDigits } from './tasks/digits';
import { pointsDataset } from './tasks/points';
import { disposeDataset, type Dataset } from './tasks/task';
import { Trainer } from './trainer';

const page = conceptPage('neuron')!;
const step = (id: string) => page.tryThis.find((s) => s.id === id)!;

beforeAll(async () => {
	await tf.setBackend('cpu');
});

/** Test accuracy after `steps` steps of a spec on a dataset. */
async function accuracyAfter(dataset: Dataset, spec: Partial<ExperimentSpec>, steps: number): Promise<number> {
	const trainer = new Trainer(dataset, withDefaults(spec));
	await trainer.train(steps);
	const { accuracy } = await trainer.evaluate();
	trainer.dispose();
	return accuracy;
}

/** Pearson correlation of two equally long lists. */
function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
	const n = a.length;
	let meanA = 0;
	let meanB = 0;
	for (let i = 0; i < n; i++) {
		meanA += a[i] / n;
		meanB += b[i] / n;
	}
	let ab = 0;
	let aa = 0;
	let bb = 0;
	for (let i = 0; i < n; i++) {
		ab += (a[i] - meanA) * (b[i] - meanB);
		aa += (a[i] - meanA) ** 2;
		bb += (b[i] - meanB) ** 2;
	}
	return ab / Math.sqrt(aa * bb);
}

/** Each class's mean training digit minus the mean of all training digits, 784 values per class. */
function classContrasts(digits: MnistData): Float64Array[] {
	const { images, labels, count } = digits.train;
	const sums = Array.from({ length: 10 }, () => new Float64Array(PIXELS));
	const counts = new Array<number>(10).fill(0);
	const all = new Float64Array(PIXELS);
	for (let i = 0; i < count; i++) {
		counts[labels[i]]++;
		for (let p = 0; p < PIXELS; p++) {
			sums[labels[i]][p] += images[i * PIXELS + p];
			all[p] += images[i * PIXELS + p];
		}
	}
	return sums.map((sum, k) => sum.map((v, p) => v / counts[k] - all[p] / count));
}

describe('the neuron page’s set-up', () => {
	it('one neuron reaches 95% on the two clouds and at most 80% on XOR; four hidden units reach 95% on XOR (same seed)', async () => {
		// Enough for four tanh units to find XOR (about 96% by step 300 on this seed).
		const steps = 400;
		const clouds = pointsDataset('clouds');
		const xor = pointsDataset('xor');
		const oneNeuron = { ...page.defaults, ...step('xor').change };
		expect(oneNeuron.hiddenLayers).toBe(0);
		expect(await accuracyAfter(clouds, { ...oneNeuron, data: 'clouds' }, steps)).toBeGreaterThanOrEqual(0.95);
		expect(await accuracyAfter(xor, oneNeuron, steps)).toBeLessThanOrEqual(0.8);
		expect(await accuracyAfter(xor, { ...oneNeuron, ...step('xor').compare }, steps)).toBeGreaterThanOrEqual(0.95);
		disposeDataset(clouds);
		disposeDataset(xor);
	});

	it('after one epoch, at least 8 of the ten neurons’ weight pictures correlate above 0.5 with their digit’s mean minus the mean digit (plain SGD, as the page sets it up)', async () => {
		const digits = await readDigits();
		const dataset = uploadDigits(digits);
		const spec = withDefaults({ ...page.defaults, ...step('digits').change });
		expect(spec.data).toBe('digits');
		expect(spec.hiddenLayers).toBe(0);
		const trainer = new Trainer(dataset, spec);
		await trainer.train(trainer.stepsToEndOfEpoch(1));
		const images = (await probeWeightImages(trainer))!;
		expect(images.units).toBe(10);
		const contrasts = classContrasts(digits);
		const correlations = contrasts.map((contrast, k) => correlation(images.values.subarray(k * PIXELS, (k + 1) * PIXELS), contrast));
		expect(correlations.filter((r) => r > 0.5).length).toBeGreaterThanOrEqual(8);
		trainer.dispose();
		disposeDataset(dataset);
	});
});
