/**
 * The your-data page's set-up: a small network that learns a few dozen drawings or a table of a
 * few hundred rows in seconds, and dropout as the comparison, since small data is where it matters.
 */
import { DEFAULT_SETTINGS, type Settings } from '../session/settings';

export const OWN_DATA_DEFAULTS: Readonly<Settings> = Object.freeze({
	...DEFAULT_SETTINGS,
	data: 'own',
	layerWidth: 64,
	learningRate: 0.01,
	batchSize: 16
});

export const OWN_DATA_COMPARE: Partial<Settings> = { dropout: 0.5 };
