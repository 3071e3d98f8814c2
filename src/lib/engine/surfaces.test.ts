import { describe, expect, it } from 'vitest';
import {
	CONVERGENCE_TOLERANCE,
	DIVERGENCE_LOSS,
	SURFACES,
	descend,
	descentOutcome,
	divergenceRate,
	type DescentPath,
	type Surface,
	type SurfaceId
} from './surfaces';

const surfaceIds = Object.keys(SURFACES) as SurfaceId[];

/** A small seeded generator, so a failing point can be reproduced. */
function mulberry32(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function randomPoints(surface: Surface, count: number, seed: number): [number, number][] {
	const random = mulberry32(seed);
	const within = ([low, high]: [number, number]) => low + random() * (high - low);
	return Array.from({ length: count }, () => [within(surface.x), within(surface.y)]);
}

type Behaviour = 'crawls' | 'converges' | 'bounces' | 'diverges';

function behaviour(path: DescentPath): Behaviour {
	const words = { diverged: 'diverges', converged: 'converges', bouncing: 'bounces', descending: 'crawls' } as const;
	return words[descentOutcome(path)];
}

describe('surface gradients', () => {
	const h = 1e-5;
	it.each(
		surfaceIds.flatMap((id) =>
			randomPoints(SURFACES[id], 8, id.length).map(([x, y]) => [id, x, y] as const)
		)
	)('%s: gradient at (%f, %f) matches central differences', (id, x, y) => {
		const { loss, gradient } = SURFACES[id];
		const numeric = [
			(loss(x + h, y) - loss(x - h, y)) / (2 * h),
			(loss(x, y + h) - loss(x, y - h)) / (2 * h)
		];
		const [gx, gy] = gradient(x, y);
		expect(gx).toBeCloseTo(numeric[0], 5);
		expect(gy).toBeCloseTo(numeric[1], 5);
	});

	it.each(surfaceIds)('%s: the gradient vanishes at the minimum, which is the lowest loss', (id) => {
		const surface = SURFACES[id];
		expect(surface.gradient(...surface.minimum)).toEqual([0, 0]);
		const lowest = surface.loss(...surface.minimum);
		for (const [x, y] of randomPoints(surface, 50, 7)) {
			expect(surface.loss(x, y)).toBeGreaterThanOrEqual(lowest);
		}
	});

	it.each(surfaceIds)('%s: the start and the minimum lie inside the drawn region', (id) => {
		const { x, y, start, minimum } = SURFACES[id];
		for (const [px, py] of [start, minimum]) {
			expect(px).toBeGreaterThan(x[0]);
			expect(px).toBeLessThan(x[1]);
			expect(py).toBeGreaterThan(y[0]);
			expect(py).toBeLessThan(y[1]);
		}
	});
});

describe('divergenceRate', () => {
	it.each([
		['bowl', 2],
		['ravine', 0.1]
	] as const)('%s diverges above %f', (id, rate) => {
		expect(divergenceRate(SURFACES[id])).toBeCloseTo(rate, 12);
	});
});

describe('descend', () => {
	it.each([
		['bowl', 0.01, 'crawls'],
		['bowl', 0.02, 'crawls'],
		['bowl', 0.05, 'crawls'],
		['bowl', 0.1, 'converges'],
		['bowl', 0.5, 'converges'],
		['bowl', 1, 'converges'],
		['bowl', 1.5, 'converges'],
		['bowl', 1.9, 'converges'],
		['bowl', 2, 'bounces'],
		['bowl', 2.01, 'diverges'],
		['bowl', 2.1, 'diverges'],
		['bowl', 2.5, 'diverges'],
		['bowl', 5, 'diverges'],
		['ravine', 0.005, 'crawls'],
		['ravine', 0.01, 'crawls'],
		['ravine', 0.02, 'crawls'],
		['ravine', 0.04, 'converges'],
		['ravine', 0.05, 'converges'],
		['ravine', 0.07, 'converges'],
		['ravine', 0.09, 'converges'],
		['ravine', 0.1, 'bounces'],
		['ravine', 0.101, 'diverges'],
		['ravine', 0.11, 'diverges'],
		['ravine', 0.2, 'diverges'],
		['ravine', 0.5, 'diverges'],
		['ravine', 1, 'diverges'],
		['ravine', 1.5, 'diverges']
	] as [SurfaceId, number, Behaviour][])('%s at learning rate %f %s', (id, learningRate, expected) => {
		const surface = SURFACES[id];
		const path = descend(surface, learningRate);
		expect(behaviour(path)).toBe(expected);
		const first = path.points[0].loss;
		const last = path.points.at(-1)!.loss;
		if (expected === 'crawls') {
			// Heading the right way, but after 60 steps still well short of the minimum.
			expect(last).toBeLessThan(first);
			expect(last).toBeGreaterThan(10 * CONVERGENCE_TOLERANCE);
		}
		if (expected === 'diverges') expect(last).toBeGreaterThan(first);
	});

	it('starts at the surface start and takes one point per step', () => {
		const surface = SURFACES.bowl;
		const path = descend(surface, 0.1, 25);
		expect(path.points).toHaveLength(26);
		expect([path.points[0].x, path.points[0].y]).toEqual(surface.start);
		for (const p of path.points) expect(p.loss).toBe(surface.loss(p.x, p.y));
	});

	it('on the bowl, a learning rate of 1 lands on the minimum in one step', () => {
		const path = descend(SURFACES.bowl, 1);
		expect([path.points[1].x, path.points[1].y]).toEqual([0, 0]);
	});

	it('on the bowl, a learning rate of 1.5 overshoots every step yet converges', () => {
		const path = descend(SURFACES.bowl, 1.5, 20);
		for (let i = 1; i < path.points.length; i++) {
			const before = path.points[i - 1];
			const after = path.points[i];
			if (before.x === 0) break;
			expect(Math.sign(after.x)).toBe(-Math.sign(before.x));
			expect(after.loss).toBeLessThan(before.loss);
		}
		expect(path.converged).toBe(true);
	});

	it('on the ravine, a good rate zig-zags across (y) while moving steadily along (x)', () => {
		const path = descend(SURFACES.ravine, 0.09, 10);
		for (let i = 1; i < path.points.length; i++) {
			const before = path.points[i - 1];
			const after = path.points[i];
			expect(Math.sign(after.y)).toBe(-Math.sign(before.y));
			expect(Math.sign(after.x)).toBe(Math.sign(before.x));
			expect(Math.abs(after.x)).toBeLessThan(Math.abs(before.x));
		}
	});

	it('on the ravine, a learning rate of exactly 2/20 = 0.1 bounces between the walls for ever', () => {
		const path = descend(SURFACES.ravine, 0.1);
		expect(descentOutcome(path)).toBe('bouncing');
		expect(path.converged).toBe(false);
		expect(path.diverged).toBe(false);
		// y flips sign every step and its swing never shrinks; x slides in, so the loss settles at 10·y² = 10.
		for (const [before, after] of path.points.slice(0, -1).map((p, i) => [p, path.points[i + 1]])) {
			expect(after.y).toBeCloseTo(-before.y, 12);
		}
		expect(path.points.at(-1)!.loss).toBeCloseTo(10, 6);
	});

	it.each([
		['bowl', 0.01],
		['ravine', 0.005],
		['ravine', 0.0999]
	] as const)('%s at learning rate %f is still descending, not bouncing', (id, learningRate) => {
		const path = descend(SURFACES[id], learningRate);
		expect(descentOutcome(path)).toBe('descending');
	});

	it('stops at the first step whose loss passes the divergence cap', () => {
		const path = descend(SURFACES.ravine, 0.2);
		expect(path.diverged).toBe(true);
		expect(path.points.length).toBeLessThan(61);
		const losses = path.points.map((p) => p.loss);
		expect(losses.at(-1)).toBeGreaterThan(DIVERGENCE_LOSS);
		for (const loss of losses.slice(0, -1)) expect(loss).toBeLessThanOrEqual(DIVERGENCE_LOSS);
	});

	it.each(
		surfaceIds.flatMap((id) =>
			[3, 1e3, 1e10, 1e154, 1e200, 1e308, Infinity, -1, NaN].map((rate) => [id, rate] as const)
		)
	)('%s at learning rate %f never yields a non-finite point', (id, learningRate) => {
		const path = descend(SURFACES[id], learningRate);
		expect(path.points.length).toBeGreaterThan(0);
		for (const p of path.points) {
			expect(Number.isFinite(p.x)).toBe(true);
			expect(Number.isFinite(p.y)).toBe(true);
			expect(Number.isFinite(p.loss)).toBe(true);
		}
		expect(path.converged).toBe(false);
	});
});
