/**
 * Turns a free-hand drawing into a digit the network has seen before, the way MNIST was made:
 * crop to the ink, shrink the ink to fit a 20×20 box keeping its aspect ratio, then place it in
 * a 28×28 field so that its centre of mass sits in the middle. Pure: no DOM.
 */

export const MNIST_SIZE = 28;
const INK_BOX = 20;
/** Faint anti-aliased edges below this do not stretch the crop. */
const INK_THRESHOLD = 0.05;

/** The alpha channel of RGBA pixels (what ImageData holds): ink drawn on a transparent canvas. */
export function inkFromRgba(rgba: Uint8ClampedArray): Uint8ClampedArray {
	const ink = new Uint8ClampedArray(rgba.length / 4);
	for (let i = 0; i < ink.length; i++) ink[i] = rgba[4 * i + 3];
	return ink;
}

/**
 * 784 values in 0..1, row-major, from `width`×`height` ink values (0..255 in a Uint8ClampedArray,
 * 0..1 in a Float32Array). No ink gives all zeros.
 */
export function mnistify(
	ink: Uint8ClampedArray | Float32Array,
	width: number,
	height: number
): Float32Array {
	const unit = ink instanceof Uint8ClampedArray ? 1 / 255 : 1;
	const out = new Float32Array(MNIST_SIZE * MNIST_SIZE);
	const box = inkBox(ink, width, height, INK_THRESHOLD / unit);
	if (!box) return out;

	const scale = INK_BOX / Math.max(box.width, box.height);
	const targetWidth = Math.max(1, Math.round(box.width * scale));
	const targetHeight = Math.max(1, Math.round(box.height * scale));
	const digit = resampleArea(ink, width, box, targetWidth, targetHeight);

	let mass = 0;
	let sumX = 0;
	let sumY = 0;
	for (let y = 0; y < targetHeight; y++) {
		for (let x = 0; x < targetWidth; x++) {
			const v = digit[y * targetWidth + x];
			mass += v;
			sumX += v * (x + 0.5);
			sumY += v * (y + 0.5);
		}
	}
	// MNIST puts the centre of mass on pixel (14, 14), whose middle is 14.5 from the edge: the test
	// digits' centres of mass average 14.5 in these coordinates. Aiming at 14.0 moved most drawings
	// a pixel up or left of where the network learnt digits sit.
	const centre = MNIST_SIZE / 2 + 0.5;
	const left = clamp(Math.round(centre - sumX / mass), 0, MNIST_SIZE - targetWidth);
	const top = clamp(Math.round(centre - sumY / mass), 0, MNIST_SIZE - targetHeight);
	for (let y = 0; y < targetHeight; y++) {
		for (let x = 0; x < targetWidth; x++) {
			out[(top + y) * MNIST_SIZE + left + x] = clamp(digit[y * targetWidth + x] * unit, 0, 1);
		}
	}
	return out;
}

interface Box {
	left: number;
	top: number;
	width: number;
	height: number;
}

/** The smallest rectangle holding every value above `threshold`, or null when there is none. */
function inkBox(ink: ArrayLike<number>, width: number, height: number, threshold: number): Box | null {
	let left = width;
	let right = -1;
	let top = height;
	let bottom = -1;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			if (ink[y * width + x] > threshold) {
				if (x < left) left = x;
				if (x > right) right = x;
				if (y < top) top = y;
				bottom = y;
			}
		}
	}
	return right < 0 ? null : { left, top, width: right - left + 1, height: bottom - top + 1 };
}

/** Resizes the `box` part of an image by averaging over areas (each target pixel is the mean of what it covers). */
function resampleArea(
	image: ArrayLike<number>,
	imageWidth: number,
	box: Box,
	targetWidth: number,
	targetHeight: number
): Float32Array {
	const across = areaWeights(box.width, targetWidth);
	const down = areaWeights(box.height, targetHeight);
	// Rows first: box.height rows of targetWidth values.
	const rows = new Float32Array(box.height * targetWidth);
	for (let y = 0; y < box.height; y++) {
		const offset = (box.top + y) * imageWidth + box.left;
		for (let x = 0; x < targetWidth; x++) {
			const { start, weights } = across[x];
			let sum = 0;
			for (let k = 0; k < weights.length; k++) sum += weights[k] * image[offset + start + k];
			rows[y * targetWidth + x] = sum;
		}
	}
	const out = new Float32Array(targetWidth * targetHeight);
	for (let y = 0; y < targetHeight; y++) {
		const { start, weights } = down[y];
		for (let x = 0; x < targetWidth; x++) {
			let sum = 0;
			for (let k = 0; k < weights.length; k++) sum += weights[k] * rows[(start + k) * targetWidth + x];
			out[y * targetWidth + x] = sum;
		}
	}
	return out;
}

/** For each target pixel, the source pixels it covers and what share of it each one fills. */
function areaWeights(sourceSize: number, targetSize: number): { start: number; weights: number[] }[] {
	const step = sourceSize / targetSize;
	return Array.from({ length: targetSize }, (_, t) => {
		const from = t * step;
		const to = (t + 1) * step;
		const start = Math.floor(from);
		const end = Math.min(sourceSize, Math.ceil(to - 1e-9));
		const weights: number[] = [];
		for (let k = start; k < end; k++) weights.push((Math.min(to, k + 1) - Math.max(from, k)) / step);
		return { start, weights };
	});
}

function clamp(value: number, low: number, high: number): number {
	return Math.min(high, Math.max(low, value));
}
