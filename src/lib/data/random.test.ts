import { describe, expect, it } from 'vitest';
import {
	createRandom as scriptRandom,
	packOrder,
	RECORD_COUNT,
	SHUFFLE_SEED
} from '../../../scripts/pack-mnist.js';
import { createRandom, permutation, shuffleInPlace } from './random';

function take(random: () => number, count: number): number[] {
	return Array.from({ length: count }, () => random());
}

function isPermutationOf(values: ArrayLike<number>, n: number): boolean {
	return values.length === n && Array.from(values).sort((a, b) => a - b).every((value, i) => value === i);
}

const seeds = [0, 1, 42, SHUFFLE_SEED, 2 ** 32 - 1, -7];

describe('createRandom', () => {
	it.each(seeds)('gives the same sequence twice for seed %d', (seed) => {
		expect(take(createRandom(seed), 100)).toEqual(take(createRandom(seed), 100));
	});

	it.each(seeds)('gives values in [0, 1) for seed %d', (seed) => {
		const values = take(createRandom(seed), 10_000);
		expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
	});

	it.each([
		[0, 1],
		[1, 2],
		[SHUFFLE_SEED, SHUFFLE_SEED + 1]
	])('gives different sequences for seeds %d and %d', (first, second) => {
		expect(take(createRandom(first), 20)).not.toEqual(take(createRandom(second), 20));
	});

	it('spreads values over the whole range', () => {
		const counts = new Array(10).fill(0);
		for (const value of take(createRandom(SHUFFLE_SEED), 10_000)) counts[Math.floor(value * 10)]++;
		expect(Math.min(...counts)).toBeGreaterThan(900);
	});
});

describe('shuffleInPlace', () => {
	it.each([
		['an empty list', []],
		['one item', ['a']],
		['a few letters', ['a', 'b', 'c', 'd', 'e', 'f']]
	])('keeps every item of %s', (_, items: string[]) => {
		const shuffled = [...items];
		shuffleInPlace(shuffled, createRandom(3));
		expect([...shuffled].sort()).toEqual([...items].sort());
	});

	it.each([Int32Array, Uint32Array])('shuffles a %o into a permutation', (ArrayType) => {
		const items = new ArrayType(500);
		for (let i = 0; i < items.length; i++) items[i] = i;
		shuffleInPlace(items, createRandom(11));
		expect(isPermutationOf(items, 500)).toBe(true);
		expect([...items]).not.toEqual([...Array(500).keys()]);
	});

	it('follows Fisher–Yates from the end: the first pick decides the last slot', () => {
		// random() = 0 always picks index 0 to swap into position i.
		const items = [0, 1, 2, 3];
		shuffleInPlace(items, () => 0);
		expect(items).toEqual([1, 2, 3, 0]);
	});
});

describe('permutation', () => {
	it.each([0, 1, 2, 10, 1000])('holds each of 0..%d-1 exactly once', (n) => {
		expect(isPermutationOf(permutation(n, createRandom(n)), n)).toBe(true);
	});
});

describe('scripts/pack-mnist.js', () => {
	it.each(seeds)('has the same generator as random.ts for seed %d', (seed) => {
		expect(take(scriptRandom(seed), 1000)).toEqual(take(createRandom(seed), 1000));
	});

	it('orders the records by the documented permutation', () => {
		expect(packOrder()).toEqual(permutation(RECORD_COUNT, createRandom(SHUFFLE_SEED)));
	});
});
