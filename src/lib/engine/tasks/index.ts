/**
 * The task table: every data set a run can name (`spec.data`), with how its examples are
 * loaded. The digits come from the site's data file; the point sets are drawn in place; a
 * learner's own data comes from the page, split by the run's seed and test share.
 */
import type { PointSetId } from '../../data/points';
import type { DataId, ExperimentSpec } from '../spec';
import { loadDigitsDataset } from './digits';
import { ownDataset } from './own';
import type { PackedOwnData } from './own-data';
import { pointsDataset } from './points';
import type { Dataset } from './task';

export type LoadProgress = (loadedBytes: number, totalBytes: number | null) => void;

/** What a loader may need: where the site's data file is, the run's spec, the learner's own data. */
export interface LoadContext {
	dataUrl: string;
	onProgress?: LoadProgress;
	spec: ExperimentSpec;
	/** The learner's dataset as the page last handed it over, with a number that changes with each hand-over. */
	own: { data: PackedOwnData; version: number } | null;
}

/** Loads the examples (from the site's data file, where there is one) and uploads them. */
export type LoadDataset = (context: LoadContext) => Promise<Dataset>;

const drawn = (id: PointSetId): LoadDataset => async () => pointsDataset(id);

export const TASKS: Record<DataId, LoadDataset> = {
	digits: ({ dataUrl, onProgress }) => loadDigitsDataset(dataUrl, onProgress),
	clouds: drawn('clouds'),
	xor: drawn('xor'),
	circles: drawn('circles'),
	spiral: drawn('spiral'),
	own: async ({ spec, own }) => {
		if (!own) throw new Error('No dataset of your own has been handed over yet.');
		return ownDataset(own.data, spec);
	}
};

/**
 * Which loaded examples a run can share with another: a data set's name, and for a learner's own
 * data also the hand-over and the split (seed and test share).
 */
export function datasetKey(spec: ExperimentSpec, ownVersion: number): string {
	return spec.data === 'own' ? `own#${ownVersion}:${spec.seed}:${spec.testShare}` : spec.data;
}
