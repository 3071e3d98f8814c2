/**
 * An uploaded picture of a digit, read as pixels only. The file's own bytes say what it is (its
 * name and claimed type are never trusted); only raster formats pass, and their size is read from
 * the header before anything is decoded. Pure: no DOM.
 */

export const MAX_PICTURE_BYTES = 10 * 1024 * 1024;
export const MAX_PICTURE_SIDE = 4096;

export type PictureFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp' | 'avif';

export interface PictureHeader {
	format: PictureFormat;
	/** From the header, where the format puts it somewhere easy to find. */
	width?: number;
	height?: number;
}

export type PictureProblem =
	| { kind: 'notPicture' }
	| { kind: 'tooLarge'; megabytes: number }
	| { kind: 'tooBig'; width: number; height: number }
	| { kind: 'noDigit' };

const startsWith = (bytes: Uint8Array, at: number, text: string) =>
	bytes.length >= at + text.length && [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));
const u16le = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u16be = (b: Uint8Array, at: number) => (b[at] << 8) | b[at + 1];
const u24le = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8) | (b[at + 2] << 16);
const u32be = (b: Uint8Array, at: number) => ((b[at] << 24) >>> 0) + ((b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]);
const i32le = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24);

/** The raster format and size a file's first bytes declare, or null for anything else (text, SVG, PDF…). */
export function readPictureHeader(bytes: Uint8Array): PictureHeader | null {
	if (startsWith(bytes, 0, '\x89PNG\r\n\x1a\n')) {
		return bytes.length >= 24 && startsWith(bytes, 12, 'IHDR')
			? { format: 'png', width: u32be(bytes, 16), height: u32be(bytes, 20) }
			: null;
	}
	if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
		return { format: 'jpeg', ...jpegSize(bytes) };
	}
	if (startsWith(bytes, 0, 'GIF87a') || startsWith(bytes, 0, 'GIF89a')) {
		return bytes.length >= 10 ? { format: 'gif', width: u16le(bytes, 6), height: u16le(bytes, 8) } : null;
	}
	if (startsWith(bytes, 0, 'BM') && bytes.length >= 26) {
		return { format: 'bmp', width: Math.abs(i32le(bytes, 18)), height: Math.abs(i32le(bytes, 22)) };
	}
	if (startsWith(bytes, 0, 'RIFF') && startsWith(bytes, 8, 'WEBP')) return { format: 'webp', ...webpSize(bytes) };
	if (startsWith(bytes, 4, 'ftypavif') || startsWith(bytes, 4, 'ftypavis')) return { format: 'avif' };
	return null;
}

/** A JPEG's size from its first start-of-frame marker, when it comes before the bytes run out. */
function jpegSize(bytes: Uint8Array): { width?: number; height?: number } {
	let at = 2;
	while (at + 9 < bytes.length) {
		if (bytes[at] !== 0xff) return {};
		const marker = bytes[at + 1];
		// SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
		if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
			return { height: u16be(bytes, at + 5), width: u16be(bytes, at + 7) };
		}
		at += 2 + u16be(bytes, at + 2);
	}
	return {};
}

function webpSize(bytes: Uint8Array): { width?: number; height?: number } {
	if (startsWith(bytes, 12, 'VP8 ') && bytes.length >= 30) {
		return { width: u16le(bytes, 26) & 0x3fff, height: u16le(bytes, 28) & 0x3fff };
	}
	if (startsWith(bytes, 12, 'VP8L') && bytes.length >= 25) {
		const [b0, b1, b2, b3] = bytes.subarray(21, 25);
		return { width: 1 + (((b1 & 0x3f) << 8) | b0), height: 1 + (((b3 & 0x0f) << 10) | (b2 << 2) | ((b1 & 0xc0) >> 6)) };
	}
	if (startsWith(bytes, 12, 'VP8X') && bytes.length >= 30) {
		return { width: 1 + u24le(bytes, 24), height: 1 + u24le(bytes, 27) };
	}
	return {};
}

/** What stops a file of `byteLength` bytes starting with `header` from being read, or null. */
export function checkPicture(byteLength: number, header: PictureHeader | null): PictureProblem | null {
	if (byteLength > MAX_PICTURE_BYTES) return { kind: 'tooLarge', megabytes: Math.round(byteLength / 1024 / 102.4) / 10 };
	if (!header) return { kind: 'notPicture' };
	if (header.width !== undefined && header.height !== undefined) return checkSize(header.width, header.height);
	return null;
}

/** Checks a decoded picture's size (some formats only say it once decoded). */
export function checkSize(width: number, height: number): PictureProblem | null {
	if (width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE) return { kind: 'tooBig', width, height };
	if (width < 1 || height < 1) return { kind: 'notPicture' };
	return null;
}

/** Where a `width`×`height` picture sits, as large as fits and centred, in a `size`×`size` square. */
export function fitInside(width: number, height: number, size: number): { x: number; y: number; width: number; height: number } {
	const scale = size / Math.max(width, height);
	const w = Math.max(1, Math.round(width * scale));
	const h = Math.max(1, Math.round(height * scale));
	return { x: Math.floor((size - w) / 2), y: Math.floor((size - h) / 2), width: w, height: h };
}

/** Differences from the paper smaller than this share of the strongest ink are paper grain or shadow. */
const PAPER_NOISE = 0.25;
/** Below this contrast (of 255) there is no digit to find. */
const MIN_CONTRAST = 40;

/**
 * Ink in 0..255 from RGBA pixels: MNIST digits are light ink on a dark field, a photo of a digit on
 * paper is the other way round. The border says which: the paper is what the edges show.
 * Transparent pixels count as white paper. All zeros when there is no clear digit.
 */
export function inkFromPicture(rgba: Uint8ClampedArray, width: number, height: number): Uint8ClampedArray {
	const count = width * height;
	const light = new Float32Array(count);
	for (let i = 0; i < count; i++) {
		const alpha = rgba[4 * i + 3] / 255;
		const luminance = 0.299 * rgba[4 * i] + 0.587 * rgba[4 * i + 1] + 0.114 * rgba[4 * i + 2];
		light[i] = luminance * alpha + 255 * (1 - alpha);
	}
	const paper = median(borderValues(light, width, height));
	const darkOnLight = paper >= 128;
	const away = light.map((v) => (darkOnLight ? paper - v : v - paper));
	const strongest = away.reduce((a, b) => Math.max(a, b), 0);
	const ink = new Uint8ClampedArray(count);
	if (strongest < MIN_CONTRAST) return ink;
	const floor = strongest * PAPER_NOISE;
	for (let i = 0; i < count; i++) ink[i] = Math.round((255 * Math.max(0, away[i] - floor)) / (strongest - floor));
	return ink;
}

function borderValues(values: Float32Array, width: number, height: number): number[] {
	const border: number[] = [];
	for (let x = 0; x < width; x++) border.push(values[x], values[(height - 1) * width + x]);
	for (let y = 1; y < height - 1; y++) border.push(values[y * width], values[y * width + width - 1]);
	return border;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
