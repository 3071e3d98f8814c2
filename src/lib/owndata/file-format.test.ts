import { describe, expect, it } from 'vitest';
import type { OwnDataset } from './dataset';
import { datasetFile, FORMAT_MARKER, pictureLevels, readDatasetFile } from './file-format';

const picture = (seed: number) => pictureLevels(Array.from({ length: 784 }, (_, i) => ((i * 7 + seed * 13) % 17) / 16));
const pictures: OwnDataset = {
	kind: 'pictures',
	classes: ['一', '二', 'ring'],
	features: [],
	examples: [
		{ values: picture(1), label: 0 },
		{ values: picture(2), label: 2 }
	]
};
const table: OwnDataset = {
	kind: 'table',
	classes: ['setosa', 'virginica'],
	features: ['length', 'width'],
	examples: [
		{ values: [5.1, 3.5], label: 0 },
		{ values: [-0.1, 1e-7], label: 1 }
	]
};
const parsed = (dataset: OwnDataset) => JSON.parse(datasetFile(dataset));
const problem = (text: string) => {
	const read = readDatasetFile(text);
	return read.ok ? null : read.problem;
};

describe('the dataset file', () => {
	it('gives back exactly the same picture set and table after a round trip', () => {
		expect(readDatasetFile(datasetFile(pictures))).toEqual({ ok: true, value: pictures });
		expect(readDatasetFile(datasetFile(table))).toEqual({ ok: true, value: table });
	});

	it('carries a format marker, a version, the kind, and pictures as base64 of 784 bytes', () => {
		const file = parsed(pictures);
		expect(file).toMatchObject({ format: FORMAT_MARKER, version: 1, kind: 'pictures', classes: ['一', '二', 'ring'], features: [] });
		expect(atob(file.examples[0].pixels)).toHaveLength(784);
	});

	it('holds drawn values at the 256 grey levels it keeps', () => {
		expect(pictureLevels([0, 0.5, 1, 2, -1, NaN])).toEqual([0, 128 / 255, 1, 1, 0, 0]);
	});

	it('refuses what is not JSON, and JSON from elsewhere', () => {
		expect(problem('a,b\n1,2\n')).toEqual({ kind: 'notDataset' });
		expect(problem('{"format": "something-else", "version": 1}')).toEqual({ kind: 'foreign' });
		expect(problem('[1, 2, 3]')).toEqual({ kind: 'foreign' });
		expect(problem('{"version": 1, "kind": "table"}')).toEqual({ kind: 'foreign' });
	});

	it('refuses a newer version than it knows', () => {
		expect(problem(JSON.stringify({ ...parsed(table), version: 2 }))).toEqual({ kind: 'newer', version: 2 });
	});

	it('refuses a damaged file: cut short, or any part missing, out of range or of the wrong type', () => {
		const good = datasetFile(table);
		expect(problem(good.slice(0, good.length - 10))).toEqual({ kind: 'notDataset' });
		const broken: Record<string, unknown>[] = [
			{ ...parsed(table), version: 0 },
			{ ...parsed(table), kind: 'sounds' },
			{ ...parsed(table), classes: ['only one'] },
			{ ...parsed(table), classes: 'a,b' },
			{ ...parsed(table), features: [] },
			{ ...parsed(table), examples: [{ label: 2, values: [1, 2] }] },
			{ ...parsed(table), examples: [{ label: 0.5, values: [1, 2] }] },
			{ ...parsed(table), examples: [{ label: 0, values: [1] }] },
			{ ...parsed(table), examples: [{ label: 0, values: [1, 'x'] }] },
			{ ...parsed(pictures), examples: [{ label: 0, pixels: btoa('short') }] },
			{ ...parsed(pictures), examples: [{ label: 0, pixels: '***not base64***' }] },
			{ ...parsed(pictures), side: 32 },
			{ ...parsed(pictures), classes: Array.from({ length: 11 }, (_, i) => `c${i}`) }
		];
		for (const file of broken) expect(problem(JSON.stringify(file))).toEqual({ kind: 'corrupt' });
	});

	it('refuses a file too large to be one of its datasets before reading it', () => {
		const read = readDatasetFile('{}', 40 * 1024 * 1024);
		expect(read).toEqual({ ok: false, problem: { kind: 'tooLarge', megabytes: 40 } });
	});
});
