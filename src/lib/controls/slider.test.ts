import { expect, it } from 'vitest';
import { paramFor, type NumberParam } from '../url/params';
import { sliderScale } from './slider';

const scale = (field: Parameters<typeof paramFor>[0]) => sliderScale(paramFor(field) as NumberParam);

it.each([
	['learningRate', 0.003, 0.003],
	['learningRate', 1e-5, 1e-5],
	['learningRate', 10, 10],
	['learningRate', 0.05, 0.05],
	['batchSize', 64, 64],
	['batchSize', 1, 1],
	['batchSize', 8000, 8000],
	['batchSize', 1000, 1024],
	['layerWidth', 128, 128],
	['layerWidth', 100, 128],
	['batchSize', 48, 64],
	['clipNorm', 0, 0],
	['clipNorm', 1, 1],
	['clipNorm', 3, 2],
	['dropout', 0.5, 0.5],
	['hiddenLayers', 7, 7]
] as const)('%s %d survives a trip through its slider as %d', (field, value, expected) => {
	const s = scale(field);
	const position = s.toPosition(value);
	expect(position).toBeGreaterThanOrEqual(s.min);
	expect(position).toBeLessThanOrEqual(s.max);
	expect(s.toValue(position)).toBeCloseTo(expected, 10);
});

it('spans 1e-5 to 10 on a logarithmic learning-rate slider', () => {
	const s = scale('learningRate');
	expect(s.toValue(s.min)).toBe(1e-5);
	expect(s.toValue(s.max)).toBe(10);
	// Equal slider moves multiply the rate by equal factors.
	expect(s.toValue(300) / s.toValue(200)).toBeCloseTo(10, 5);
});
