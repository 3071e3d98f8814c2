import { expect, it } from 'vitest';
import { differences } from './differences';
import { DEFAULT_SETTINGS } from './settings';

it('lists what a variant changes, in parameter-table order, with both values', () => {
	const main = { ...DEFAULT_SETTINGS, dropout: 0, learningRate: 0.1 };
	expect(differences({ learningRate: 0.001, dropout: 0.5 }, main)).toEqual([
		['dropout', '0', '0.5'],
		['learningRate', '0.1', '0.001']
	]);
	expect(differences({}, main)).toEqual([]);
});
