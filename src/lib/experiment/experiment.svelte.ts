/**
 * One running experiment on a page: owns its training worker, holds the metric series the charts
 * draw, and turns button presses and setting changes into worker commands.
 */
import type { BackendName } from '../engine/spec';
import type {
	GallerySample,
	GradientNormPoint,
	LossPoint,
	TestPoint,
	WeightImages,
	WeightSnapshot
} from '../engine/types';
import type { BackendFallback, Command, Event, Progress } from '../worker/protocol';
import type { Settings } from '../url/params';
import { appendThinned } from './series';

export type Phase = 'loading' | 'ready' | 'training' | 'diverged' | 'failed';
export type Failure = { kind: 'noWorker' } | { kind: 'error'; message: string };

const MAX_LOSS_POINTS = 6000;
const MAX_SNAPSHOTS = 240;

export class Experiment {
	settings: Settings = $state()!;
	phase: Phase = $state('loading');
	loadedBytes = $state(0);
	totalBytes: number | null = $state(null);
	backend: BackendName | null = $state(null);
	fallback: BackendFallback | null = $state(null);
	step = $state(0);
	epoch = $state(0);
	examplesPerSecond = $state(0);
	divergedAt: number | null = $state(null);
	failure: Failure | null = $state(null);

	losses: LossPoint[] = $state.raw([]);
	tests: TestPoint[] = $state.raw([]);
	weights: WeightSnapshot[] = $state.raw([]);
	gradients: GradientNormPoint[] = $state.raw([]);
	images: WeightImages | null = $state.raw(null);
	gallery: GallerySample | null = $state.raw(null);
	probabilities: number[] | null = $state.raw(null);

	readonly training = $derived(this.phase === 'training');
	readonly lastLoss = $derived(this.losses.at(-1)?.loss ?? null);
	readonly lastTest = $derived(this.tests.at(-1) ?? null);

	private worker: Worker | null = null;
	private readonly dataUrl: string;
	private predictionId = 0;
	private changedWhileLoading = false;
	private lastDrawing: Float32Array | null = null;

	constructor(settings: Settings, dataUrl: string) {
		this.settings = settings;
		this.dataUrl = dataUrl;
	}

	/** Starts the worker; call in the browser once the page is mounted. */
	start(): void {
		this.stop();
		this.clearSeries();
		this.phase = 'loading';
		this.backend = null;
		this.fallback = null;
		this.changedWhileLoading = false;
		if (typeof Worker === 'undefined') {
			this.fail({ kind: 'noWorker' });
			return;
		}
		const worker = new Worker(new URL('../worker/training.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (message: MessageEvent<Event>) => this.receive(message.data);
		worker.onerror = (error) => this.fail({ kind: 'error', message: error.message || 'The training worker stopped.' });
		this.worker = worker;
		this.send({ type: 'init', dataUrl: this.dataUrl, backend: this.settings.backend, spec: this.spec() });
	}

	stop(): void {
		this.worker?.terminate();
		this.worker = null;
	}

	toggleTraining(): void {
		if (this.phase === 'training') {
			this.phase = 'ready';
			this.send({ type: 'pause' });
		} else if (this.phase === 'ready') {
			this.phase = 'training';
			this.send({ type: 'train' });
		}
	}

	stepOnce(): void {
		if (this.phase === 'ready') this.send({ type: 'step' });
	}

	/** A fresh model with the same settings; recovers from divergence and failures too. */
	reset(): void {
		if (this.phase === 'failed' || !this.worker) {
			this.start();
			return;
		}
		if (this.phase === 'loading') return;
		this.clearSeries();
		this.phase = 'ready';
		this.send({ type: 'reset' });
	}

	/** Applies changed settings: a new backend restarts the worker, anything else rebuilds the model. */
	update(change: Partial<Settings>): void {
		const next = { ...this.settings, ...change };
		const backendChanged = next.backend !== this.settings.backend;
		this.settings = next;
		if (backendChanged || this.phase === 'failed') {
			this.start();
			return;
		}
		if (this.phase === 'loading') {
			this.changedWhileLoading = true;
			return;
		}
		const wasTraining = this.phase === 'training';
		this.clearSeries();
		if (this.phase === 'diverged') this.phase = 'ready';
		this.send({ type: 'configure', spec: this.spec() });
		if (wasTraining) this.send({ type: 'train' });
	}

	predict(pixels: Float32Array): void {
		this.lastDrawing = pixels;
		if (this.phase === 'loading' || this.phase === 'failed') return;
		this.send({ type: 'predict', id: ++this.predictionId, pixels });
	}

	clearDrawing(): void {
		this.lastDrawing = null;
		this.probabilities = null;
	}

	private spec() {
		const { backend: _backend, ...spec } = $state.snapshot(this.settings);
		return spec;
	}

	private send(command: Command): void {
		this.worker?.postMessage(command);
	}

	private clearSeries(): void {
		this.step = 0;
		this.epoch = 0;
		this.examplesPerSecond = 0;
		this.divergedAt = null;
		this.failure = null;
		this.losses = [];
		this.tests = [];
		this.weights = [];
		this.gradients = [];
		this.images = null;
		this.gallery = null;
	}

	private fail(failure: Failure): void {
		this.failure = failure;
		this.phase = 'failed';
		this.stop();
	}

	private receive(event: Event): void {
		switch (event.type) {
			case 'loading':
				this.loadedBytes = event.loadedBytes;
				this.totalBytes = event.totalBytes;
				return;
			case 'ready':
				this.backend = event.backend;
				this.fallback = event.fallback ?? null;
				return;
			case 'built':
				if (this.phase === 'loading') {
					this.phase = 'ready';
					// Settings changed while the digits loaded reach the worker now.
					if (this.changedWhileLoading) this.send({ type: 'configure', spec: this.spec() });
				}
				this.refreshPrediction();
				return;
			case 'progress':
				this.absorb(event);
				return;
			case 'diverged':
				this.divergedAt = event.step;
				this.phase = 'diverged';
				return;
			case 'prediction':
				if (event.id === this.predictionId && this.lastDrawing) this.probabilities = event.probabilities;
				return;
			case 'failed':
				this.fail({ kind: 'error', message: event.message });
				return;
		}
	}

	private absorb(progress: Progress): void {
		this.step = progress.step;
		this.epoch = progress.epoch;
		if (progress.examplesPerSecond > 0) this.examplesPerSecond = progress.examplesPerSecond;
		if (progress.losses.length) this.losses = appendThinned(this.losses, progress.losses, MAX_LOSS_POINTS);
		if (progress.test) this.tests = appendThinned(this.tests, [progress.test], MAX_SNAPSHOTS * 4);
		if (progress.weights) this.weights = appendThinned(this.weights, [progress.weights], MAX_SNAPSHOTS);
		if (progress.gradients) this.gradients = appendThinned(this.gradients, [progress.gradients], MAX_SNAPSHOTS);
		if (progress.images) this.images = progress.images;
		if (progress.gallery) this.gallery = progress.gallery;
		// The page alone decides when training runs: a late update must not undo a click.
		if (progress.test) this.refreshPrediction();
	}

	/** The drawing's prediction follows the model as it learns. */
	private refreshPrediction(): void {
		if (this.lastDrawing) this.send({ type: 'predict', id: ++this.predictionId, pixels: this.lastDrawing });
	}
}
