/**
 * What a learner can set for one run: the experiment spec plus where it trains and when it
 * stops by itself. The pages, the session and the worker share this type; the URL table
 * (url/params.ts) only reads and writes it.
 */
import { DEFAULT_SPEC, type BackendChoice, type ExperimentSpec } from '../engine/spec';

export interface Settings extends ExperimentSpec {
	backend: BackendChoice;
	/** Stop at the end of this epoch; 0: never. A run control, not part of the spec. */
	stopEpochs: number;
	/** Stop once the test accuracy reaches this percentage; 0: never. */
	stopAccuracy: number;
}

export type Setting = keyof Settings;
/** A setting's value as a control or a table row gives it; the URL table checks it. */
export type SettingValue = string | number | boolean;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ ...DEFAULT_SPEC, backend: 'auto', stopEpochs: 0, stopAccuracy: 0 });

/** The engine's spec within some settings: everything but where the runs train and when they stop. */
export function specOf(settings: Settings): ExperimentSpec {
	const { backend: _backend, stopEpochs: _epochs, stopAccuracy: _accuracy, ...spec } = settings;
	return spec;
}
