/**
 * A filter slid over a picture by hand: convolution (as CNNs compute it: no kernel flip) with
 * zero padding and a stride, the window at one position written out term by term, pooling, and
 * the output size formula. Plain numbers in double precision, so the page can show every step.
 */

/** A square grid of numbers, row-major: values[row * side + col]. */
export interface Grid {
	side: number;
	values: ArrayLike<number>;
}

export type Padding = 'valid' | 'same';
export const PADDINGS: readonly Padding[] = ['valid', 'same'];
export const STRIDES = [1, 2] as const;
export type Stride = (typeof STRIDES)[number];

/** Zeros added on each side: none for valid; for same, enough that stride 1 keeps the size ((k − 1)/2 for an odd kernel). */
export function paddingWidth(padding: Padding, kernelSide: number): number {
	return padding === 'same' ? Math.floor((kernelSide - 1) / 2) : 0;
}

/** ⌊(n + 2p − k)/s⌋ + 1: how many window positions fit along one side; 0 when none does. */
export function outputSide(n: number, kernelSide: number, pad: number, stride: number): number {
	const room = n + 2 * pad - kernelSide;
	return room < 0 ? 0 : Math.floor(room / stride) + 1;
}

/** One number of a window: where it sits in the picture (outside it in the padding), its value x, the weight w over it, and x × w. */
export interface WindowTerm {
	row: number;
	col: number;
	padded: boolean;
	x: number;
	w: number;
	product: number;
}

/** The window under output cell (row, col): its top-left corner in picture coordinates, its terms in reading order and their sum. */
export interface Window {
	top: number;
	left: number;
	terms: WindowTerm[];
	sum: number;
}

export interface Slide {
	padding: Padding;
	stride: number;
}

export function windowAt(image: Grid, kernel: Grid, { padding, stride }: Slide, row: number, col: number): Window {
	const k = kernel.side;
	const pad = paddingWidth(padding, k);
	const top = row * stride - pad;
	const left = col * stride - pad;
	const terms: WindowTerm[] = [];
	let sum = 0;
	for (let i = 0; i < k; i++) {
		for (let j = 0; j < k; j++) {
			const r = top + i;
			const c = left + j;
			const padded = r < 0 || c < 0 || r >= image.side || c >= image.side;
			const x = padded ? 0 : image.values[r * image.side + c];
			const w = kernel.values[i * k + j];
			const product = x * w;
			sum += product;
			terms.push({ row: r, col: c, padded, x, w, product });
		}
	}
	return { top, left, terms, sum };
}

/** Where the window's first row (or column) starts, for every position it reaches: counted by sliding it, not by the formula, so the two can be checked against each other. */
export function windowStarts(n: number, kernelSide: number, pad: number, stride: number): number[] {
	const starts: number[] = [];
	for (let start = -pad; start + kernelSide <= n + pad; start += stride) starts.push(start);
	return starts;
}

/** The filter's output map: the window's sum at every position the stride reaches. */
export function convolve(image: Grid, kernel: Grid, slide: Slide): Grid {
	const side = windowStarts(image.side, kernel.side, paddingWidth(slide.padding, kernel.side), slide.stride).length;
	const values = new Float64Array(side * side);
	for (let row = 0; row < side; row++) {
		for (let col = 0; col < side; col++) values[row * side + col] = windowAt(image, kernel, slide, row, col).sum;
	}
	return { side, values };
}

export type PoolMode = 'max' | 'average';
export const POOL_MODES: readonly PoolMode[] = ['max', 'average'];
/** Pooling windows are 2×2 and do not overlap (stride 2); a last odd row or column is dropped. */
export const POOL_SIZE = 2;

/** One pooled window: its cells (picture coordinates and values), what it pools to, and for max the cell that won. */
export interface PoolWindow {
	cells: { row: number; col: number; value: number }[];
	value: number;
	/** Index into `cells` of the largest value (the first such); what max pooling keeps. */
	largest: number;
}

export function poolWindowAt(map: Grid, mode: PoolMode, row: number, col: number): PoolWindow {
	const cells: PoolWindow['cells'] = [];
	for (let i = 0; i < POOL_SIZE; i++) {
		for (let j = 0; j < POOL_SIZE; j++) {
			const r = row * POOL_SIZE + i;
			const c = col * POOL_SIZE + j;
			cells.push({ row: r, col: c, value: map.values[r * map.side + c] });
		}
	}
	let largest = 0;
	let sum = 0;
	cells.forEach((cell, i) => {
		sum += cell.value;
		if (cell.value > cells[largest].value) largest = i;
	});
	return { cells, value: mode === 'max' ? cells[largest].value : sum / cells.length, largest };
}

export function pool(map: Grid, mode: PoolMode): Grid {
	const side = Math.floor(map.side / POOL_SIZE);
	const values = new Float64Array(side * side);
	for (let row = 0; row < side; row++) {
		for (let col = 0; col < side; col++) values[row * side + col] = poolWindowAt(map, mode, row, col).value;
	}
	return { side, values };
}

/** Smallest, largest and mean of each row of a grid: a map too big for a table, one line per row. */
export function rowSummaries(grid: Grid): { low: number; high: number; mean: number }[] {
	return Array.from({ length: grid.side }, (_, row) => {
		let low = Infinity;
		let high = -Infinity;
		let sum = 0;
		for (let col = 0; col < grid.side; col++) {
			const v = grid.values[row * grid.side + col];
			low = Math.min(low, v);
			high = Math.max(high, v);
			sum += v;
		}
		return { low, high, mean: sum / grid.side };
	});
}
