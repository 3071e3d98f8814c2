import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../data/random';
import { digitsTask } from './tasks/digits';
import { examplesFromArrays } from './tasks/task';
import { pointsTask } from './tasks/points';
import {
	addNoise,
	augmentedBatch,
	augmentPictures,
	augments,
	drawTransforms,
	inverseTransform,
	NO_AUGMENTATION,
	warpPictures,
	type CopyTransform
} from './augment';
import { withDefaults } from './spec';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

const SIDE = 28;
const SIZE = SIDE * SIDE;
const identity: CopyTransform = { shiftX: 0, shiftY: 0, rotation: 0, scale: 1 };

/** A 28×28 picture (0..255) with full ink only at the given (x, y) pixels. */
function picture(points: [number, number][]): Uint8Array {
	const pixels = new Uint8Array(SIZE);
	for (const [x, y] of points) pixels[y * SIDE + x] = 255;
	return pixels;
}

const warp = (pixels: Uint8Array, transform: CopyTransform) => warpPictures(pixels, [0], SIDE, [transform]);

describe('the warp', () => {
	it('leaves a picture as it is under the identity (scaled to 0..1), whose inverse is the identity', () => {
		expect(inverseTransform(identity, SIDE).map((v) => v + 0)).toEqual([1, 0, 0, 0, 1, 0]);
		const pixels = picture([[3, 4], [20, 17]]);
		pixels[100] = 51;
		expect(Array.from(warp(pixels, identity))).toEqual(Array.from(pixels, (v) => v / 255).map((v) => expect.closeTo(v, 6)));
	});

	it('moves ink by whole-pixel shifts right and down, and drops what leaves the picture', () => {
		const out = warp(picture([[3, 4], [27, 10]]), { ...identity, shiftX: 2, shiftY: 1 });
		expect(out[5 * SIDE + 5]).toBeCloseTo(1, 6);
		expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
	});

	it('splits a half-pixel shift evenly between two pixels', () => {
		const out = warp(picture([[10, 10]]), { ...identity, shiftX: 0.5 });
		expect([out[10 * SIDE + 10], out[10 * SIDE + 11]]).toEqual([expect.closeTo(0.5, 6), expect.closeTo(0.5, 6)]);
	});

	it('turns by a quarter clockwise on the screen about the centre', () => {
		// Pixel (20, 13) is (6.5, −0.5) from the centre (13.5, 13.5); turned clockwise: (0.5, 6.5), pixel (14, 20).
		const out = warp(picture([[20, 13]]), { ...identity, rotation: 90 });
		expect(out[20 * SIDE + 14]).toBeCloseTo(1, 5);
	});

	it('scales about the centre: doubling reads each output pixel from halfway to the centre', () => {
		// Output (x, 13) reads input (13.5 + (x − 13.5)/2, 13.25): a quarter of the way to row 14, which is blank.
		const out = warp(picture([[15, 13], [16, 13]]), { ...identity, scale: 2 });
		// x = 17 reads 15.25: ink on both sides; x = 15 reads 14.25: a quarter of pixel 15.
		expect(out[13 * SIDE + 17]).toBeCloseTo(0.75, 5);
		expect(out[13 * SIDE + 15]).toBeCloseTo(0.1875, 5);
		expect(out[13 * SIDE + 8]).toBe(0);
	});

	it('warps every picked picture by its own transform, as it would alone', () => {
		const pixels = new Uint8Array([...picture([[3, 4], [20, 17]]), ...picture([[10, 10], [11, 12]])]);
		const transforms: CopyTransform[] = [
			{ shiftX: 1.5, shiftY: -2, rotation: 10, scale: 1.1 },
			{ shiftX: -1, shiftY: 0.5, rotation: -20, scale: 0.9 }
		];
		const both = warpPictures(pixels, [1, 0], SIDE, transforms);
		expect(Array.from(both.subarray(0, SIZE))).toEqual(Array.from(warpPictures(pixels, [1], SIDE, [transforms[0]])));
		expect(Array.from(both.subarray(SIZE))).toEqual(Array.from(warpPictures(pixels, [0], SIDE, [transforms[1]])));
		expect(both.subarray(SIZE).some((v) => v > 0.1)).toBe(true);
	});
});

describe('noise', () => {
	it('has about the asked spread where nothing is clipped, and keeps every value within 0..1', () => {
		const values = new Float32Array(20_000).fill(0.5);
		addNoise(values, 0.1, createRandom(4));
		const mean = values.reduce((a, b) => a + b, 0) / values.length;
		const spread = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
		expect(mean).toBeCloseTo(0.5, 2);
		expect(spread).toBeGreaterThan(0.095);
		expect(spread).toBeLessThan(0.105);
		const edges = new Float32Array(1000).fill(1);
		addNoise(edges, 0.5, createRandom(5));
		expect(Math.max(...edges)).toBe(1);
		expect(Math.min(...edges)).toBeGreaterThanOrEqual(0);
	});
});

describe('draws and batches', () => {
	it('draws each amount within its strength, and nothing where a strength is 0', () => {
		const random = createRandom(3);
		const drawn = drawTransforms(200, { shift: 2, rotation: 15, scale: 0.1, noise: 0 }, random);
		for (const t of drawn) {
			expect(Math.abs(t.shiftX)).toBeLessThanOrEqual(2);
			expect(Math.abs(t.shiftY)).toBeLessThanOrEqual(2);
			expect(Math.abs(t.rotation)).toBeLessThanOrEqual(15);
			expect(Math.abs(t.scale - 1)).toBeLessThanOrEqual(0.1);
		}
		expect(Math.max(...drawn.map((t) => Math.abs(t.rotation)))).toBeGreaterThan(12);
		expect(drawTransforms(5, NO_AUGMENTATION, random)).toEqual(Array(5).fill(identity));
	});

	it('augments pictures only, never points, and only with some strength above 0', () => {
		const on = withDefaults({ augmentShift: 1 });
		expect(augments(on, digitsTask)).toBe(true);
		expect(augments(on, pointsTask('xor'))).toBe(false);
		expect(augments(withDefaults(), digitsTask)).toBe(false);
	});

	it('gives the same step of the same seed the same batch, another step or seed another, within 0..1', async () => {
		const spec = withDefaults({ augmentShift: 2, augmentRotation: 15, augmentScale: 0.1, augmentNoise: 0.2 });
		const pixels = Uint8Array.from({ length: 8 * SIZE }, (_, i) => (i * 37) % 256);
		const labels = new Uint8Array(8);
		const examples = { ...examplesFromArrays(digitsTask, Float32Array.from(pixels, (v) => v / 255), labels), pictures: { pixels, labels } };
		const indices = Int32Array.from([5, 1, 7]);
		const read = async (s: typeof spec, step: number) => {
			const batch = augmentedBatch(examples, indices, s, digitsTask, step)!;
			expect(batch.shape).toEqual([3, SIZE]);
			const values = Array.from(await batch.data());
			batch.dispose();
			return values;
		};
		const first = await read(spec, 5);
		expect(await read(spec, 5)).toEqual(first);
		expect(await read(spec, 6)).not.toEqual(first);
		expect(await read({ ...spec, seed: 2 }, 5)).not.toEqual(first);
		expect(Math.min(...first)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...first)).toBeLessThanOrEqual(1);
		// The same as drawing those pictures directly: what the page's copies show.
		expect(augmentPictures(pixels, indices, SIDE, { shift: 2, rotation: 15, scale: 0.1, noise: 0.2 }, 1).values).toHaveLength(3 * SIZE);
		expect(augmentedBatch(examples, indices, withDefaults(), digitsTask, 5)).toBeNull();
		expect(augmentedBatch(examples, indices, spec, pointsTask('xor'), 5)).toBeNull();
		tf.dispose([examples.inputs, examples.labels]);
	});
});
