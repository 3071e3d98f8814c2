/**
 * The task table: every data set a run can name (`spec.data`), with how its examples are
 * loaded. The digits come from the site's data file; the point sets are drawn in place.
 */
import type { PointSetId } from '../../data/points';
import type { DataId } from '../spec';
import { loadDigitsDataset } from './digits';
import { pointsDataset } from './points';
import type { Dataset } from './task';

export type LoadProgress = (loadedBytes: number, totalBytes: number | null) => void;

/** Loads the examples (from the site's data file, where there is one) and uploads them. */
export type LoadDataset = (dataUrl: string, onProgress?: LoadProgress) => Promise<Dataset>;

const drawn = (id: PointSetId): LoadDataset => async () => pointsDataset(id);

export const TASKS: Record<DataId, LoadDataset> = {
	digits: loadDigitsDataset,
	clouds: drawn('clouds'),
	xor: drawn('xor'),
	circles: drawn('circles'),
	spiral: drawn('spiral')
};
