/**
 * Data augmentation: each training batch of an image task is redrawn on the fly, every digit
 * shifted, turned and scaled by its own random amounts and sprinkled with noise, so the network
 * never sees exactly the same picture twice. The amounts come from a generator seeded by the
 * run's seed and the step, so a run (and a run resumed from a checkpoint) repeats exactly. The
 * pictures are redrawn from their 0..255 pixels in plain JavaScript (about a millisecond for a
 * batch of 64) and uploaded in place of the gathered batch: the same numbers on WebGL, WASM and
 * the CPU backend, and no kernel that one of them lacks (the CPU backend's `tf.image.transform`
 * in TF.js 4.22 returns after the first picture of a batch). The test digits are never touched.
 */
import * as tf from '@tensorflow/tfjs';
import { createRandom } from '../data/random';
import type { ExperimentSpec } from './spec';
import type { Examples, Task } from './tasks/task';

/** How strongly each batch is changed; 0 turns that change off. */
export interface Augmentation {
	/** Largest shift, in pixels, up or down and left or right (each drawn evenly from −shift..shift). */
	shift: number;
	/** Largest turn, in degrees, either way. */
	rotation: number;
	/** Largest change of size, as a share: 0.1 draws each digit's scale from 0.9..1.1. */
	scale: number;
	/** Standard deviation of the Gaussian noise added to every pixel (pixels run 0..1, clipped after). */
	noise: number;
}

/** The amounts drawn for one picture. */
export interface CopyTransform {
	/** Pixels right (x) and down (y). */
	shiftX: number;
	shiftY: number;
	/** Degrees, clockwise on the screen. */
	rotation: number;
	/** Size factor, 1 = unchanged. */
	scale: number;
}

export const NO_AUGMENTATION: Readonly<Augmentation> = Object.freeze({ shift: 0, rotation: 0, scale: 0, noise: 0 });

type AugmentFields = Pick<ExperimentSpec, 'augmentShift' | 'augmentRotation' | 'augmentScale' | 'augmentNoise'>;

export function augmentationOf(spec: AugmentFields): Augmentation {
	return { shift: spec.augmentShift, rotation: spec.augmentRotation, scale: spec.augmentScale, noise: spec.augmentNoise };
}

/** Pictures can be augmented; points in the plane cannot (a "shifted" point is another point). */
export function isImageTask(task: Task): boolean {
	return task.inputShape.length === 3;
}

/** True when a run on this task changes its batches: an image task with some strength above 0. */
export function augments(spec: AugmentFields, task: Task): boolean {
	const a = augmentationOf(spec);
	return isImageTask(task) && (a.shift > 0 || a.rotation > 0 || a.scale > 0 || a.noise > 0);
}

/** Streams of random amounts that never meet: training steps, and the copies a page asks to see. */
export const STREAMS = { training: 1, copies: 2 } as const;

/** A seed for one step (or one page draw) of one run: the same three numbers, the same amounts. */
export function augmentSeed(seed: number, stream: number, count: number): number {
	let h = Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(stream, 0x85ebca77) ^ Math.imul(count + 1, 0xc2b2ae3d);
	h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
	return (h ^ (h >>> 13)) >>> 0;
}

/** Each picture's amounts, drawn evenly within the strengths. */
export function drawTransforms(count: number, augmentation: Augmentation, random: () => number): CopyTransform[] {
	const within = (limit: number) => (limit > 0 ? (2 * random() - 1) * limit : 0);
	return Array.from({ length: count }, () => ({
		shiftX: within(augmentation.shift),
		shiftY: within(augmentation.shift),
		rotation: within(augmentation.rotation),
		scale: 1 + within(augmentation.scale)
	}));
}

/**
 * For each output pixel, where to read the input: the inverse of "turn by θ and scale by s about
 * the centre, then shift", as [a0, a1, a2, b0, b1, b2]: source x = a0·x + a1·y + a2 and
 * source y = b0·x + b1·y + b2, pixel centres at whole numbers (x right, y down).
 */
export function inverseTransform({ shiftX, shiftY, rotation, scale }: CopyTransform, side: number): number[] {
	const centre = (side - 1) / 2;
	const angle = (rotation * Math.PI) / 180;
	const a = Math.cos(angle) / scale;
	const b = Math.sin(angle) / scale;
	// source = centre + R(−θ)·(output − centre − shift) / s
	const x0 = -centre - shiftX;
	const y0 = -centre - shiftY;
	return [a, b, centre + a * x0 + b * y0, -b, a, centre - b * x0 + a * y0];
}

/**
 * Pictures `picks` of `pixels` (0..255, side² each, row by row) warped by `transforms` (one per
 * pick): each output pixel is read bilinearly from the four input pixels round the point its
 * transform maps it to, 0 beyond the edges. Returns count × side² values in 0..1.
 */
export function warpPictures(pixels: ArrayLike<number>, picks: ArrayLike<number>, side: number, transforms: readonly CopyTransform[]): Float32Array {
	const size = side * side;
	const out = new Float32Array(picks.length * size);
	const read = (from: number, x: number, y: number) => (x < 0 || y < 0 || x >= side || y >= side ? 0 : pixels[from + y * side + x]);
	for (let k = 0; k < picks.length; k++) {
		const from = picks[k] * size;
		const [a0, a1, a2, b0, b1, b2] = inverseTransform(transforms[k], side);
		for (let y = 0; y < side; y++) {
			for (let x = 0; x < side; x++) {
				const sx = a0 * x + a1 * y + a2;
				const sy = b0 * x + b1 * y + b2;
				const x0 = Math.floor(sx);
				const y0 = Math.floor(sy);
				const fx = sx - x0;
				const fy = sy - y0;
				const top = read(from, x0, y0) * (1 - fx) + read(from, x0 + 1, y0) * fx;
				const bottom = read(from, x0, y0 + 1) * (1 - fx) + read(from, x0 + 1, y0 + 1) * fx;
				out[k * size + y * side + x] = ((1 - fy) * top + fy * bottom) / 255;
			}
		}
	}
	return out;
}

/** Adds Gaussian noise of spread `noise` to every value (Box–Muller on `random`), keeping each within 0..1. */
export function addNoise(values: Float32Array, noise: number, random: () => number): void {
	for (let i = 0; i < values.length; i += 2) {
		// 1 − u is in (0, 1]: its log is finite.
		const radius = noise * Math.sqrt(-2 * Math.log(1 - random()));
		const angle = 2 * Math.PI * random();
		values[i] = Math.min(1, Math.max(0, values[i] + radius * Math.cos(angle)));
		if (i + 1 < values.length) values[i + 1] = Math.min(1, Math.max(0, values[i + 1] + radius * Math.sin(angle)));
	}
}

/**
 * Pictures `picks` augmented: every pick's amounts drawn within the strengths from `seed`, then
 * warped, then noise from the same generator. Plain numbers in and out, so every backend trains
 * on exactly the same pictures, and the page can be shown exactly what the trainer drew.
 */
export function augmentPictures(
	pixels: ArrayLike<number>,
	picks: ArrayLike<number>,
	side: number,
	augmentation: Augmentation,
	seed: number
): { values: Float32Array; transforms: CopyTransform[] } {
	const random = createRandom(seed);
	const transforms = drawTransforms(picks.length, augmentation, random);
	const values = warpPictures(pixels, picks, side, transforms);
	if (augmentation.noise > 0) addNoise(values, augmentation.noise, random);
	return { values, transforms };
}

/**
 * The training batch of step `step` (counted from 1) as a run on `spec` sees it, uploaded; null
 * when it sees the examples as they are (points, every strength 0, or no pictures to redraw).
 */
export function augmentedBatch(examples: Examples, indices: Int32Array, spec: ExperimentSpec, task: Task, step: number): tf.Tensor2D | null {
	if (!augments(spec, task) || !examples.pictures) return null;
	const side = task.inputShape[0];
	const { values } = augmentPictures(examples.pictures.pixels, indices, side, augmentationOf(spec), augmentSeed(spec.seed, STREAMS.training, step));
	return tf.tensor2d(values, [indices.length, side * side]);
}
