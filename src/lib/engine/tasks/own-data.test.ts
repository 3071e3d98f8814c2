import { describe, expect, it } from 'vitest';
import type { OwnDataset } from '../../owndata/dataset';
import { classCounts, featureScaling, ownDataProblem, packOwnData, packedProblem, splitOwn, standardisedRows, testCountOf } from './own-data';

/** `perClass` labels of each of `classes` classes, interleaved. */
function labelsOf(classes: number, perClass: number): Int32Array {
	return Int32Array.from({ length: classes * perClass }, (_, i) => i % classes);
}

describe('splitOwn', () => {
	it('gives the same split for the same seed and share, and another for another seed', () => {
		const labels = labelsOf(3, 40);
		const a = splitOwn(labels, 3, 0.2, 7);
		const b = splitOwn(labels, 3, 0.2, 7);
		expect(Array.from(a.train)).toEqual(Array.from(b.train));
		expect(Array.from(a.test)).toEqual(Array.from(b.test));
		const c = splitOwn(labels, 3, 0.2, 8);
		expect(Array.from(c.test)).not.toEqual(Array.from(a.test));
	});

	it('puts every example in exactly one part', () => {
		const labels = labelsOf(4, 23);
		const { train, test } = splitOwn(labels, 4, 0.3, 1);
		const all = [...train, ...test].sort((x, y) => x - y);
		expect(all).toEqual(Array.from({ length: labels.length }, (_, i) => i));
	});

	it.each([0.1, 0.2, 0.35, 0.5])('holds out the share %s of each class', (share) => {
		const labels = labelsOf(3, 100);
		const { train, test } = splitOwn(labels, 3, share, 3);
		expect(test.length).toBe(3 * Math.round(100 * share));
		expect(train.length).toBe(300 - test.length);
		const perClass = classCounts(Array.from(test, (i) => labels[i]), 3);
		expect(perClass).toEqual([1, 1, 1].map(() => Math.round(100 * share)));
	});

	it('keeps at least one example of a class for each part, and a lone example for training', () => {
		expect(testCountOf(1, 0.5)).toBe(0);
		expect(testCountOf(2, 0.1)).toBe(1);
		expect(testCountOf(3, 0.5)).toBe(2);
		expect(testCountOf(12, 0.2)).toBe(2);
		// Class 0 has 5 examples, class 1 has 2, class 2 has 1.
		const labels = Int32Array.from([0, 0, 0, 0, 0, 1, 1, 2]);
		const { train, test } = splitOwn(labels, 3, 0.2, 1);
		expect(classCounts(Array.from(test, (i) => labels[i]), 3)).toEqual([1, 1, 0]);
		expect(classCounts(Array.from(train, (i) => labels[i]), 3)).toEqual([4, 1, 1]);
	});

	it('mixes the classes in each part rather than listing them one after another', () => {
		const labels = labelsOf(2, 50);
		const { test } = splitOwn(labels, 2, 0.4, 5);
		const firstHalf = Array.from(test.subarray(0, 20), (i) => labels[i]);
		expect(new Set(firstHalf).size).toBe(2);
	});
});

describe('standardisation', () => {
	// Four rows of two features; rows 0 and 1 train, rows 2 and 3 test (far from the training rows).
	const values = Float32Array.from([1, 10, 3, 30, 100, -50, 5, 20]);
	const train = [0, 1];
	const test = [2, 3];

	it('takes the mean and standard deviation from the training rows only', () => {
		const scaling = featureScaling(values, 2, train);
		expect(Array.from(scaling.mean)).toEqual([2, 20]);
		expect(Array.from(scaling.sd)).toEqual([1, 10]);
		const standardTrain = standardisedRows(values, 2, train, scaling);
		expect(Array.from(standardTrain)).toEqual([-1, -1, 1, 1]);
	});

	it('scales the test rows with the training mean and sd, not their own', () => {
		const scaling = featureScaling(values, 2, train);
		const standardTest = standardisedRows(values, 2, test, scaling);
		expect(Array.from(standardTest)).toEqual([(100 - 2) / 1, (-50 - 20) / 10, (5 - 2) / 1, (20 - 20) / 10]);
	});

	it('gives a constant column sd 1, so it becomes 0 and never NaN', () => {
		const constant = Float32Array.from([7, 1, 7, 2, 7, 3, 123456, 4]);
		const scaling = featureScaling(constant, 2, [0, 1, 2]);
		expect(scaling.sd[0]).toBe(1);
		const rows = standardisedRows(constant, 2, [0, 1, 2, 3], scaling);
		expect(rows.every(Number.isFinite)).toBe(true);
		expect([rows[0], rows[2], rows[4]]).toEqual([0, 0, 0]);
		// A large repeated number is constant too, whatever rounding leaves in its spread.
		const large = featureScaling(Float32Array.from([1e7 + 0.1, 1e7 + 0.1, 1e7 + 0.1]), 1, [0, 1, 2]);
		expect(large.sd[0]).toBe(1);
	});
});

describe('ownDataProblem', () => {
	const table = (examples: OwnDataset['examples'], classes = ['a', 'b']): OwnDataset => ({
		kind: 'table',
		classes,
		features: ['x', 'y'],
		examples
	});
	const row = (label: number, values = [1, 2]) => ({ values, label });

	it('accepts two classes with a second example to test on', () => {
		expect(ownDataProblem(table([row(0), row(0), row(1)]))).toBeNull();
	});

	it('names each problem', () => {
		expect(ownDataProblem(table([row(0), row(0)]))).toBe('fewClasses');
		expect(ownDataProblem(table([row(0), row(1)]))).toBe('noTest');
		expect(ownDataProblem(table([row(0), row(0), row(2)]))).toBe('badExamples');
		expect(ownDataProblem(table([row(0), row(0), row(1, [1])]))).toBe('badExamples');
		expect(ownDataProblem(table([row(0), row(0), row(1, [1, NaN])]))).toBe('badExamples');
		expect(ownDataProblem({ ...table([row(0), row(0), row(1)]), features: [] })).toBe('noFeatures');
		expect(ownDataProblem({ kind: 'pictures', classes: ['a', 'b'], features: [], examples: [row(0), row(0), row(1)] })).toBe('badExamples');
	});

	it('packs a good dataset into flat arrays the worker checks the same way', () => {
		const packed = packOwnData(table([row(0, [1, 2]), row(0, [3, 4]), row(1, [5, 6])]));
		expect(packed).toMatchObject({ kind: 'table', width: 2, count: 3 });
		expect(Array.from(packed.values)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(Array.from(packed.labels)).toEqual([0, 0, 1]);
		expect(packedProblem(packed)).toBeNull();
		// Too large for 32 bits: infinite once packed.
		expect(packedProblem(packOwnData(table([row(0, [1e300, 2]), row(0), row(1)])))).toBe('badExamples');
	});
});
