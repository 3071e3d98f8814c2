/** The metric series of one training run, as the charts read them. */
import type {
	ActivationSnapshot,
	DropoutMask,
	GallerySample,
	GradientNormPoint,
	LossPoint,
	TestPoint,
	WeightImages,
	WeightSnapshot
} from '../engine/types';
import type { RunProgress } from '../worker/protocol';
import { appendThinned } from './series';

const MAX_LOSS_POINTS = 6000;
const MAX_SNAPSHOTS = 240;

export class Run {
	step = $state(0);
	epoch = $state(0);
	examplesPerSecond = $state(0);
	diverged = $state(false);
	/** The loss shot above ten times its starting value at some step (without becoming NaN). */
	exploded = $state(false);
	private firstLoss: number | null = null;

	losses: LossPoint[] = $state.raw([]);
	tests: TestPoint[] = $state.raw([]);
	weights: WeightSnapshot[] = $state.raw([]);
	activations: ActivationSnapshot[] = $state.raw([]);
	gradients: GradientNormPoint[] = $state.raw([]);
	images: WeightImages | null = $state.raw(null);
	gallery: GallerySample | null = $state.raw(null);
	dropout: DropoutMask | null = $state.raw(null);

	readonly lastLoss = $derived(this.losses.at(-1)?.loss ?? null);
	readonly lastTest = $derived(this.tests.at(-1) ?? null);

	/**
	 * Goes back to `step`, where a resumed run continues: points after it are dropped, since the
	 * run will train those steps again.
	 */
	rewind(step: number): void {
		const upTo = <T extends { step: number }>(series: T[]) => series.filter((p) => p.step <= step);
		this.step = step;
		this.diverged = false;
		this.losses = upTo(this.losses);
		this.tests = upTo(this.tests);
		this.weights = upTo(this.weights);
		this.activations = upTo(this.activations);
		this.gradients = upTo(this.gradients);
	}

	absorb(progress: RunProgress): void {
		this.step = progress.step;
		this.epoch = progress.epoch;
		this.diverged = progress.diverged;
		if (progress.examplesPerSecond > 0) this.examplesPerSecond = progress.examplesPerSecond;
		if (progress.losses.length) {
			this.losses = appendThinned(this.losses, progress.losses, MAX_LOSS_POINTS);
			this.firstLoss ??= progress.losses[0].loss;
			if (progress.losses.some((p) => p.loss > 10 * this.firstLoss!)) this.exploded = true;
		}
		if (progress.test) this.tests = appendThinned(this.tests, [progress.test], MAX_SNAPSHOTS * 4);
		if (progress.weights) this.weights = appendThinned(this.weights, [progress.weights], MAX_SNAPSHOTS);
		if (progress.activations) this.activations = appendThinned(this.activations, [progress.activations], MAX_SNAPSHOTS);
		if (progress.gradients) this.gradients = appendThinned(this.gradients, [progress.gradients], MAX_SNAPSHOTS);
		if (progress.images) this.images = progress.images;
		if (progress.gallery) this.gallery = progress.gallery;
		if (progress.dropout) this.dropout = progress.dropout;
	}
}
