/**
 * What the filter playground and the pooling panel share on one page: the kernel the learner set,
 * the padding and stride, the picture it slides over (a test digit or a drawing), where the window
 * is, and the pooling. One per experiment, so the two panels show the same map.
 */
import { IMAGE_SIZE, TEST_COUNT } from '../../../data/digits';
import type { TestPicture } from '../../../engine/requests/test-picture';
import type { Experiment } from '../../../experiment/experiment.svelte';
import { POOL_SIZE, convolve, outputSide, paddingWidth, pool, type Grid, type Padding, type PoolMode, type Stride } from './convolve';
import { KERNEL_SIDE, PRESETS, presetOf, type PresetId } from './kernels';

export interface Position {
	row: number;
	col: number;
}

/** A position moved by an arrow key, kept inside a side × side grid; null for any other key. */
export function moved(at: Position, key: string, side: number): Position | null {
	const step: Record<string, [number, number]> = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] };
	const by = step[key];
	if (!by || side < 1) return null;
	return within({ row: at.row + by[0], col: at.col + by[1] }, side);
}

/** A position kept inside a side × side grid (row and column 0 of an empty one). */
export function within(at: Position, side: number): Position {
	const clamp = (v: number) => Math.max(0, Math.min(side - 1, v));
	return { row: clamp(at.row), col: clamp(at.col) };
}

/** Where a grid's value is largest in size (the first such, in reading order); the top-left corner of an empty one. */
export function strongest(grid: Grid | null): Position {
	if (!grid || grid.side === 0) return { row: 0, col: 0 };
	let best = 0;
	for (let i = 1; i < grid.values.length; i++) if (Math.abs(grid.values[i]) > Math.abs(grid.values[best])) best = i;
	return { row: Math.floor(best / grid.side), col: best % grid.side };
}

/** The next or previous position in reading order, stopping at the ends. */
export function stepped(at: Position, by: 1 | -1, side: number): Position {
	const index = Math.max(0, Math.min(side * side - 1, at.row * side + at.col + by));
	return { row: Math.floor(index / side), col: index % side };
}

export class FilterLab {
	weights = $state<number[]>([...PRESETS.verticalEdge]);
	padding = $state<Padding>('valid');
	stride = $state<Stride>(1);
	/** The test digit slid over, counted from 1. */
	example = $state(1);
	/** A drawing used instead of the test digit: 784 values in 0..1. */
	drawing = $state.raw<number[] | null>(null);
	/** The test digit once the model's worker has sent it. */
	picture = $state.raw<TestPicture | null>(null);
	failure = $state<string | null>(null);
	/** The output cell whose window is shown; until the learner moves it, the strongest response (a window with something in it). */
	position = $state<Position | null>(null);
	/** Draw the whole output map, or only the cells the window has passed so far. */
	wholeMap = $state(true);
	poolMode = $state<PoolMode>('max');
	/** The pooled cell whose 2×2 window is shown; until the learner moves it, the strongest. */
	poolPosition = $state<Position | null>(null);

	private asked: number | null = null;

	readonly preset = $derived<PresetId | null>(presetOf(this.weights));
	readonly kernel = $derived<Grid>({ side: KERNEL_SIDE, values: this.weights });
	readonly image = $derived<Grid | null>(
		this.drawing ? { side: IMAGE_SIZE, values: this.drawing } : this.picture && this.picture.index === this.example - 1 ? { side: this.picture.side, values: this.picture.pixels } : null
	);
	readonly pad = $derived(paddingWidth(this.padding, KERNEL_SIDE));
	/** What the formula says, known before the picture arrives. */
	readonly outputSide = $derived(outputSide(this.image?.side ?? IMAGE_SIZE, KERNEL_SIDE, this.pad, this.stride));
	readonly pooledSide = $derived(Math.floor(this.outputSide / POOL_SIZE));
	readonly output = $derived<Grid | null>(this.image ? convolve(this.image, this.kernel, { padding: this.padding, stride: this.stride }) : null);
	/** The window's position, kept on the map when padding or stride shrink it. */
	readonly at = $derived<Position>(within(this.position ?? strongest(this.output), this.outputSide));
	readonly pooled = $derived<Grid | null>(this.output ? pool(this.output, this.poolMode) : null);
	readonly poolAt = $derived<Position>(within(this.poolPosition ?? strongest(this.pooled), this.pooledSide));

	usePreset(id: PresetId): void {
		this.weights = [...PRESETS[id]];
	}

	setWeight(index: number, value: number): void {
		this.weights = this.weights.map((w, i) => (i === index ? value : w));
	}

	/** Fetches the chosen test digit from the experiment's worker, once per digit; call again when the worker may answer (a new phase). */
	fetchPicture(experiment: Experiment): void {
		const index = this.example - 1;
		if (this.picture?.index === index || this.asked === index) return;
		if (experiment.phase === 'loading' || experiment.phase === 'failed') return;
		if (index < 0 || index >= TEST_COUNT) return;
		this.asked = index;
		experiment.request('testPicture', { index }).then(
			(answer) => {
				if (answer.index !== this.example - 1) return;
				this.picture = answer;
				this.failure = null;
			},
			(error: Error) => {
				if (this.asked === index) this.asked = null;
				if (index === this.example - 1) this.failure = error.message;
			}
		);
	}
}

const labs = new WeakMap<Experiment, FilterLab>();

/** The page's one FilterLab for this experiment. */
export function filterLab(experiment: Experiment): FilterLab {
	let lab = labs.get(experiment);
	if (!lab) {
		lab = new FilterLab();
		labs.set(experiment, lab);
	}
	return lab;
}
