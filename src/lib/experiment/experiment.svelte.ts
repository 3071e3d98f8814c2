/**
 * One running experiment on a page: owns its training worker, holds one Run per model it trains
 * (one, or several trained side by side: a comparison, a sweep), and turns button presses and
 * setting changes into worker commands. A change the running models can take (session/live.ts)
 * is sent to them as an adjustment and marked on their runs; any other builds new models.
 */
import type { Checkpoint } from '../engine/checkpoint';
import type { RequestArgs, RequestName, RequestResult } from '../engine/requests';
import type { BackendName, ExperimentSpec } from '../engine/spec';
import { ownDataProblem, packOwnData, type OwnDataProblem, type PackedOwnData } from '../engine/tasks/own-data';
import type { MessageKey } from '../i18n/en';
import { classCounts } from '../owndata/classes';
import type { OwnDataset, OwnKind } from '../owndata/dataset';
import type { BackendFallback, BackendHealth, Command, Event, StopReason } from '../worker/protocol';
import { CHANGE_KINDS, changeNeed, changedSettings, type ChangeNeed } from '../session/live';
import { specOf, type Setting, type Settings, type SettingValue } from '../session/settings';
import { hiddenTab } from './hidden-tab.svelte';
import { DrawingPrediction } from './drawing.svelte';
import { Run } from './run.svelte';
import { wasmPaths } from './wasm-files';

/** A live change as it goes to one run. */
interface LiveChange {
	setting: Setting;
	value: SettingValue;
}

export type Phase = 'loading' | 'ready' | 'training' | 'diverged' | 'failed';
export type Failure = { kind: 'noWorker' } | { kind: 'error'; message: string };
/** Training went on in a new worker after its GPU context was lost or the old worker crashed. */
export interface Recovery {
	reason: 'contextLost' | 'crashed';
	/** The step it resumed from (0: no checkpoint yet, so from the start). */
	step: number;
	message?: string;
}

export class Experiment {
	/** The main run's settings (run 0); the backend applies to every run. */
	settings: Settings = $state()!;
	/** Changes from `settings` for each further run trained alongside (none: a single run). */
	variants: Partial<Settings>[] = $state.raw([]);
	phase: Phase = $state('loading');
	loadedBytes = $state(0);
	totalBytes: number | null = $state(null);
	backend: BackendName | null = $state(null);
	fallback: BackendFallback | null = $state(null);
	failure: Failure | null = $state(null);
	runs: Run[] = $state.raw([new Run()]);
	/** Tensors alive in the worker and compiled WebGL programs, after the latest progress event. */
	health: BackendHealth | null = $state.raw(null);
	/** Paused, but the worker may still report a chunk that was under way: Step waits for it. */
	pausing = $state(false);
	/** Set after a recovery, until the learner trains, resets or changes a setting. */
	recovery: Recovery | null = $state.raw(null);
	/** Progress events received, for the benchmark and the tests. */
	updates = $state(0);
	/** Why training last stopped by itself, until it trains again or is reset. */
	stopped: StopReason | null = $state.raw(null);
	/** The settings of every run as the worker has them (what `settings` shows may be a change not yet made). */
	applied: Settings[] = $state.raw([]);
	/**
	 * Told when fresh models get their origin, the settings Reset goes back to: `true` when they
	 * start training from step 0 (record the settings now), `false` when they are fresh and idle.
	 */
	onorigin: ((training: boolean) => void) | null = null;
	/**
	 * Why the dataset last handed to `setOwnData` cannot be trained on (the page shows
	 * `owndata.engine.problem.<problem>`); the models keep the examples they had. Null when it can.
	 */
	ownDataProblem: OwnDataProblem | null = $state(null);
	/** The learner's dataset the models train on (last accepted by `setOwnData`), in brief: its examples per class; null before one. */
	ownData: { kind: OwnKind; classes: number; examples: number; perClass: number[] } | null = $state.raw(null);

	readonly main = $derived(this.runs[0]);
	readonly training = $derived(this.phase === 'training');
	/** The models have taken a step and are alive: a new network now would throw that away. */
	readonly begun = $derived((this.phase === 'ready' || this.phase === 'training') && this.runs.some((run) => run.step > 0));
	/** Classes of the main run's data: chance accuracy is one over it. */
	readonly classes = $derived(this.settings.data === 'own' ? (this.ownData?.classes ?? 2) : this.settings.data === 'digits' ? 10 : 2);
	/** The words for `ownDataProblem`, to show as they are. */
	readonly ownDataMessage: MessageKey | null = $derived(this.ownDataProblem ? (`owndata.engine.problem.${this.ownDataProblem}` as const) : null);
	/** A run asks for a picture network on a table of the learner's: the key of the words saying the MLP trains instead. */
	readonly ownDataNotice: MessageKey | null = $derived.by(() => {
		if (this.ownData?.kind !== 'table') return null;
		const runs = [this.settings, ...this.variants.map((variant) => ({ ...this.settings, ...variant }))];
		return runs.some((run) => run.data === 'own' && run.architecture !== 'mlp') ? 'owndata.engine.notice.mlpForTable' : null;
	});

	/** A learner's drawing and the main run's answer for it (the lab's draw pad). */
	readonly drawing = new DrawingPrediction((command) => this.send(command));

	private worker: Worker | null = null;
	private readonly dataUrl: string;
	private changedWhileLoading = false;
	/** Rebuilds asked for and not yet done: progress until then belongs to old models. */
	private pendingBuilds = 0;
	/** The worker's latest checkpoint of every run, to resume from if the worker or its GPU dies. */
	private checkpoint: Checkpoint[] | null = null;
	/** This worker has built its models: a failure after that is recovered from, not final. */
	private built = false;
	/** Training paused itself because the tab was hidden; it resumes when the tab is shown. */
	private pausedWhileHidden = false;
	/** The models have not trained since they were built: the next Train or Step records the origin. */
	private fresh = true;
	/** Requests sent and not yet answered, by id. */
	private readonly requests = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
	private requestId = 0;
	/** The learner's dataset as it goes to each worker (packed once; a new worker after a crash gets it again). */
	private packedOwnData: PackedOwnData | null = null;
	/** `start` found runs on the learner's own data before any was handed over: the worker starts once it is. */
	private awaitingOwnData = false;
	/** Each adjustment sent and not yet confirmed: per run, what changed (marked when the worker says at which step). */
	private pendingAdjusts: LiveChange[][][] = [];

	constructor(settings: Settings, dataUrl: string, variants: Partial<Settings>[] = []) {
		this.settings = settings;
		this.variants = variants;
		this.dataUrl = dataUrl;
	}

	/**
	 * Starts the worker; call in the browser once the page is mounted. With `resume`, the new
	 * worker continues from those checkpoints and the series so far are kept.
	 */
	start(resume?: Checkpoint[]): void {
		this.stop();
		this.pendingBuilds = 0;
		this.pendingAdjusts = [];
		this.built = false;
		this.pausedWhileHidden = false;
		this.stopped = null;
		// A resumed worker continues the models as they were, whatever the page shows now.
		const specs = resume && this.applied.length ? this.applied.map(specOf) : this.specs();
		if (!resume) {
			this.clearRuns();
			this.checkpoint = null;
			this.recovery = null;
			this.applied = this.runSettings();
			this.fresh = true;
			this.onorigin?.(false);
		}
		this.phase = 'loading';
		this.pausing = false;
		this.backend = null;
		this.fallback = null;
		this.failure = null;
		this.health = null;
		this.changedWhileLoading = false;
		this.awaitingOwnData = !this.packedOwnData && specs.some((spec) => spec.data === 'own');
		// Nothing to train on yet (the page is still reading the learner's data): no worker, and no digits loaded for nothing.
		if (this.awaitingOwnData) return;
		if (typeof Worker === 'undefined') {
			this.fail({ kind: 'noWorker' });
			return;
		}
		const worker = new Worker(new URL('../worker/training.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (message: MessageEvent<Event>) => this.receive(message.data);
		worker.onerror = (error) => this.crashed(error.message || 'The training worker stopped.');
		worker.onmessageerror = () => this.crashed('A message from the training worker could not be read.');
		this.worker = worker;
		document.addEventListener('visibilitychange', this.onVisibilityChange);
		if (this.packedOwnData) this.send({ type: 'ownData', data: this.packedOwnData });
		this.send({ type: 'init', dataUrl: this.dataUrl, wasmPaths: wasmPaths(), backend: this.settings.backend, specs, resume });
		this.sendStops();
		if (document.hidden) this.send({ type: 'hidden', hidden: true });
	}

	stop(): void {
		// A new worker knows nothing of the old one's requests.
		for (const pending of this.requests.values()) pending.reject(new Error('The models were replaced before they answered.'));
		this.requests.clear();
		if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.onVisibilityChange);
		this.worker?.terminate();
		this.worker = null;
	}

	toggleTraining(): void {
		this.pausedWhileHidden = false;
		if (this.phase === 'training') {
			this.phase = 'ready';
			this.pausing = true;
			this.send({ type: 'pause' });
		} else if (this.phase === 'ready') {
			this.phase = 'training';
			this.recovery = null;
			this.stopped = null;
			this.noteStart();
			this.send({ type: 'train' });
		}
	}

	stepOnce(): void {
		if (this.phase !== 'ready' || this.pausing) return;
		this.stopped = null;
		this.noteStart();
		this.send({ type: 'step' });
	}

	/**
	 * Fresh models with the settings now shown (the session puts back the ones training started
	 * with first); recovers from divergence and failures too.
	 */
	reset(): void {
		const backendChanged = this.applied.length > 0 && this.applied[0].backend !== this.settings.backend;
		if (this.phase === 'failed' || !this.worker || backendChanged) {
			this.start();
			return;
		}
		if (this.phase === 'loading') {
			this.changedWhileLoading = true;
			return;
		}
		this.forgetCheckpoint();
		this.clearRuns();
		this.phase = 'ready';
		this.pausing = false;
		this.stopped = null;
		this.sendStops();
		this.applied = this.runSettings();
		this.send({ type: 'reset', specs: this.specs() });
		this.fresh = true;
		this.onorigin?.(false);
	}

	/** Changes settings and side runs, and brings the models to them at once (see `apply`). */
	update(change: Partial<Settings>, variants: Partial<Settings>[] = this.variants): void {
		this.settings = { ...this.settings, ...change };
		this.variants = variants;
		this.apply();
	}

	/** What bringing the models to these settings would take. */
	need(settings: Settings = this.settings, variants: Partial<Settings>[] = this.variants): ChangeNeed {
		return changeNeed(this.applied, this.runSettings(settings, variants));
	}

	/**
	 * Brings the models to the settings shown: run controls go to the worker as they are; live
	 * changes to models that have trained are adjustments (same weights, same step count); anything
	 * else, or a change before the first step, builds new models (training goes on if it was); a new
	 * backend restarts the worker.
	 */
	apply(): void {
		const target = this.runSettings();
		const need = changeNeed(this.applied, target);
		if (need === 'nothing') return;
		const backendChanged = this.applied.length > 0 && this.applied[0].backend !== this.settings.backend;
		if (backendChanged || this.phase === 'failed') {
			this.start();
			return;
		}
		this.sendStops();
		if (need === 'control') {
			this.applied = target;
			return;
		}
		if (this.phase === 'loading') {
			this.changedWhileLoading = true;
			this.clearRuns();
			return;
		}
		if (need === 'live' && this.begun) {
			this.adjust(target);
			return;
		}
		this.rebuild();
	}

	/**
	 * Hands the learner's dataset to the worker (once; the worker keeps it) and builds new models on
	 * it for every run with `data: 'own'` (training goes on if it was). Call again after each edit.
	 * A dataset that cannot be trained on is not sent: `ownDataProblem` says why, training pauses,
	 * and the models keep the examples they had.
	 */
	setOwnData(dataset: OwnDataset): void {
		const problem = ownDataProblem(dataset);
		this.ownDataProblem = problem;
		if (problem) {
			if (this.phase === 'training') this.toggleTraining();
			return;
		}
		this.packedOwnData = packOwnData(dataset);
		this.ownData = { kind: dataset.kind, classes: dataset.classes.length, examples: dataset.examples.length, perClass: classCounts(dataset) };
		const onOwnData = this.runSettings().some((run) => run.data === 'own');
		if (this.awaitingOwnData || (onOwnData && this.phase === 'failed')) {
			this.start();
			return;
		}
		// Not started yet: `start` hands it over.
		if (!this.worker) return;
		this.send({ type: 'ownData', data: this.packedOwnData });
		if (!onOwnData) return;
		if (this.phase === 'loading') {
			// The models being built may predate it: once they are, they are built again.
			this.changedWhileLoading = true;
			this.clearRuns();
			return;
		}
		this.rebuild();
	}

	/** Asks what the main run says a drawing is; the answer lands in `drawing.probabilities`. */
	predict(pixels: Float32Array): void {
		this.drawing.ask(pixels, this.phase !== 'loading' && this.phase !== 'failed');
	}

	/**
	 * Asks run `run`'s model something outside training (engine/requests): the answer, or an
	 * error with a message fit to show when the model cannot answer (not built yet, bad values).
	 */
	request<K extends RequestName>(name: K, args: RequestArgs<K>, run = 0): Promise<RequestResult<K>> {
		if (!this.worker || this.phase === 'loading' || this.phase === 'failed') {
			return Promise.reject(new Error('The model is not ready yet.'));
		}
		const id = ++this.requestId;
		return new Promise((resolve, reject) => {
			this.requests.set(id, { resolve: resolve as (result: unknown) => void, reject });
			this.send({ type: 'request', id, run, name, args });
		});
	}

	/** The spec of every run: the main settings, then each variant applied to them. */
	specs(): ExperimentSpec[] {
		return this.runSettings().map(specOf);
	}

	/** Every run's full settings: the main ones, then each variant applied to them. */
	runSettings(settings: Settings = this.settings, variants: Partial<Settings>[] = this.variants): Settings[] {
		const main = $state.snapshot(settings) as Settings;
		return [{}, ...variants].map((variant) => ({ ...main, ...variant }));
	}

	/** New models for the settings shown; training goes on if it was. */
	private rebuild(): void {
		const wasTraining = this.phase === 'training';
		this.forgetCheckpoint();
		this.clearRuns();
		this.stopped = null;
		if (this.phase === 'diverged') this.phase = 'ready';
		this.applied = this.runSettings();
		this.send({ type: 'configure', specs: this.specs() });
		this.fresh = true;
		if (wasTraining) {
			this.noteStart();
			this.send({ type: 'train' });
		} else {
			this.onorigin?.(false);
		}
	}

	/** Sends the live changes to the running models; each run's changes are marked once the worker says at which step. */
	private adjust(target: Settings[]): void {
		const changes = target.map((next, i) =>
			changedSettings([this.applied[i]], [next])
				.filter((setting) => CHANGE_KINDS[setting] === 'live')
				.map((setting) => ({ setting, value: next[setting] }))
		);
		this.applied = target;
		this.pendingAdjusts.push(changes);
		this.send({ type: 'adjust', specs: target.map(specOf) });
	}

	/** When to stop by itself, to the worker whenever it may have changed (it is cheap). */
	private sendStops(): void {
		const { stopEpochs, stopAccuracy } = this.settings;
		this.send({ type: 'stopWhen', epochs: stopEpochs, accuracy: stopAccuracy / 100 });
	}

	/** Training or a step begins: fresh models record the settings they start from. */
	private noteStart(): void {
		if (!this.fresh) return;
		this.fresh = false;
		this.onorigin?.(true);
	}

	private send(command: Command): void {
		if (command.type === 'init' || command.type === 'configure' || command.type === 'reset') this.pendingBuilds++;
		this.worker?.postMessage(command);
	}

	private clearRuns(): void {
		this.runs = Array.from({ length: 1 + this.variants.length }, () => new Run());
	}

	private fail(failure: Failure): void {
		this.failure = failure;
		this.phase = 'failed';
		this.stop();
	}

	/** The models are rebuilt: checkpoints of the old ones, and word of their recovery, no longer apply. */
	private forgetCheckpoint(): void {
		this.checkpoint = null;
		this.recovery = null;
	}

	/**
	 * The worker died or threw. Once it had built its models, a new worker takes over from the
	 * latest checkpoint, paused; a failure before that (the digits did not load, say) is final
	 * until Reset, so a failure that repeats at start-up cannot loop.
	 */
	private crashed(message: string): void {
		if (this.built) this.recover('crashed', message);
		else this.fail({ kind: 'error', message });
	}

	/** Starts a new worker (so a new backend) from the latest checkpoint, paused. */
	private recover(reason: Recovery['reason'], message?: string): void {
		const checkpoint = this.checkpoint;
		const step = checkpoint?.[0].step ?? 0;
		if (checkpoint) this.runs.forEach((run) => run.rewind(step));
		this.start(checkpoint ?? undefined);
		this.recovery = { reason, step, message };
	}

	/** Hidden: pause, or keep going with fewer updates, as the viewer chose. Shown: back as it was. */
	private readonly onVisibilityChange = (): void => {
		if (document.hidden) {
			if (this.phase !== 'training') return;
			if (hiddenTab.keepTraining) {
				this.send({ type: 'hidden', hidden: true });
			} else {
				this.toggleTraining();
				this.pausedWhileHidden = true;
			}
		} else {
			this.send({ type: 'hidden', hidden: false });
			if (this.pausedWhileHidden && this.phase === 'ready') this.toggleTraining();
			this.pausedWhileHidden = false;
		}
	};

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
				this.pendingBuilds = Math.max(0, this.pendingBuilds - 1);
				this.built = true;
				if (event.step > 0) for (const run of this.runs) run.epoch = event.epoch;
				if (this.phase === 'loading') {
					this.phase = 'ready';
					// Settings changed while the digits loaded reach the worker now.
					if (this.changedWhileLoading) {
						this.applied = this.runSettings();
						this.send({ type: 'configure', specs: this.specs() });
					}
				}
				this.drawing.refresh();
				return;
			case 'progress':
				if (this.pendingBuilds > 0 || event.runs.length !== this.runs.length) return;
				event.runs.forEach((progress, i) => this.runs[i].absorb(progress));
				this.updates++;
				this.health = event.health;
				if (event.runs[0].metrics.test) this.drawing.refresh();
				return;
			case 'checkpoint':
				if (this.pendingBuilds === 0 && event.runs.length === this.runs.length) this.checkpoint = event.runs;
				return;
			case 'contextLost':
				this.recover('contextLost');
				return;
			case 'paused':
				this.pausing = false;
				if (event.stopped && this.pendingBuilds === 0) {
					// Training stopped itself, as the learner asked.
					this.stopped = event.stopped;
					if (this.phase === 'training') this.phase = 'ready';
				}
				return;
			case 'adjusted': {
				const changes = this.pendingAdjusts.shift();
				// An adjustment of models that have since been replaced marks nothing.
				if (!changes || this.pendingBuilds > 0) return;
				event.steps.forEach((step, i) => this.runs[i]?.mark(changes[i]?.map((change) => ({ step, ...change })) ?? []));
				return;
			}
			case 'stopped':
				// Training stopped itself: every run diverged.
				this.phase = 'diverged';
				this.pausing = false;
				return;
			case 'prediction':
				this.drawing.receive(event.id, event.probabilities);
				return;
			case 'answer': {
				const pending = this.requests.get(event.id);
				this.requests.delete(event.id);
				if (event.error !== undefined) pending?.reject(new Error(event.error));
				else pending?.resolve(event.result);
				return;
			}
			case 'failed':
				this.crashed(event.message);
				return;
		}
	}
}
