import { describe, expect, it } from 'vitest';
import {
	MAX_PICTURE_BYTES,
	checkPicture,
	checkSize,
	fitInside,
	inkFromPicture,
	readPictureHeader,
	type PictureHeader
} from './picture';

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const bytes = (...parts: (number | number[] | string)[]) =>
	new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le16 = (n: number) => [n & 255, (n >> 8) & 255];
const le32 = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255, (n >>> 24) & 255];
const le24 = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255];

const png = (w: number, h: number) => bytes('\x89PNG\r\n\x1a\n', be32(13), 'IHDR', be32(w), be32(h), [8, 6, 0, 0, 0]);
// A JPEG with an APP0 segment before its baseline frame header.
const jpeg = (w: number, h: number) =>
	bytes([0xff, 0xd8], [0xff, 0xe0, 0, 16], 'JFIF\0', Array(9).fill(0), [0xff, 0xc0, 0, 17, 8], [h >> 8, h & 255, w >> 8, w & 255], Array(12).fill(0));

describe('readPictureHeader', () => {
	it.each<[string, Uint8Array, PictureHeader | null]>([
		['a PNG', png(28, 30), { format: 'png', width: 28, height: 30 }],
		['a huge PNG', png(20000, 20000), { format: 'png', width: 20000, height: 20000 }],
		['a JPEG after an APP0 segment', jpeg(640, 480), { format: 'jpeg', width: 640, height: 480 }],
		['a JPEG cut off before its frame', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]), { format: 'jpeg' }],
		['a GIF', bytes('GIF89a', le16(100), le16(50), [0, 0, 0]), { format: 'gif', width: 100, height: 50 }],
		['a bottom-up BMP', bytes('BM', Array(16).fill(0), le32(64), le32(-32)), { format: 'bmp', width: 64, height: 32 }],
		['a lossy WebP', bytes('RIFF', le32(100), 'WEBP', 'VP8 ', le32(80), Array(6).fill(0), le16(300), le16(200)), { format: 'webp', width: 300, height: 200 }],
		['an extended WebP', bytes('RIFF', le32(100), 'WEBP', 'VP8X', le32(10), [0, 0, 0, 0], le24(4999), le24(99)), { format: 'webp', width: 5000, height: 100 }],
		['a lossless WebP', bytes('RIFF', le32(100), 'WEBP', 'VP8L', le32(10), [0x2f, 99, 0x40, 0x1f, 0]), { format: 'webp', width: 100, height: 126 }],
		['an AVIF', bytes(be32(28), 'ftypavif', be32(0)), { format: 'avif' }],
		['an SVG with a script', bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), null],
		['an SVG behind an XML declaration', bytes('<?xml version="1.0"?><svg/>'), null],
		['a text file', bytes('This is not a picture.\n'), null],
		['an HTML file', bytes('<!doctype html><img src=x onerror=alert(1)>'), null],
		['a PNG signature with no header after it', bytes('\x89PNG\r\n\x1a\n', be32(13), 'IHDX'), null],
		['a truncated PNG signature', bytes('\x89PN'), null],
		['an empty file', new Uint8Array(0), null],
		['a PDF', bytes('%PDF-1.7\n'), null]
	])('%s', (_, data, expected) => {
		expect(readPictureHeader(data)).toEqual(expected);
	});
});

describe('checkPicture', () => {
	it.each([
		['a small PNG', 1000, { format: 'png', width: 28, height: 28 }, null],
		['a picture at the size limit', 1000, { format: 'png', width: 4096, height: 4096 }, null],
		['a file over 10 MB', MAX_PICTURE_BYTES + 1, { format: 'png', width: 28, height: 28 }, { kind: 'tooLarge', megabytes: 10 }],
		['a 25 MB file that is not a picture', 25 * 1024 * 1024, null, { kind: 'tooLarge', megabytes: 25 }],
		['a picture wider than 4096 px', 1000, { format: 'gif', width: 4097, height: 10 }, { kind: 'tooBig', width: 4097, height: 10 }],
		['a picture taller than 4096 px', 1000, { format: 'png', width: 10, height: 20000 }, { kind: 'tooBig', width: 10, height: 20000 }],
		['a picture with no pixels', 1000, { format: 'png', width: 0, height: 10 }, { kind: 'notPicture' }],
		['a format whose size shows once decoded', 1000, { format: 'avif' }, null],
		['a file that is not a picture', 10, null, { kind: 'notPicture' }]
	] as const)('%s', (_, size, header, expected) => {
		expect(checkPicture(size, header as PictureHeader | null)).toEqual(expected);
	});

	it('checks a decoded size the same way', () => {
		expect(checkSize(4096, 1)).toBeNull();
		expect(checkSize(1, 5000)).toEqual({ kind: 'tooBig', width: 1, height: 5000 });
	});
});

describe('fitInside', () => {
	it.each([
		[280, 280, 280, { x: 0, y: 0, width: 280, height: 280 }],
		[28, 28, 280, { x: 0, y: 0, width: 280, height: 280 }],
		[400, 200, 280, { x: 0, y: 70, width: 280, height: 140 }],
		[100, 400, 280, { x: 105, y: 0, width: 70, height: 280 }],
		[4096, 1, 280, { x: 0, y: 139, width: 280, height: 1 }]
	])('%i×%i in %i', (w, h, size, expected) => {
		expect(fitInside(w, h, size)).toEqual(expected);
	});
});

/** A `size`×`size` RGBA picture of one colour with a square of another in the middle. */
function picture(size: number, paper: number[], ink: number[]): Uint8ClampedArray {
	const rgba = new Uint8ClampedArray(size * size * 4);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const inside = x >= size / 4 && x < (3 * size) / 4 && y >= size / 4 && y < (3 * size) / 4;
			rgba.set(inside ? ink : paper, 4 * (y * size + x));
		}
	}
	return rgba;
}
const centre = (ink: Uint8ClampedArray, size: number) => ink[(size / 2) * size + size / 2];
const corner = (ink: Uint8ClampedArray) => ink[0];

describe('inkFromPicture', () => {
	it.each([
		['dark ink on white paper (a photo)', [255, 255, 255, 255], [0, 0, 0, 255], 255, 0],
		['dark ink on grey paper', [180, 175, 170, 255], [40, 40, 50, 255], 255, 0],
		['blue ink on white paper', [250, 250, 250, 255], [20, 40, 200, 255], 255, 0],
		['light ink on black (MNIST-like)', [0, 0, 0, 255], [255, 255, 255, 255], 255, 0],
		['black ink on a transparent background', [0, 0, 0, 0], [0, 0, 0, 255], 255, 0],
		['a blank white picture', [255, 255, 255, 255], [255, 255, 255, 255], 0, 0],
		['too faint to be a digit', [200, 200, 200, 255], [185, 185, 185, 255], 0, 0]
	])('%s', (_, paper, ink, centreInk, cornerInk) => {
		const result = inkFromPicture(picture(8, paper, ink), 8, 8);
		expect(centre(result, 8)).toBe(centreInk);
		expect(corner(result)).toBe(cornerInk);
	});
});
