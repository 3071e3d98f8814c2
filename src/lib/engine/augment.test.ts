import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { digitsTask } from './tasks/digits';
import { pointsTask } from './tasks/points';
import { augmentBatch, augmentImages, augments, drawTransforms, inverseTransform, NO_AUGMENTATION, type CopyTransform } from './augment';
import { createRandom } from '../data/random';
import { withDefaults } from './spec';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

const SIDE = 28;
const identity: CopyTransform = { shiftX: 0, shiftY: 0, rotation: 0, scale: 1 };

/** A 28×28 picture with ink only at the given (x, y) pixels. */
function picture(points: [number, number][]): Float32Array {
	const values = new Float32Array(SIDE * SIDE);
	for (const [x, y] of points) values[y * SIDE + x] = 1;
	return values;
}

async function warp(values: Float32Array, transform: CopyTransform): Promise<Float32Array> {
	const out = tf.tidy(() => augmentImages(tf.tensor2d(values, [1, SIDE * SIDE]), SIDE, [transform], 0, 0));
	const data = (await out.data()) as Float32Array;
	out.dispose();
	return data;
}

describe('the warp', () => {
	it('leaves a picture as it is under the identity, and maps the identity to the identity matrix', async () => {
		expect(inverseTransform(identity, SIDE).map((v) => v + 0)).toEqual([1, 0, 0, 0, 1, 0, 0, 0]);
		const values = picture([[3, 4], [20, 17]]);
		const before = tf.memory().numTensors;
		expect(Array.from(await warp(values, { ...identity, shiftX: 1e-9 }))).toEqual(Array.from(values).map((v) => expect.closeTo(v, 6)));
		expect(tf.memory().numTensors).toBe(before);
	});

	it('moves ink by whole-pixel shifts right and down, and drops what leaves the picture', async () => {
		const out = await warp(picture([[3, 4], [27, 10]]), { ...identity, shiftX: 2, shiftY: 1 });
		expect(out[5 * SIDE + 5]).toBeCloseTo(1, 5);
		expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
	});

	it('turns by a quarter clockwise on the screen about the centre', async () => {
		const out = await warp(picture([[20, 13]]), { ...identity, rotation: 90 });
		// Pixel centre (20, 13) is (6.5, −0.5) from the centre (13.5, 13.5); turned: (0.5, 6.5) → (14, 20).
		expect(out[20 * SIDE + 14]).toBeCloseTo(1, 5);
	});

	it('warps every picture of a batch by its own transform, as it would alone', async () => {
		const first = picture([[3, 4], [20, 17]]);
		const second = picture([[10, 10], [11, 12]]);
		const transforms: CopyTransform[] = [
			{ shiftX: 1.5, shiftY: -2, rotation: 10, scale: 1.1 },
			{ shiftX: -1, shiftY: 0.5, rotation: -20, scale: 0.9 }
		];
		const both = tf.tidy(() => augmentImages(tf.tensor2d([...first, ...second], [2, SIDE * SIDE]), SIDE, transforms, 0, 0));
		const values = Array.from(await both.data());
		both.dispose();
		const alone = [...(await warp(first, transforms[0])), ...(await warp(second, transforms[1]))];
		values.forEach((v, i) => expect(v).toBeCloseTo(alone[i], 6));
		expect(values.slice(SIDE * SIDE).some((v) => v > 0.1)).toBe(true);
	});

	it('scales about the centre: doubling reads each output pixel from halfway to the centre', async () => {
		// Output (x, 13) reads input (13.5 + (x − 13.5)/2, 13.25): a quarter of the way to row 14, which is blank.
		const out = await warp(picture([[15, 13], [16, 13]]), { ...identity, scale: 2 });
		// x = 17 reads 15.25: ink on both sides; x = 15 reads 14.25: a quarter of pixel 15.
		expect(out[13 * SIDE + 17]).toBeCloseTo(0.75, 5);
		expect(out[13 * SIDE + 15]).toBeCloseTo(0.1875, 5);
		expect(out[13 * SIDE + 8]).toBe(0);
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

	it('gives the same step of the same seed the same batch, another step or seed another, all within 0..1', async () => {
		const spec = withDefaults({ augmentShift: 2, augmentRotation: 15, augmentScale: 0.1, augmentNoise: 0.2 });
		const x = tf.randomUniform([8, SIDE * SIDE], 0, 1, 'float32', 7) as tf.Tensor2D;
		const read = async (s: typeof spec, step: number) => {
			const out = tf.tidy(() => augmentBatch(x, s, digitsTask, step));
			const values = Array.from(await out.data());
			out.dispose();
			return values;
		};
		const first = await read(spec, 5);
		expect(await read(spec, 5)).toEqual(first);
		expect(await read(spec, 6)).not.toEqual(first);
		expect(await read({ ...spec, seed: 2 }, 5)).not.toEqual(first);
		expect(Math.min(...first)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...first)).toBeLessThanOrEqual(1);
		const points = tf.tensor2d([[0.5, -0.5]]);
		expect(augmentBatch(points, spec, pointsTask('xor'), 5)).toBe(points);
		tf.dispose([x, points]);
	});
});
