/**
 * Messages between a page and its training worker. Commands go in; events come out, at most
 * about ten updates a second while training.
 */
import type { BackendChoice, BackendName, ExperimentSpec } from '../engine/spec';
import type {
	GallerySample,
	GradientNormPoint,
	LossPoint,
	TestPoint,
	WeightImages,
	WeightSnapshot
} from '../engine/types';

export type Command =
	| { type: 'init'; dataUrl: string; backend: BackendChoice; spec: ExperimentSpec }
	/** Builds a fresh model for the spec (keeps training if it was). */
	| { type: 'configure'; spec: ExperimentSpec }
	| { type: 'train' }
	| { type: 'pause' }
	| { type: 'step' }
	| { type: 'reset' }
	| { type: 'predict'; id: number; pixels: Float32Array };

/** Why the backend in use is not the one asked for. */
export type BackendFallback = 'webglUnavailable' | 'webglSoftware' | 'wasmUnavailable' | 'wasmNoConvolutions';

export interface Progress {
	step: number;
	/** The epoch of the last step, from 1; 0 before training. */
	epoch: number;
	losses: LossPoint[];
	test?: TestPoint;
	weights?: WeightSnapshot;
	gradients?: GradientNormPoint;
	images?: WeightImages;
	gallery?: GallerySample;
	/** Training examples per second over the last chunk; 0 when not measured. */
	examplesPerSecond: number;
}

export type Event =
	| { type: 'loading'; loadedBytes: number; totalBytes: number | null }
	| { type: 'ready'; backend: BackendName; fallback?: BackendFallback }
	/** A new model was built; the series start again. */
	| { type: 'built'; stepsPerEpoch: number }
	| ({ type: 'progress' } & Progress)
	| { type: 'diverged'; step: number }
	| { type: 'prediction'; id: number; probabilities: number[] }
	| { type: 'failed'; message: string };
