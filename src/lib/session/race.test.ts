import { expect, it } from 'vitest';
import { raceVariants } from './race';
import { DEFAULT_SETTINGS } from './settings';

const settings = { ...DEFAULT_SETTINGS, learningRate: 0.1, optimizer: 'sgd' as const };

it.each([
	// factors multiply the main run's value, two significant digits, within the setting's range
	[{ field: 'learningRate', factors: [0.01, 0.1, 10, 100] }, [0.001, 0.01, 1, 10]],
	[{ field: 'learningRate', factors: [0.3, 3] }, [0.03, 0.3]],
	// clamped to the range (10 at most), and a value met twice races once
	[{ field: 'learningRate', factors: [100, 1000] }, [10]],
	// the main run's own value is not raced against itself
	[{ field: 'learningRate', factors: [1, 10] }, [1]],
	[{ field: 'optimizer', values: ['sgd', 'momentum', 'rmsprop', 'adam'] }, ['momentum', 'rmsprop', 'adam']],
	// five runs at most: the main one and four others
	[{ field: 'layerWidth', values: [1, 2, 4, 8, 16, 32] }, [1, 2, 4, 8]]
] as const)('%o races %j beside the main run', (race, values) => {
	expect(raceVariants(race, settings)).toEqual(values.map((value) => ({ [race.field]: value })));
});
