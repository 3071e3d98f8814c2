import { describe, expect, it } from 'vitest';
import { classCounts, emptyPictures, trainable, withoutClass } from './classes';
import type { OwnDataset } from './dataset';

const set: OwnDataset = {
	...emptyPictures(['a', 'b', 'c']),
	examples: [
		{ values: [1], label: 0 },
		{ values: [2], label: 2 },
		{ values: [3], label: 2 }
	]
};

describe('drawn classes', () => {
	it('counts examples per class', () => {
		expect(classCounts(set)).toEqual([1, 0, 2]);
	});

	it('leaves a class with no examples out of training and renumbers the others', () => {
		const { dataset, leftOut } = trainable(set);
		expect(leftOut).toEqual(['b']);
		expect(dataset?.classes).toEqual(['a', 'c']);
		expect(dataset?.examples.map((e) => e.label)).toEqual([0, 1, 1]);
	});

	it('has nothing to train while fewer than two classes have examples', () => {
		expect(trainable({ ...set, examples: set.examples.slice(1) }).dataset).toBeNull();
	});

	it('removes a class with its examples, moving later labels down', () => {
		const after = withoutClass(set, 0);
		expect(after.classes).toEqual(['b', 'c']);
		expect(after.examples).toEqual([
			{ values: [2], label: 1 },
			{ values: [3], label: 1 }
		]);
	});
});
