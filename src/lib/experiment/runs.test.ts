import { expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../session/settings';
import { differences, smoothLosses } from './runs';

it('lists what a variant changes, in parameter-table order, with both values', () => {
	const main = { ...DEFAULT_SETTINGS, dropout: 0, learningRate: 0.1 };
	expect(differences({ learningRate: 0.001, dropout: 0.5 }, main)).toEqual([
		['dropout', '0', '0.5'],
		['learningRate', '0.1', '0.001']
	]);
	expect(differences({}, main)).toEqual([]);
});

it('smooths losses with a moving average and stops at the first non-finite loss', () => {
	const losses = [2, 1, 1, NaN, 1].map((loss, i) => ({ step: i + 1, loss, accuracy: 0 }));
	expect(smoothLosses(losses, 0.5)).toEqual([
		{ x: 1, y: 2 },
		{ x: 2, y: 1.5 },
		{ x: 3, y: 1.25 }
	]);
});
