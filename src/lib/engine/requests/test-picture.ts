/** One test picture's pixels (0..1, row-major) and its right answer, for pages that work on the picture itself (the filter playground). Image tasks only; reads no tensors. */
import { IMAGE_SIZE } from '../../data/digits';
import type { Trainer } from '../trainer';

export interface TestPictureArgs {
	/** Which test example, from 0. */
	index: number;
}

export interface TestPicture {
	index: number;
	label: number;
	/** Pixels on each side. */
	side: number;
	/** side × side values in 0..1, rows from the top. */
	pixels: number[];
}

export async function testPicture(trainer: Trainer, { index }: TestPictureArgs): Promise<TestPicture> {
	const { test } = trainer.dataset;
	const pictures = test.pictures;
	if (!pictures) throw new Error('This data has no pictures.');
	if (!Number.isInteger(index) || index < 0 || index >= test.count) {
		throw new Error(`Pick a test example from 0 to ${test.count - 1}.`);
	}
	const size = IMAGE_SIZE * IMAGE_SIZE;
	const pixels = Array.from(pictures.pixels.subarray(index * size, (index + 1) * size), (v) => v / 255);
	return { index, label: pictures.labels[index], side: IMAGE_SIZE, pixels };
}
