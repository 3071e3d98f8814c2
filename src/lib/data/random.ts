/**
 * A small seeded random-number generator and shuffle, so that "random" choices
 * (which digits are for training, the order of mini-batches) are the same on every
 * run and every machine. DOM-free.
 *
 * scripts/pack-mnist.js carries a copy of createRandom and shuffleInPlace (it is plain
 * Node and cannot import TypeScript); random.test.ts checks the two agree.
 */

/** Returns a function giving numbers in [0, 1), fixed by `seed` (mulberry32). */
export function createRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let mixed = Math.imul(state ^ (state >>> 15), state | 1);
		mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
	};
}

/** Shuffles `items` in place, every order equally likely (Fisher–Yates, from the end). */
export function shuffleInPlace<T>(items: T[] | Uint32Array | Int32Array, random: () => number): void {
	const list: { [index: number]: T | number; length: number } = items;
	for (let i = list.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		const held = list[i];
		list[i] = list[j];
		list[j] = held;
	}
}

/** The numbers 0..n-1 in a shuffled order. */
export function permutation(n: number, random: () => number): Int32Array {
	const order = new Int32Array(n);
	for (let i = 0; i < n; i++) order[i] = i;
	shuffleInPlace(order, random);
	return order;
}
