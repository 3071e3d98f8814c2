/**
 * Test digits moved a few pixels, to see which network copes with a digit that is not where
 * the training digits were. Each digit moves in its own direction (right, left, down or up),
 * drawn once from a fixed seed, so every run and every user is tested on the same moved digits;
 * what moves off the edge is lost and the empty side is filled with background.
 */
import { createRandom } from '../../data/random';

/** Fixed, so the moved test set is the same in every run whatever the run's seed. */
const DIRECTION_SEED = 20261130;

/** [column step, row step] of the four directions. */
const DIRECTIONS = [
	[1, 0],
	[-1, 0],
	[0, 1],
	[0, -1]
] as const;

export const DIRECTION_NAMES = ['right', 'left', 'down', 'up'] as const;

/** Each example's direction, an index into DIRECTION_NAMES. */
export function shiftDirections(count: number): Uint8Array {
	const random = createRandom(DIRECTION_SEED);
	return Uint8Array.from({ length: count }, () => Math.floor(random() * DIRECTIONS.length));
}

/**
 * `count` square grey images (0..255, row-major, `side`² each) moved `shift` pixels each in its
 * direction, as 0..1 values ready to upload.
 */
export function shiftImages(pixels: ArrayLike<number>, count: number, side: number, shift: number): Float32Array {
	const area = side * side;
	const directions = shiftDirections(count);
	const moved = new Float32Array(count * area);
	for (let n = 0; n < count; n++) {
		const [dx, dy] = DIRECTIONS[directions[n]];
		const offset = n * area;
		for (let row = 0; row < side; row++) {
			const fromRow = row - dy * shift;
			if (fromRow < 0 || fromRow >= side) continue;
			for (let column = 0; column < side; column++) {
				const fromColumn = column - dx * shift;
				if (fromColumn < 0 || fromColumn >= side) continue;
				moved[offset + row * side + column] = pixels[offset + fromRow * side + fromColumn] / 255;
			}
		}
	}
	return moved;
}
