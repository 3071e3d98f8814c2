/**
 * A learner's own dataset as a task: pictures are 28×28 grey images like the digits (so the CNN
 * and augmentation work on them), a table's rows are its standardised features. The split and
 * the standardisation follow the run's seed and test share.
 */
import * as tf from '@tensorflow/tfjs';
import { PICTURE_SIDE } from '../../owndata/dataset';
import type { ExperimentSpec } from '../spec';
import {
	PICTURE_VALUES,
	featureScaling,
	labelsOf,
	packedProblem,
	pictureBytes,
	splitOwn,
	standardisedRows,
	type PackedOwnData
} from './own-data';
import { examplesFromArrays, pixelInputs, type Dataset, type Examples, type Task } from './task';

/** Training examples measured for the train-test gap, at most (as for the digits). */
const TRAIN_MEASURED = 2000;

export function ownTask(data: Pick<PackedOwnData, 'kind' | 'classes' | 'width'>, trainCount: number, testCount: number): Task {
	const pictures = data.kind === 'pictures';
	return {
		id: 'own',
		inputShape: pictures ? [PICTURE_SIDE, PICTURE_SIDE, 1] : [data.width],
		classes: data.classes.length,
		// Small data: every test example, and the training ones up to the digits' count.
		evaluation: {
			chunk: 500,
			trainCount: Math.min(TRAIN_MEASURED, trainCount),
			probeCount: Math.min(128, testCount),
			galleryCount: pictures ? Math.min(24, testCount) : 0
		}
	};
}

/** Pictures uploaded as the digits are (`pixelInputs`), their bytes kept for galleries and augmentation. */
function pictureExamples(data: PackedOwnData, rows: Int32Array): Examples {
	const pixels = pictureBytes(data.values, rows);
	const labels = labelsOf(data.labels, rows);
	return {
		inputs: pixelInputs(pixels, rows.length),
		labels: tf.tensor1d(labels, 'int32'),
		count: rows.length,
		pictures: { pixels, labels: Uint8Array.from(labels) }
	};
}

/**
 * The dataset split by `spec.seed` and `spec.testShare`. Throws an Error whose message is the
 * problem's name (see `ownDataProblem`) when it cannot be trained on.
 */
export function ownDataset(data: PackedOwnData, spec: Pick<ExperimentSpec, 'seed' | 'testShare'>): Dataset {
	const problem = packedProblem(data);
	if (problem) throw new Error(problem);
	const split = splitOwn(data.labels, data.classes.length, spec.testShare, spec.seed);
	const task = ownTask(data, split.train.length, split.test.length);
	if (data.kind === 'pictures') {
		return { task, train: pictureExamples(data, split.train), test: pictureExamples(data, split.test) };
	}
	// Only the training rows say what is typical: the test rows are scaled with their numbers.
	const scaling = featureScaling(data.values, data.width, split.train);
	const part = (rows: Int32Array) => examplesFromArrays(task, standardisedRows(data.values, data.width, rows, scaling), labelsOf(data.labels, rows));
	return { task, train: part(split.train), test: part(split.test) };
}
