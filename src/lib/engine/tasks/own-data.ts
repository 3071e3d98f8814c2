/**
 * A learner's own dataset on its way to the engine: checked, packed into flat arrays (one copy
 * to the worker, cheap to clone again after a crash), split into training and test examples by
 * a seeded, per-class draw, and (tables) standardised with the training split's statistics.
 * Plain TypeScript, no TF.js, so the page can check a dataset before it is sent.
 */
import { createRandom, shuffleInPlace } from '../../data/random';
import { PICTURE_SIDE, type OwnDataset, type OwnKind } from '../../owndata/dataset';

/** Why a dataset cannot be trained on; the page shows `owndata.engine.problem.<problem>`. */
export type OwnDataProblem = 'fewClasses' | 'noTest' | 'noFeatures' | 'badExamples';

/** Numbers in one picture. */
export const PICTURE_VALUES = PICTURE_SIDE * PICTURE_SIDE;

export interface PackedOwnData {
	kind: OwnKind;
	classes: string[];
	features: string[];
	/** Numbers per example: 784 for a picture, the feature count for a table. */
	width: number;
	count: number;
	/** count × width values, row-major. */
	values: Float32Array;
	labels: Int32Array;
}

/** Numbers each example of this dataset must have. */
function widthOf(dataset: Pick<OwnDataset, 'kind' | 'features'>): number {
	return dataset.kind === 'pictures' ? PICTURE_VALUES : dataset.features.length;
}

/** Examples in each class. */
export function classCounts(labels: ArrayLike<number>, classes: number): number[] {
	const counts = new Array<number>(classes).fill(0);
	for (let i = 0; i < labels.length; i++) counts[labels[i]]++;
	return counts;
}

/**
 * What stops this dataset from training, or null: every example must have the right count of
 * finite numbers and a label among the classes; two classes need examples; and some class needs
 * two, so there is one to test on.
 */
export function ownDataProblem(dataset: OwnDataset): OwnDataProblem | null {
	if (dataset.kind === 'table' && dataset.features.length === 0) return 'noFeatures';
	const width = widthOf(dataset);
	for (const { values } of dataset.examples) {
		if (!Array.isArray(values) || values.length !== width || !values.every(Number.isFinite)) return 'badExamples';
	}
	return labelProblem(dataset.examples.map((e) => e.label), dataset.classes.length);
}

/** The same checks on a packed dataset (the worker's copy; numbers too large for 32 bits show up here). */
export function packedProblem(data: PackedOwnData): OwnDataProblem | null {
	if (data.kind === 'table' && data.width === 0) return 'noFeatures';
	if (data.width !== widthOf(data) || data.values.length !== data.count * data.width || data.labels.length !== data.count) return 'badExamples';
	if (!data.values.every(Number.isFinite)) return 'badExamples';
	return labelProblem(data.labels, data.classes.length);
}

function labelProblem(labels: ArrayLike<number>, classes: number): OwnDataProblem | null {
	for (let i = 0; i < labels.length; i++) {
		if (!Number.isInteger(labels[i]) || labels[i] < 0 || labels[i] >= classes) return 'badExamples';
	}
	const counts = classCounts(labels, classes);
	if (counts.filter((n) => n > 0).length < 2) return 'fewClasses';
	if (counts.every((n) => n < 2)) return 'noTest';
	return null;
}

/** The dataset as flat arrays; check it with `ownDataProblem` first. */
export function packOwnData(dataset: OwnDataset): PackedOwnData {
	const width = widthOf(dataset);
	const count = dataset.examples.length;
	const values = new Float32Array(count * width);
	const labels = new Int32Array(count);
	dataset.examples.forEach((example, i) => {
		values.set(example.values, i * width);
		labels[i] = example.label;
	});
	return { kind: dataset.kind, classes: [...dataset.classes], features: [...dataset.features], width, count, values, labels };
}

/** The test share's limits and step (the `test=` setting). */
export const TEST_SHARE = { min: 0.1, max: 0.5, step: 0.05 } as const;

/** Test examples a class of `count` gets: its share, rounded, but at least one and never all of them. */
export function testCountOf(count: number, testShare: number): number {
	if (count < 2) return 0;
	return Math.min(count - 1, Math.max(1, Math.round(count * testShare)));
}

/** Mixed into the run's seed so the split does not follow the same random numbers as the batches. */
const SPLIT_SALT = 0x5eed5;

export interface OwnSplit {
	/** Indices of the training examples, in a seeded shuffled order. */
	train: Int32Array;
	/** Indices of the test examples, in a seeded shuffled order (galleries show the first). */
	test: Int32Array;
}

/**
 * A seeded split, class by class, so every class with two examples or more has some in each
 * part; a class with one example trains only. The same labels, share and seed give the same split.
 */
export function splitOwn(labels: ArrayLike<number>, classes: number, testShare: number, seed: number): OwnSplit {
	const random = createRandom((seed ^ SPLIT_SALT) >>> 0);
	const byClass: number[][] = Array.from({ length: classes }, () => []);
	for (let i = 0; i < labels.length; i++) byClass[labels[i]].push(i);
	const train: number[] = [];
	const test: number[] = [];
	for (const members of byClass) {
		shuffleInPlace(members, random);
		const testCount = testCountOf(members.length, testShare);
		test.push(...members.slice(0, testCount));
		train.push(...members.slice(testCount));
	}
	// Classes were taken one after another: mix them, so the first examples show every class.
	shuffleInPlace(train, random);
	shuffleInPlace(test, random);
	return { train: Int32Array.from(train), test: Int32Array.from(test) };
}

export interface FeatureScaling {
	mean: Float64Array;
	sd: Float64Array;
}

/**
 * Each feature's mean and standard deviation over the given rows (the training split): a
 * constant feature, or one seen once, gets sd 1, so it becomes 0 rather than NaN.
 */
export function featureScaling(values: Float32Array, width: number, rows: ArrayLike<number>): FeatureScaling {
	const mean = new Float64Array(width);
	const sd = new Float64Array(width).fill(1);
	const n = rows.length;
	if (n === 0) return { mean, sd };
	for (let r = 0; r < n; r++) for (let j = 0; j < width; j++) mean[j] += values[rows[r] * width + j];
	for (let j = 0; j < width; j++) mean[j] /= n;
	const squares = new Float64Array(width);
	for (let r = 0; r < n; r++) {
		for (let j = 0; j < width; j++) {
			const d = values[rows[r] * width + j] - mean[j];
			squares[j] += d * d;
		}
	}
	for (let j = 0; j < width; j++) {
		const spread = Math.sqrt(squares[j] / n);
		// Relative to the mean's size, so a column of one large repeated number counts as constant too.
		if (spread > 1e-9 * Math.max(1, Math.abs(mean[j]))) sd[j] = spread;
	}
	return { mean, sd };
}

/** The rows picked, in order, each feature standardised: (x − mean) / sd. */
export function standardisedRows(values: Float32Array, width: number, rows: ArrayLike<number>, scaling: FeatureScaling): Float32Array {
	const out = new Float32Array(rows.length * width);
	for (let r = 0; r < rows.length; r++) {
		for (let j = 0; j < width; j++) out[r * width + j] = (values[rows[r] * width + j] - scaling.mean[j]) / scaling.sd[j];
	}
	return out;
}

/** The rows picked as 0..255 grey pixels (values in 0..1, ink 1), as the digits are stored. */
export function pictureBytes(values: Float32Array, rows: ArrayLike<number>): Uint8Array {
	const out = new Uint8Array(rows.length * PICTURE_VALUES);
	for (let r = 0; r < rows.length; r++) {
		const from = rows[r] * PICTURE_VALUES;
		for (let j = 0; j < PICTURE_VALUES; j++) {
			out[r * PICTURE_VALUES + j] = Math.round(Math.min(1, Math.max(0, values[from + j])) * 255);
		}
	}
	return out;
}

/** The labels of the rows picked. */
export function labelsOf(labels: Int32Array, rows: ArrayLike<number>): Int32Array {
	return Int32Array.from({ length: rows.length }, (_, r) => labels[rows[r]]);
}
