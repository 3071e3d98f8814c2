import { describe, expect, it } from 'vitest';
import { readDigits } from '../testing/digits';
import { inkFromRgba, mnistify, MNIST_SIZE } from './mnistify';

/** A width×height drawing with ink (1) inside the given rectangle. */
function drawing(width: number, height: number, rect: { x: number; y: number; w: number; h: number }) {
	const ink = new Float32Array(width * height);
	for (let y = rect.y; y < rect.y + rect.h; y++) {
		for (let x = rect.x; x < rect.x + rect.w; x++) ink[y * width + x] = 1;
	}
	return ink;
}

/** Bounding box and centre of mass of a 28×28 image. */
function measure(image: Float32Array) {
	let left = MNIST_SIZE, right = -1, top = MNIST_SIZE, bottom = -1;
	let mass = 0, sumX = 0, sumY = 0;
	for (let y = 0; y < MNIST_SIZE; y++) {
		for (let x = 0; x < MNIST_SIZE; x++) {
			const v = image[y * MNIST_SIZE + x];
			if (v <= 0) continue;
			left = Math.min(left, x); right = Math.max(right, x);
			top = Math.min(top, y); bottom = Math.max(bottom, y);
			mass += v; sumX += v * (x + 0.5); sumY += v * (y + 0.5);
		}
	}
	return { width: right - left + 1, height: bottom - top + 1, left, top, centreX: sumX / mass, centreY: sumY / mass };
}

describe('mnistify', () => {
	it('gives 784 zeros for an empty drawing', () => {
		const out = mnistify(new Float32Array(280 * 280), 280, 280);
		expect(out).toHaveLength(784);
		expect(out.every((v) => v === 0)).toBe(true);
	});

	it.each([
		{ corner: 'top left', rect: { x: 0, y: 0, w: 60, h: 60 } },
		{ corner: 'bottom right', rect: { x: 220, y: 220, w: 60, h: 60 } },
		{ corner: 'top right', rect: { x: 250, y: 0, w: 30, h: 30 } }
	])('moves a filled square in the $corner corner to the centre, 20 px wide', ({ rect }) => {
		const out = mnistify(drawing(280, 280, rect), 280, 280);
		const m = measure(out);
		expect(m.width).toBe(20);
		expect(m.height).toBe(20);
		// Its centre of mass within half a pixel of pixel (14, 14)'s middle, 14.5 from the edge.
		expect(m.left).toBe(5);
		expect(m.top).toBe(5);
		expect(m.centreX).toBeCloseTo(15, 5);
		expect(m.centreY).toBeCloseTo(15, 5);
	});

	it('gives nine in ten test digits back unchanged: MNIST digits are already what it makes', async () => {
		const { test } = await readDigits();
		const count = 2000;
		let unchanged = 0;
		for (let k = 0; k < count; k++) {
			const pixels = test.images.subarray(k * MNIST_SIZE ** 2, (k + 1) * MNIST_SIZE ** 2);
			const out = mnistify(Uint8ClampedArray.from(pixels), MNIST_SIZE, MNIST_SIZE);
			if (out.every((v, i) => Math.abs(v - pixels[i] / 255) < 1e-6)) unchanged++;
		}
		// Aiming the centre of mass half a pixel off (at 14.0) gave back fewer than a quarter.
		expect(unchanged / count).toBeGreaterThan(0.9);
	});

	it('keeps values in 0..1 and fills a solid square with ones', () => {
		const out = mnistify(drawing(280, 280, { x: 10, y: 10, w: 100, h: 100 }), 280, 280);
		expect(out).toHaveLength(784);
		expect(out.every((v) => v >= 0 && v <= 1)).toBe(true);
		expect(out[14 * 28 + 14]).toBeCloseTo(1, 5);
	});

	it('keeps the aspect ratio of a tall stroke', () => {
		const m = measure(mnistify(drawing(280, 280, { x: 100, y: 20, w: 40, h: 200 }), 280, 280));
		expect(m.height).toBe(20);
		expect(m.width).toBe(4);
	});

	it('centres on the centre of mass, not on the middle of the box', () => {
		// An L with a short foot: its centre of mass lies left of and below the middle of its box.
		const ink = drawing(100, 100, { x: 10, y: 10, w: 10, h: 80 });
		const foot = drawing(100, 100, { x: 20, y: 80, w: 30, h: 10 });
		for (let i = 0; i < ink.length; i++) ink[i] = Math.max(ink[i], foot[i]);
		const m = measure(mnistify(ink, 100, 100));
		expect(Math.abs(m.centreX - 14.5)).toBeLessThanOrEqual(0.5);
		expect(Math.abs(m.centreY - 14.5)).toBeLessThanOrEqual(0.5);
		expect(m.left + m.width / 2).toBeGreaterThan(15);
		expect(m.top + m.height / 2).toBeLessThan(13);
	});

	it('reads 0..255 bytes and averages partly covered pixels', () => {
		const bytes = new Uint8ClampedArray(40 * 40);
		for (let y = 0; y < 40; y++) for (let x = 0; x < 40; x++) bytes[y * 40 + x] = x < 20 ? 255 : 0;
		bytes[0] = 255;
		const out = mnistify(bytes, 40, 40);
		expect(Math.max(...out)).toBeCloseTo(1, 5);
		expect(out.every((v) => v >= 0 && v <= 1)).toBe(true);
	});
});

describe('inkFromRgba', () => {
	it('keeps the alpha channel', () => {
		const rgba = new Uint8ClampedArray([1, 2, 3, 40, 5, 6, 7, 255]);
		expect([...inkFromRgba(rgba)]).toEqual([40, 255]);
	});
});
