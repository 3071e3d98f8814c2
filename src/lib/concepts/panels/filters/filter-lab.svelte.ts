/**
 * What the filter playground and the pooling panel share on one page: the kernel the learner set,
 * the padding and stride, the picture it slides over (a test digit or a drawing), where the window
 * is, and the pooling. One per experiment, so the two panels show the same map.
 */
import { TEST_COUNT } from '../../../data/digits';
import type { TestPicture } from '../../../engine/requests/test-picture';
import type { Experiment } from '../../../experiment/experiment.svelte';
import { convolve, outputSide, paddingWidth, pool, type Grid, type Padding, type PoolMode, type Stride } from './convolve';
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
	const clamp = (v: number) => Math.max(0, Math.min(side - 1, v));
	return { row: clamp(at.row + by[0]), col: clamp(at.col + by[1]) };
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
	/** The output cell whose window is shown. */
	position = $state<Position>({ row: 0, col: 0 });
	/** Draw the whole output map, or only the cells the window has passed so far. */
	wholeMap = $state(true);
	poolMode = $state<PoolMode>('max');
	/** The pooled cell whose 2×2 window is shown. */
	poolPosition = $state<Position>({ row: 0, col: 0 });

	private asked: number | null = null;

	readonly preset = $derived<PresetId | null>(presetOf(this.weights));
	readonly kernel = $derived<Grid>({ side: KERNEL_SIDE, values: this.weights });
	readonly image = $derived<Grid | null>(
		this.drawing ? { side: 28, values: this.drawing } : this.picture && this.picture.index === this.example - 1 ? { side: this.picture.side, values: this.picture.pixels } : null
	);
	readonly pad = $derived(paddingWidth(this.padding, KERNEL_SIDE));
	readonly outputSide = $derived(this.image ? outputSide(this.image.side, KERNEL_SIDE, this.pad, this.stride) : 0);
	readonly output = $derived<Grid | null>(this.image ? convolve(this.image, this.kernel, { padding: this.padding, stride: this.stride }) : null);
	/** The window's position, kept on the map when padding or stride shrink it. */
	readonly at = $derived<Position>({
		row: Math.min(this.position.row, Math.max(0, this.outputSide - 1)),
		col: Math.min(this.position.col, Math.max(0, this.outputSide - 1))
	});
	readonly pooled = $derived<Grid | null>(this.output ? pool(this.output, this.poolMode) : null);
	readonly poolAt = $derived<Position>({
		row: Math.min(this.poolPosition.row, Math.max(0, (this.pooled?.side ?? 1) - 1)),
		col: Math.min(this.poolPosition.col, Math.max(0, (this.pooled?.side ?? 1) - 1))
	});

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
