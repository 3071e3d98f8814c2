import { describe, expect, it } from 'vitest';
import { DIRECTION_NAMES, shiftDirections, shiftImages } from './shift';

/** A 4×4 image with one lit pixel at (row, column). */
function dot(row: number, column: number): Uint8Array {
	const image = new Uint8Array(16);
	image[row * 4 + column] = 255;
	return image;
}

describe('shiftImages', () => {
	it('moves each image in its own fixed direction, by the shift', () => {
		const count = 8;
		const pixels = new Uint8Array(count * 16);
		for (let n = 0; n < count; n++) pixels.set(dot(1, 1), n * 16);
		const moved = shiftImages(pixels, count, 4, 2);
		const directions = shiftDirections(count);
		const expected: Record<(typeof DIRECTION_NAMES)[number], [number, number] | null> = {
			right: [1, 3],
			left: null,
			down: [3, 1],
			up: null
		};
		for (let n = 0; n < count; n++) {
			const image = Array.from(moved.subarray(n * 16, (n + 1) * 16));
			const target = expected[DIRECTION_NAMES[directions[n]]];
			// Moved 2 left or up from column or row 1, the dot falls off the edge.
			expect(image.filter((v) => v > 0)).toHaveLength(target ? 1 : 0);
			if (target) expect(image[target[0] * 4 + target[1]]).toBe(1);
		}
	});

	it('with no shift only scales the pixels to 0..1', () => {
		const pixels = Uint8Array.from({ length: 32 }, (_, i) => i * 8);
		expect(Array.from(shiftImages(pixels, 2, 4, 0))).toEqual(Array.from(pixels, (v) => Math.fround(v / 255)));
	});

	it('draws every direction, each about as often, the same every time', () => {
		const directions = shiftDirections(2000);
		expect(Array.from(directions)).toEqual(Array.from(shiftDirections(2000)));
		for (let d = 0; d < 4; d++) {
			const share = directions.filter((x) => x === d).length / 2000;
			expect(share).toBeGreaterThan(0.2);
			expect(share).toBeLessThan(0.3);
		}
	});
});
