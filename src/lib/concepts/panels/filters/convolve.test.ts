/**
 * The cnn page's signature test: the hand-set filter's output equals a reference convolution
 * (TF.js's conv2d on the CPU backend) for valid and same padding and stride 1 and 2, and the
 * size of the map the page draws matches the formula ⌊(n + 2p − k)/s⌋ + 1. Pooling likewise
 * against TF.js's own max and average pooling.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_SIZE, PIXELS, type MnistData } from '../../../data/digits';
import { readDigits } from '../../../testing/digits';
import { convolve, outputSide, paddingWidth, pool, poolWindowAt, rowSummaries, windowAt, windowStarts, type Grid, type Padding } from './convolve';
import { KERNEL_SIDE, PRESETS, PRESET_IDS } from './kernels';

let digits: MnistData;

beforeAll(async () => {
	await tf.setBackend('cpu');
	digits = await readDigits();
});

function testDigit(index: number): Grid {
	return { side: IMAGE_SIZE, values: Array.from(digits.test.images.subarray(index * PIXELS, (index + 1) * PIXELS), (v) => v / 255) };
}

/** A fixed-seed kernel of weights in [-2, 2], so the test does not only see symmetric presets. */
function oddKernel(seed: number): Grid {
	let state = seed;
	const values = Array.from({ length: KERNEL_SIDE * KERNEL_SIDE }, () => {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		return (state / 2 ** 31) * 4 - 2;
	});
	return { side: KERNEL_SIDE, values };
}

/** TF.js's convolution with the same zeros on each side (explicit padding, as the formula's 2p counts them). */
async function reference(image: Grid, kernel: Grid, padding: Padding, stride: number): Promise<{ shape: number[]; values: Float32Array }> {
	const pad = paddingWidth(padding, kernel.side);
	const out = tf.tidy(() =>
		tf.conv2d(
			tf.tensor4d(Array.from(image.values), [1, image.side, image.side, 1]),
			tf.tensor4d(Array.from(kernel.values), [kernel.side, kernel.side, 1, 1]),
			stride,
			padding === 'valid'
				? 'valid'
				: [
						[0, 0],
						[pad, pad],
						[pad, pad],
						[0, 0]
					]
		)
	);
	const values = (await out.data()) as Float32Array;
	const shape = out.shape;
	out.dispose();
	return { shape, values };
}

const KERNELS: [string, Grid][] = [
	...PRESET_IDS.map((id): [string, Grid] => [id, { side: KERNEL_SIDE, values: PRESETS[id] }]),
	['seeded kernel 1', oddKernel(1)],
	['seeded kernel 2', oddKernel(2)]
];
const SLIDES: [Padding, number, number][] = [
	['valid', 1, 26],
	['valid', 2, 13],
	['same', 1, 28],
	['same', 2, 14]
];

describe('the filter playground’s convolution (the cnn page’s signature)', () => {
	for (const [padding, stride, side] of SLIDES) {
		it(`equals TF.js conv2d on test digits with ${padding} padding and stride ${stride}, and its ${side}×${side} map matches the formula`, async () => {
			for (const index of [0, 1, 17]) {
				const image = testDigit(index);
				for (const [, kernel] of KERNELS) {
					const ours = convolve(image, kernel, { padding, stride });
					const theirs = await reference(image, kernel, padding, stride);
					const formula = outputSide(IMAGE_SIZE, KERNEL_SIDE, paddingWidth(padding, KERNEL_SIDE), stride);
					expect(formula).toBe(side);
					expect(ours.side).toBe(formula);
					expect(theirs.shape).toEqual([1, formula, formula, 1]);
					expect(ours.values).toHaveLength(formula * formula);
					let worst = 0;
					for (let i = 0; i < ours.values.length; i++) worst = Math.max(worst, Math.abs(ours.values[i] - theirs.values[i]));
					expect(worst).toBeLessThan(1e-5);
				}
			}
		});
	}

	it('with same padding and stride 1 also equals TF.js’s own "same" padding', async () => {
		const image = testDigit(3);
		const kernel = oddKernel(3);
		const out = tf.tidy(() =>
			tf.conv2d(tf.tensor4d(Array.from(image.values), [1, 28, 28, 1]), tf.tensor4d(Array.from(kernel.values), [3, 3, 1, 1]), 1, 'same')
		);
		const theirs = await out.data();
		out.dispose();
		const ours = convolve(image, kernel, { padding: 'same', stride: 1 });
		expect(ours.values).toHaveLength(theirs.length);
		for (let i = 0; i < theirs.length; i++) expect(ours.values[i]).toBeCloseTo(theirs[i], 5);
	});

	it('a window’s terms are pixel × weight, zeros in the padding, and add up to the map’s value there', () => {
		const image = testDigit(0);
		const kernel = oddKernel(4);
		const map = convolve(image, kernel, { padding: 'same', stride: 2 });
		const corner = windowAt(image, kernel, { padding: 'same', stride: 2 }, 0, 0);
		expect(corner.top).toBe(-1);
		expect(corner.terms.filter((term) => term.padded)).toHaveLength(5);
		for (const term of corner.terms) {
			expect(term.product).toBe(term.x * term.w);
			if (term.padded) expect(term.x).toBe(0);
		}
		const inside = windowAt(image, kernel, { padding: 'same', stride: 2 }, 7, 6);
		expect(inside.top).toBe(13);
		expect(inside.left).toBe(11);
		expect(inside.terms[4].x).toBe(image.values[14 * 28 + 12]);
		expect(inside.sum).toBe(map.values[7 * map.side + 6]);
	});

	it('the formula counts the positions a sliding window reaches, for every small case', () => {
		for (let n = 1; n <= 12; n++)
			for (const k of [1, 3, 5])
				for (const pad of [0, 1, 2])
					for (const stride of [1, 2, 3]) expect(outputSide(n, k, pad, stride), `n ${n} k ${k} p ${pad} s ${stride}`).toBe(windowStarts(n, k, pad, stride).length);
	});

	it('the formula floors what does not divide, and gives 0 when the kernel does not fit', () => {
		expect(outputSide(28, 3, 0, 2)).toBe(13);
		expect(outputSide(5, 3, 1, 2)).toBe(3);
		expect(outputSide(2, 3, 0, 1)).toBe(0);
		expect(outputSide(28, 5, 2, 1)).toBe(28);
	});
});

describe('pooling', () => {
	for (const [padding, stride] of [
		['valid', 1],
		['same', 2]
	] as const) {
		it(`max and average 2×2 pooling of a ${padding}/stride-${stride} map equal TF.js maxPool and avgPool`, async () => {
			const map = convolve(testDigit(5), { side: 3, values: PRESETS.verticalEdge }, { padding, stride });
			for (const mode of ['max', 'average'] as const) {
				const ours = pool(map, mode);
				const out = tf.tidy(() => {
					const x = tf.tensor4d(Array.from(map.values), [1, map.side, map.side, 1]);
					return mode === 'max' ? tf.maxPool(x, 2, 2, 'valid') : tf.avgPool(x, 2, 2, 'valid');
				});
				const theirs = await out.data();
				expect(out.shape).toEqual([1, Math.floor(map.side / 2), Math.floor(map.side / 2), 1]);
				out.dispose();
				expect(ours.side).toBe(Math.floor(map.side / 2));
				for (let i = 0; i < theirs.length; i++) expect(ours.values[i]).toBeCloseTo(theirs[i], 5);
			}
		});
	}

	it('a pooled window names its four cells and, for max, the one kept', () => {
		const map: Grid = { side: 4, values: [1, 5, 0, 0, 3, 2, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0] };
		const window = poolWindowAt(map, 'max', 0, 0);
		expect(window.cells.map((c) => c.value)).toEqual([1, 5, 3, 2]);
		expect(window.largest).toBe(1);
		expect(window.value).toBe(5);
		expect(poolWindowAt(map, 'average', 0, 1).value).toBe(-0.25);
		expect(rowSummaries(map)[0]).toEqual({ low: 0, high: 5, mean: 1.5 });
	});
});
