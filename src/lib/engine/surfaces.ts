/**
 * Made-up two-parameter loss surfaces for watching plain gradient descent, step by step; their
 * curvatures are chosen to show the cases below, not measured from any network.
 *
 * Both are quadratics aligned with the axes, loss = (a·x² + b·y²) / 2, whose curvatures (second
 * derivatives) are a along x and b along y. One step multiplies x by (1 − lr·a) and y by (1 − lr·b):
 * - lr < 1/b: both factors lie in (0, 1), the point slides straight in; far below, it crawls;
 * - lr = 1/curvature: that coordinate lands on the minimum in a single step;
 * - 1/b < lr < 2/b: the y factor is negative, so y overshoots and zig-zags, shrinking each step;
 * - lr = 2/b: the y factor is exactly −1, so y bounces between the walls for ever, neither
 *   shrinking nor growing (0.1 on the ravine);
 * - lr > 2/b: |1 − lr·b| > 1, every overshoot is bigger than the last, and the loss blows up.
 * So the largest rate that does not diverge is 2 / (largest curvature): 2 on the round bowl
 * (curvature 1 both ways) and 2/20 = 0.1 across the ravine (curvature 20 along y), where a rate
 * that small then crawls along the gentle x direction (curvature 2).
 */

export type SurfaceId = 'bowl' | 'ravine';

export interface Surface {
	id: SurfaceId;
	loss(x: number, y: number): number;
	gradient(x: number, y: number): [number, number];
	/** The region to draw. */
	x: [number, number];
	y: [number, number];
	/** Where descent begins. */
	start: [number, number];
	minimum: [number, number];
	/** Second derivative of the loss along x and along y; descent diverges above 2 / the larger. */
	curvature: [number, number];
}

/** A path is cut short once its loss passes this. */
export const DIVERGENCE_LOSS = 1e6;
/** A path has converged when its last loss is this close to the minimum's. */
export const CONVERGENCE_TOLERANCE = 1e-3;
/**
 * A path that swings back and forth is bouncing when one full swing (two steps) took less than
 * this share off its height above the minimum: at that pace it would never get there.
 */
export const BOUNCE_TOLERANCE = 1e-3;

function quadratic(
	id: SurfaceId,
	curvature: [number, number],
	start: [number, number],
	extent = 3
): Surface {
	const [a, b] = curvature;
	return {
		id,
		loss: (x, y) => (a * x * x + b * y * y) / 2,
		gradient: (x, y) => [a * x, b * y],
		x: [-extent, extent],
		y: [-extent, extent],
		start,
		minimum: [0, 0],
		curvature
	};
}

export const SURFACES: Record<SurfaceId, Surface> = {
	/** loss = (x² + y²) / 2: round, so every rate up to 2 behaves the same in every direction. */
	bowl: quadratic('bowl', [1, 1], [-2.5, 2]),
	/** loss = x² + 10·y²: ten times steeper across (y) than along (x). */
	ravine: quadratic('ravine', [2, 20], [-2.8, 1])
};

/** The learning rate above which descent on this surface diverges: 2 / (largest curvature). */
export function divergenceRate(surface: Surface): number {
	return 2 / Math.max(...surface.curvature);
}

export interface PathPoint {
	x: number;
	y: number;
	loss: number;
}

export interface DescentPath {
	/** The start, then one point per step; every coordinate and loss is finite. */
	points: PathPoint[];
	/**
	 * The loss passed DIVERGENCE_LOSS or stopped being a finite number (the path ends there), or
	 * it ended higher than it started: too large a rate makes each step worse, though just above
	 * 2 / curvature it can take more steps than we run to reach DIVERGENCE_LOSS.
	 */
	diverged: boolean;
	/** The last loss is within CONVERGENCE_TOLERANCE of the minimum's. */
	converged: boolean;
	/**
	 * Neither diverged nor converged, and stuck swinging: the last step reverses the one before,
	 * and the last two steps took less than BOUNCE_TOLERANCE of the height above the minimum.
	 */
	bouncing: boolean;
}

/** How a path ended, in the words its table shows. */
export type DescentOutcome = 'diverged' | 'converged' | 'bouncing' | 'descending';

export function descentOutcome(path: DescentPath): DescentOutcome {
	if (path.diverged) return 'diverged';
	if (path.converged) return 'converged';
	return path.bouncing ? 'bouncing' : 'descending';
}

/** The last step points back against the one before, and the last full swing barely lowered the loss. */
function isBouncing(points: PathPoint[], minimumLoss: number): boolean {
	if (points.length < 3) return false;
	const [a, b, c] = points.slice(-3);
	const reverses = (b.x - a.x) * (c.x - b.x) + (b.y - a.y) * (c.y - b.y) < 0;
	const height = c.loss - minimumLoss;
	return reverses && a.loss - c.loss < BOUNCE_TOLERANCE * height;
}

/**
 * One step of some optimizer from (x, y), given the gradient there: the point after it. `step`
 * counts from 1; a stepper may keep what it needs between calls (a velocity, running means).
 */
export type Stepper = (x: number, y: number, gradient: [number, number], step: number) => [number, number];

/** A path of `steps` steps from `start` (the surface's own by default), each taken by `stepper`. */
export function followPath(
	surface: Surface,
	stepper: Stepper,
	steps = 60,
	start: readonly [number, number] = surface.start
): DescentPath {
	let [x, y] = start;
	const points: PathPoint[] = [{ x, y, loss: surface.loss(x, y) }];
	let blewUp = false;
	for (let step = 1; step <= steps; step++) {
		[x, y] = stepper(x, y, surface.gradient(x, y), step);
		const loss = surface.loss(x, y);
		if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(loss)) {
			blewUp = true;
			break;
		}
		points.push({ x, y, loss });
		if (loss > DIVERGENCE_LOSS) {
			blewUp = true;
			break;
		}
	}
	const first = points[0].loss;
	const last = points[points.length - 1].loss;
	const diverged = blewUp || last > first;
	const minimumLoss = surface.loss(...surface.minimum);
	const converged = !diverged && Math.abs(last - minimumLoss) <= CONVERGENCE_TOLERANCE;
	return {
		points,
		diverged,
		converged,
		bouncing: !diverged && !converged && isBouncing(points, minimumLoss)
	};
}

/** Plain gradient descent, x ← x − learningRate · ∇loss, from `start` (the surface's own by default). */
export function descend(
	surface: Surface,
	learningRate: number,
	steps = 60,
	start: readonly [number, number] = surface.start
): DescentPath {
	return followPath(surface, (x, y, [gx, gy]) => [x - learningRate * gx, y - learningRate * gy], steps, start);
}

/** The first step whose point lies within `radius` of the minimum (0: the start already does), or null. */
export function stepsToReach(surface: Surface, path: DescentPath, radius: number): number | null {
	const [mx, my] = surface.minimum;
	const index = path.points.findIndex(({ x, y }) => Math.hypot(x - mx, y - my) < radius);
	return index < 0 ? null : index;
}
