/**
 * What a learner can set for one run: the experiment spec plus where it trains. The pages, the
 * session and the worker share this type; the URL table (url/params.ts) only reads and writes it.
 */
import { DEFAULT_SPEC, type BackendChoice, type ExperimentSpec } from '../engine/spec';

export interface Settings extends ExperimentSpec {
	backend: BackendChoice;
}

export type Setting = keyof Settings;
/** A setting's value as a control or a table row gives it; the URL table checks it. */
export type SettingValue = string | number | boolean;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ ...DEFAULT_SPEC, backend: 'auto' });
