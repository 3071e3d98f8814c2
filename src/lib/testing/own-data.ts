/**
 * Small made-up datasets of the kind a learner brings, for tests: Gaussian blobs in a table (its
 * features on very different scales, so standardisation matters) and drawn pictures of bars and
 * rings with jitter. Seeded, so every test run sees the same examples.
 */
import { createRandom } from '../data/random';
import { PICTURE_SIDE, type OwnDataset } from '../owndata/dataset';

/** A standard normal number (Box–Muller). */
function normal(random: () => number): number {
	return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/**
 * `rows` rows of `features` numbers in `classes` blobs: each class centred on its own point,
 * spread 1, then feature j multiplied by 10^j (a column in millimetres next to one in metres).
 */
export function blobTable(classes = 3, features = 4, rows = 300, seed = 11): OwnDataset {
	const random = createRandom(seed);
	const centres = Array.from({ length: classes }, () => Array.from({ length: features }, () => (random() - 0.5) * 8));
	const examples = Array.from({ length: rows }, (_, i) => {
		const label = i % classes;
		const values = centres[label].map((centre, j) => (centre + normal(random)) * 10 ** j);
		return { values, label };
	});
	return {
		kind: 'table',
		classes: Array.from({ length: classes }, (_, c) => `class ${c}`),
		features: Array.from({ length: features }, (_, j) => `feature ${j}`),
		examples
	};
}

export const SHAPES = ['vertical bar', 'horizontal bar', 'ring'] as const;

/** One 28×28 picture of shape `shape` (an index into SHAPES), moved and sized a little at random; ink 1. */
function drawShape(shape: number, random: () => number): number[] {
	const side = PICTURE_SIDE;
	const values = new Array<number>(side * side).fill(0);
	const jitter = (most: number) => (random() * 2 - 1) * most;
	const cx = 13.5 + jitter(4);
	const cy = 13.5 + jitter(4);
	const half = 7 + jitter(2);
	const thick = 1.2 + random();
	for (let y = 0; y < side; y++) {
		for (let x = 0; x < side; x++) {
			let ink: boolean;
			if (shape === 0) ink = Math.abs(x - cx) <= thick && Math.abs(y - cy) <= half;
			else if (shape === 1) ink = Math.abs(y - cy) <= thick && Math.abs(x - cx) <= half;
			else ink = Math.abs(Math.hypot(x - cx, y - cy) - half) <= thick;
			if (ink) values[y * side + x] = 0.8 + 0.2 * random();
		}
	}
	return values;
}

/** `perClass` pictures of each shape in SHAPES (the first `classes` of them), in turn. */
export function shapePictures(perClass = 30, classes = 3, seed = 5): OwnDataset {
	const random = createRandom(seed);
	const examples = Array.from({ length: perClass * classes }, (_, i) => ({ values: drawShape(i % classes, random), label: i % classes }));
	return { kind: 'pictures', classes: SHAPES.slice(0, classes).map(String), features: [], examples };
}
