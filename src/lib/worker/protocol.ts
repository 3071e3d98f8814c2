/**
 * Messages between a page and its training worker. Commands go in; events come out, at most
 * about ten progress events a second while training. A worker trains one or more runs in
 * lockstep (a comparison, a sweep): run 0 sets the pace and the others take as many steps.
 */
import type { Checkpoint } from '../engine/checkpoint';
import type { BackendChoice, BackendName, ExperimentSpec } from '../engine/spec';
import type { MetricPayloads } from '../engine/metrics';
import type { RequestName } from '../engine/requests';
import type { PackedOwnData } from '../engine/tasks/own-data';
import type { LossPoint } from '../engine/types';

/** Full addresses of the WASM backend's binaries, by their file names. */
export type WasmPaths = Record<'tfjs-backend-wasm.wasm' | 'tfjs-backend-wasm-simd.wasm' | 'tfjs-backend-wasm-threaded-simd.wasm', string>;

export type Command =
	/**
	 * Starts the worker and loads the data the specs name (the digits from `dataUrl`); with `resume`
	 * (one checkpoint per spec), training goes on from there. `wasmPaths` come from the page, so
	 * they follow the site's base path and are the files kept for offline use.
	 */
	| {
			type: 'init';
			dataUrl: string;
			wasmPaths: WasmPaths;
			backend: BackendChoice;
			specs: ExperimentSpec[];
			resume?: Checkpoint[];
	  }
	/**
	 * A learner's own dataset, once per hand-over (before 'init' in a new worker): kept for every
	 * run with `data: 'own'` built from here on. Models already built keep theirs until rebuilt.
	 */
	| { type: 'ownData'; data: PackedOwnData }
	/** Builds fresh models for the specs (keeps training if it was). */
	| { type: 'configure'; specs: ExperimentSpec[] }
	/**
	 * New specs that differ from the running ones only in live fields (LIVE_FIELDS): the models
	 * take them at their next step, keep their weights and their step count. Answered by 'adjusted'.
	 */
	| { type: 'adjust'; specs: ExperimentSpec[] }
	/** When training stops by itself: at the end of epoch `epochs`, or once run 0's test accuracy reaches `accuracy` (0..1); 0 = never. */
	| { type: 'stopWhen'; epochs: number; accuracy: number }
	| { type: 'train' }
	| { type: 'pause' }
	| { type: 'step' }
	/** Stops training and builds fresh models for the specs. */
	| { type: 'reset'; specs: ExperimentSpec[] }
	/** The page is hidden or shown again: a hidden page gets fewer, larger updates. */
	| { type: 'hidden'; hidden: boolean }
	/** Class probabilities for a drawing, from run 0's model. */
	| { type: 'predict'; id: number; pixels: Float32Array }
	/** A row of the request table for run `run`'s model; answered by 'answer' with the same id. */
	| { type: 'request'; id: number; run: number; name: RequestName; args: unknown };

/** Why the backend in use is not the one asked for. */
export type BackendFallback = 'webglUnavailable' | 'webglSoftware' | 'wasmUnavailable';

/** What one run did since the last event. */
export interface RunProgress {
	step: number;
	/** The epoch of the last step, from 1; 0 before training. */
	epoch: number;
	losses: LossPoint[];
	/** What the metric table's probes measured since the last event; a metric that was not due is absent. */
	metrics: Partial<MetricPayloads>;
	/**
	 * Training examples per second over the last ~2 s of the worker's wall clock (probes, reports
	 * and posting included, and in lockstep runs the others' steps too); 0 when not measured.
	 */
	examplesPerSecond: number;
	/** Milliseconds this run's own steps took in the chunk, and the examples they used (lockstep runs each keep their own time). */
	trainingMs?: number;
	examples?: number;
	/** Steps of the chunk whose batch began a new epoch, counted from 1. */
	epochStarts?: number[];
	/** The loss or the weights stopped being finite: this run trains no more until reset. */
	diverged: boolean;
}

/** How the backend is holding up, for the benchmark: leaks show as numbers that keep growing. */
export interface BackendHealth {
	/** Tensors alive in the worker (`tf.memory().numTensors`). */
	tensors: number;
	/** Shader programs the WebGL backend has compiled; null on other backends. */
	programs: number | null;
	/** Share of the worker's recent time that went to anything but training steps (the evaluation budget's ledger). */
	overheadShare?: number;
	/** Test examples in run 0's latest report; null before one. */
	testCount?: number | null;
}

/** Why training stopped by itself. */
export type StopReason = { kind: 'epochs'; epoch: number } | { kind: 'accuracy'; accuracy: number; step: number };

export type Event =
	| { type: 'loading'; loadedBytes: number; totalBytes: number | null }
	| { type: 'ready'; backend: BackendName; fallback?: BackendFallback }
	/** New models were built, at `step` (0, or a resumed checkpoint's) in `epoch` (0 before training). */
	| { type: 'built'; runs: number; step: number; epoch: number }
	| { type: 'progress'; runs: RunProgress[]; health: BackendHealth }
	/** Training has stopped after a pause, or by itself (`stopped`): the last chunk's progress came before this. */
	| { type: 'paused'; stopped?: StopReason }
	/** An 'adjust' was applied: each run takes the new settings from the step after `steps[i]`. */
	| { type: 'adjusted'; steps: number[] }
	/** Every run has diverged; training stopped. */
	| { type: 'stopped' }
	/** Every run's state, every few seconds while training and whenever it pauses. */
	| { type: 'checkpoint'; runs: Checkpoint[] }
	/** The WebGL context was lost: the weights on the GPU are gone and this worker is no use. */
	| { type: 'contextLost' }
	| { type: 'prediction'; id: number; probabilities: number[] }
	/** The answer to a 'request': its result, or why it could not be done. */
	| { type: 'answer'; id: number; result?: unknown; error?: string }
	| { type: 'failed'; message: string };
