/**
 * Data augmentation: each training batch of an image task is redrawn on the fly, every digit
 * shifted, turned and scaled by its own random amounts and sprinkled with noise, so the network
 * never sees exactly the same picture twice. The amounts come from a generator seeded by the
 * run's seed and the step, so a run (and a run resumed from a checkpoint) repeats exactly. The
 * warp samples bilinearly with plain tensor ops (gathers), the same on WebGL, WASM and the CPU
 * backend; the test digits are never touched.
 */
import * as tf from '@tensorflow/tfjs';
import { createRandom } from '../data/random';
import type { ExperimentSpec } from './spec';
import type { Task } from './tasks/task';

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
 * the centre, then shift", as [a0, a1, a2, b0, b1, b2, 0, 0] (TF's projective layout) with
 * source x = a0·x + a1·y + a2 and source y = b0·x + b1·y + b2 (x right, y down).
 */
export function inverseTransform({ shiftX, shiftY, rotation, scale }: CopyTransform, side: number): number[] {
	const centre = (side - 1) / 2;
	const angle = (rotation * Math.PI) / 180;
	const a = Math.cos(angle) / scale;
	const b = Math.sin(angle) / scale;
	// source = centre + R(−θ)·(output − centre − shift) / s
	const x0 = -centre - shiftX;
	const y0 = -centre - shiftY;
	return [a, b, centre + a * x0 + b * y0, -b, a, centre - b * x0 + a * y0, 0, 0];
}

/**
 * The augmented pictures, [count, side²] in 0..1, from flat square pictures `x` [count, side²]:
 * warped by `transforms` (one per row), then noise of `noise` spread added from `noiseSeed`.
 * Call inside `tf.tidy`.
 */
export function augmentImages(x: tf.Tensor2D, side: number, transforms: readonly CopyTransform[], noise: number, noiseSeed: number): tf.Tensor2D {
	const [count, size] = x.shape;
	let out: tf.Tensor2D = x;
	if (transforms.some((t) => t.shiftX !== 0 || t.shiftY !== 0 || t.rotation !== 0 || t.scale !== 1)) out = warp(x, side, transforms);
	if (noise > 0) out = out.add(tf.randomNormal([count, size], 0, noise, 'float32', noiseSeed)).clipByValue(0, 1);
	return out;
}

/**
 * Bilinear sampling by hand, with gathers: each output pixel reads the four input pixels round
 * the point its row's transform maps it to, weighted by nearness, and 0 beyond the edges.
 * (`tf.image.transform` would do this in one op, but the CPU backend's kernel of TF.js 4.22
 * returns after the first picture of a batch, leaving the rest blank.)
 */
function warp(x: tf.Tensor2D, side: number, transforms: readonly CopyTransform[]): tf.Tensor2D {
	const [count, size] = x.shape;
	const rows = transforms.map((t) => inverseTransform(t, side));
	const column = (k: number) => tf.tensor2d(rows.map((row) => row[k]), [count, 1]);
	const [gridX, gridY] = pixelGrid(side);
	const sourceX = column(0).mul(gridX).add(column(1).mul(gridY)).add(column(2));
	const sourceY = column(3).mul(gridX).add(column(4).mul(gridY)).add(column(5));
	const x0 = sourceX.floor();
	const y0 = sourceY.floor();
	const fx = sourceX.sub(x0);
	const fy = sourceY.sub(y0);
	const flat = x.reshape([-1]);
	// Where each picture starts in `flat`; exact in float32 for up to 2²⁴ pixels in all.
	const start = tf.tensor2d(Array.from({ length: count }, (_, i) => i * size), [count, 1]);
	const corner = (dx: number, dy: number, weight: tf.Tensor): tf.Tensor => {
		const xi = dx ? x0.add(dx) : x0;
		const yi = dy ? y0.add(dy) : y0;
		const inside = xi
			.greaterEqual(0)
			.logicalAnd(xi.lessEqual(side - 1))
			.logicalAnd(yi.greaterEqual(0))
			.logicalAnd(yi.lessEqual(side - 1))
			.toFloat();
		const index = start.add(yi.clipByValue(0, side - 1).mul(side)).add(xi.clipByValue(0, side - 1)).toInt();
		return tf.gather(flat, index.reshape([-1])).reshape([count, size]).mul(weight.mul(inside));
	};
	const gx = tf.onesLike(fx).sub(fx);
	const gy = tf.onesLike(fy).sub(fy);
	return tf.addN([corner(0, 0, gx.mul(gy)), corner(1, 0, fx.mul(gy)), corner(0, 1, gx.mul(fy)), corner(1, 1, fx.mul(fy))]) as tf.Tensor2D;
}

/** Every pixel's column and row, [1, side²] each, row by row. */
function pixelGrid(side: number): [tf.Tensor2D, tf.Tensor2D] {
	const size = side * side;
	const xs = new Float32Array(size);
	const ys = new Float32Array(size);
	for (let p = 0; p < size; p++) {
		xs[p] = p % side;
		ys[p] = Math.floor(p / side);
	}
	return [tf.tensor2d(xs, [1, size]), tf.tensor2d(ys, [1, size])];
}

/**
 * A training batch as step `step` (counted from 1) of a run on `spec` sees it: unchanged for
 * points or when every strength is 0. Call inside `tf.tidy`.
 */
export function augmentBatch(x: tf.Tensor2D, spec: ExperimentSpec, task: Task, step: number): tf.Tensor2D {
	if (!augments(spec, task)) return x;
	return augmentWith(x, augmentationOf(spec), task, augmentSeed(spec.seed, STREAMS.training, step)).images;
}

/** Draws every picture's amounts from `seed` and applies them; also returns the amounts. */
export function augmentWith(
	x: tf.Tensor2D,
	augmentation: Augmentation,
	task: Task,
	seed: number
): { images: tf.Tensor2D; transforms: CopyTransform[] } {
	const random = createRandom(seed);
	const transforms = drawTransforms(x.shape[0], augmentation, random);
	// Drawn after the amounts, from the same generator: one seed fixes everything.
	const noiseSeed = Math.floor(random() * 2 ** 31);
	const side = task.inputShape[0];
	return { images: augmentImages(x, side, transforms, augmentation.noise, noiseSeed), transforms };
}
