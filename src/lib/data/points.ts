/**
 * The point sets of the mechanics pages: points in the plane, two classes, drawn from a fixed
 * seed so that every learner sees the same set (the run's own seed moves the weights, not the
 * data). Coordinates lie in [-1, 1]; the pages draw the square [-EXTENT, EXTENT]. DOM- and
 * TF.js-free.
 */
import { createRandom } from './random';

export const POINT_SETS = ['clouds', 'xor', 'circles', 'spiral'] as const;
export type PointSetId = (typeof POINT_SETS)[number];

/** Half the side of the square the pages draw, and the plane probe samples. */
export const EXTENT = 1.25;
/** Points in each set's training and test part. */
export const TRAIN_POINTS = 400;
export const TEST_POINTS = 400;

export interface PointSet {
	/** x, y of each point, row-major. */
	xy: Float32Array;
	/** 0 or 1 */
	labels: Uint8Array;
	count: number;
}

type Random = () => number;
/** One point of class `label`. */
type Draw = (label: 0 | 1, random: Random) => [number, number];

/** A normally distributed number (Box–Muller), mean 0, standard deviation 1. */
function gaussian(random: Random): number {
	const u = 1 - random();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const clamp = (v: number) => Math.max(-1, Math.min(1, v));

const DRAWS: Record<PointSetId, Draw> = {
	// Two round clouds on either side of the diagonal: one straight line separates them.
	clouds: (label, random) => {
		const centre = label === 1 ? 0.45 : -0.45;
		return [clamp(centre + 0.22 * gaussian(random)), clamp(centre + 0.22 * gaussian(random))];
	},
	// Class 1 where x and y have the same sign; a margin keeps points off the axes.
	xor: (label, random) => {
		const sx = random() < 0.5 ? -1 : 1;
		const sy = label === 1 ? sx : -sx;
		return [sx * (0.08 + 0.9 * random()), sy * (0.08 + 0.9 * random())];
	},
	// Class 1 inside a disc, class 0 in a ring around it.
	circles: (label, random) => {
		const angle = 2 * Math.PI * random();
		const radius = label === 1 ? 0.45 * Math.sqrt(random()) : 0.65 + 0.3 * random();
		return [radius * Math.cos(angle), radius * Math.sin(angle)];
	},
	// Two arms winding one and a half turns around the centre, half a turn apart.
	spiral: (label, random) => {
		const t = random();
		const angle = 3 * Math.PI * t + label * Math.PI;
		const radius = 0.1 + 0.85 * t;
		return [clamp(radius * Math.cos(angle) + 0.04 * gaussian(random)), clamp(radius * Math.sin(angle) + 0.04 * gaussian(random))];
	}
};

/** Each set's fixed seed; the test part follows the training part from the same generator. */
const DATA_SEED = 20_261_130;

function draw(id: PointSetId, count: number, random: Random): PointSet {
	const xy = new Float32Array(count * 2);
	const labels = new Uint8Array(count);
	for (let i = 0; i < count; i++) {
		const label = (i % 2) as 0 | 1;
		const [x, y] = DRAWS[id](label, random);
		xy[2 * i] = x;
		xy[2 * i + 1] = y;
		labels[i] = label;
	}
	return { xy, labels, count };
}

/** A point set's training and test parts, the same on every call. */
export function pointSet(id: PointSetId): { train: PointSet; test: PointSet } {
	const random = createRandom(DATA_SEED + POINT_SETS.indexOf(id));
	const train = draw(id, TRAIN_POINTS, random);
	const test = draw(id, TEST_POINTS, random);
	return { train, test };
}

/** size × size grid points over [-extent, extent]², x and y of each, rows from the top, columns from the left. */
export function planeGrid(size: number, extent: number): Float32Array {
	const points = new Float32Array(size * size * 2);
	for (let row = 0; row < size; row++) {
		for (let col = 0; col < size; col++) {
			const i = row * size + col;
			points[2 * i] = -extent + ((col + 0.5) * 2 * extent) / size;
			points[2 * i + 1] = extent - ((row + 0.5) * 2 * extent) / size;
		}
	}
	return points;
}
