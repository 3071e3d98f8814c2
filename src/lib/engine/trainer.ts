/**
 * One training run: a network, its optimizer and its place in the data. DOM-free, so the
 * worker and the Node tests drive exactly the same code. Values come back from the backend
 * with `await tensor.data()`, several steps at a time.
 */
import * as tf from '@tensorflow/tfjs';
import { createRandom, permutation } from '../data/random';
import { PIXELS } from '../data/digits';
import type { Dataset } from './dataset';
import {
	buildNetwork,
	createOptimizer,
	disposeNetwork,
	dropoutMasks,
	forward,
	kernels,
	layerName,
	trainableVariables,
	type Network
} from './model';
import type { Activation, ExperimentSpec } from './spec';
import { allFinite, histogram, meanAndStd } from './stats';
import type {
	ActivationSnapshot,
	DropoutMask,
	GallerySample,
	LayerActivationStats,
	GradientNormPoint,
	LossPoint,
	TestPoint,
	WeightImages,
	WeightSnapshot
} from './types';

/** Losses are read back in groups of this many steps: fewer GPU round trips, bounded queue. */
const READ_EVERY = 16;
/** Test digits go through the network in chunks of this size (a fixed shape: no recompiles). */
const TEST_CHUNK = 500;
const HISTOGRAM_BINS = 30;
const WEIGHT_IMAGE_UNITS = 16;
export const GALLERY_SIZE = 24;
/** Training digits measured in evaluation mode, for the train-test gap. */
const TRAIN_EVAL_COUNT = 2000;
/** Test digits whose hidden-layer outputs are summarised. */
const PROBE_COUNT = 128;

export interface TrainOptions {
	/** Stop early once this many milliseconds have passed (checked between reads). */
	budgetMs?: number;
	/** Keep the gradient norms of the last step for `weightReport`. */
	recordGradients?: boolean;
}

export interface TrainChunk {
	losses: LossPoint[];
	/** True when a loss came out NaN or infinite; training must stop. */
	diverged: boolean;
}

export interface WeightReport {
	weights: WeightSnapshot;
	gradients: GradientNormPoint | null;
	images: WeightImages | null;
	activations: ActivationSnapshot;
	/** False when any weight is NaN or infinite. */
	finite: boolean;
}

export class Trainer {
	readonly spec: ExperimentSpec;
	readonly network: Network;
	/** Training steps taken so far. */
	step = 0;
	private readonly dataset: Dataset;
	/** Read by `checkpoint.ts` to save and restore its state (moments, iteration count). */
	readonly optimizer: tf.Optimizer;
	private readonly trainCount: number;
	private random: () => number;
	private order: Int32Array = new Int32Array(0);
	private gradientNorms: { step: number; norms: tf.Tensor1D } | null = null;
	private disposed = false;

	constructor(dataset: Dataset, spec: ExperimentSpec) {
		this.spec = spec;
		this.dataset = dataset;
		this.trainCount = Math.min(spec.trainSize, dataset.train.count);
		this.random = createRandom(spec.seed);
		this.network = buildNetwork(spec);
		this.optimizer = createOptimizer(spec);
	}

	/** Whole batches per pass over the training digits; the partial last batch is dropped. */
	get stepsPerEpoch(): number {
		return Math.max(1, Math.floor(this.trainCount / this.spec.batchSize));
	}

	/** Completed passes over the training digits, fractional. */
	get epochs(): number {
		return this.step / this.stepsPerEpoch;
	}

	/** The epoch the last step belonged to, counting from 1 (0 before the first step). */
	get epoch(): number {
		return this.step === 0 ? 0 : Math.floor((this.step - 1) / this.stepsPerEpoch) + 1;
	}

	/** Runs up to `steps` training steps and returns each step's loss and batch accuracy. */
	async train(steps: number, options: TrainOptions = {}): Promise<TrainChunk> {
		const started = now();
		const losses: LossPoint[] = [];
		let done = 0;
		const overBudget = () => options.budgetMs !== undefined && now() - started >= options.budgetMs;
		while (done < steps) {
			const results: tf.Tensor[] = [];
			// On WASM and CPU a step finishes before the next is issued, so the clock is checked per
			// step; on WebGL steps queue up and the read at the end of the group waits for them.
			while (results.length < READ_EVERY && done + results.length < steps) {
				const last = done + results.length === steps - 1;
				results.push(this.trainStep(options.recordGradients === true && last));
				if (overBudget()) break;
			}
			const group = results.length;
			const values = await readAndDispose(results);
			for (let i = 0; i < group; i++) {
				const loss = values[2 * i];
				losses.push({
					step: this.step - group + i + 1,
					loss,
					accuracy: values[2 * i + 1] / this.spec.batchSize
				});
				if (!Number.isFinite(loss)) return { losses, diverged: true };
			}
			done += group;
			if (overBudget()) break;
		}
		if (options.recordGradients && this.gradientNorms?.step !== this.step) {
			// Stopped by the budget before the step that was to record them: record one now.
			const values = await readAndDispose([this.trainStep(true)]);
			losses.push({ step: this.step, loss: values[0], accuracy: values[1] / this.spec.batchSize });
			if (!Number.isFinite(values[0])) return { losses, diverged: true };
		}
		return { losses, diverged: false };
	}

	/** One optimizer step. Returns [loss, correct] as a kept 1-D tensor. */
	private trainStep(recordGradients: boolean): tf.Tensor {
		const indices = this.nextBatch();
		const { images, labels } = this.dataset.train;
		const kernelVariables = kernels(this.network);
		const trainable = trainableVariables(this.network);
		const kept: { logits?: tf.Tensor; dataLoss?: tf.Tensor } = {};
		const result = tf.tidy(() => {
			const batchIndices = tf.tensor1d(indices, 'int32');
			const x = tf.gather(images, batchIndices);
			const y = tf.gather(labels, batchIndices);
			const { grads } = tf.variableGrads(() => {
				// Kept past the gradient's own clean-up; disposed below.
				const logits = (kept.logits = tf.keep(forward(this.network, x, true)));
				const dataLoss = (kept.dataLoss = tf.keep(tf.losses.softmaxCrossEntropy(tf.oneHot(y, 10), logits)));
				return dataLoss.add(this.penalty(kernelVariables)) as tf.Scalar;
			}, trainable);
			if (recordGradients) {
				this.gradientNorms?.norms.dispose();
				// Measured before clipping: the page shows how large gradients really got.
				const norms = kernelVariables.map((k) => tf.norm(grads[k.name]));
				this.gradientNorms = { step: this.step + 1, norms: tf.keep(tf.stack(norms) as tf.Tensor1D) };
			}
			this.optimizer.applyGradients(this.spec.clipNorm > 0 ? clipByGlobalNorm(grads, this.spec.clipNorm) : grads);
			const correct = tf.equal(tf.argMax(kept.logits!, 1), y).sum().toFloat();
			// The reported loss is the data loss, comparable with the test loss; penalties only steer.
			return tf.stack([kept.dataLoss!, correct]);
		});
		tf.dispose([kept.logits!, kept.dataLoss!]);
		this.step++;
		return result;
	}

	private penalty(kernelVariables: tf.Variable[]): tf.Scalar {
		let total: tf.Scalar = tf.scalar(0);
		for (const kernel of kernelVariables) {
			if (this.spec.l1 > 0) total = total.add(kernel.abs().sum().mul(this.spec.l1));
			if (this.spec.l2 > 0) total = total.add(kernel.square().sum().mul(this.spec.l2));
		}
		return total;
	}

	/**
	 * Moves to `step` as if every step before it had been taken: the same shuffles of the
	 * training digits and the same dropout masks follow. The weights are the caller's to set.
	 */
	seek(step: number): void {
		this.random = createRandom(this.spec.seed);
		const shuffles = Math.floor(step / this.stepsPerEpoch) + (step % this.stepsPerEpoch === 0 ? 0 : 1);
		for (let i = 0; i < shuffles; i++) this.order = permutation(this.trainCount, this.random);
		for (const block of this.network.blocks) block.dropout?.seek(step);
		this.step = step;
	}

	/** Indices of the next mini-batch; a new seeded shuffle starts each epoch. */
	private nextBatch(): Int32Array {
		const position = this.step % this.stepsPerEpoch;
		if (position === 0) this.order = permutation(this.trainCount, this.random);
		const start = position * this.spec.batchSize;
		return this.order.slice(start, start + this.spec.batchSize);
	}

	/**
	 * Loss and accuracy on every test digit and on (up to 2,000) training digits, both without
	 * dropout, plus predictions for the gallery's digits.
	 */
	async evaluate(): Promise<{ test: TestPoint; gallery: GallerySample }> {
		const test = this.dataset.test;
		const trainCount = Math.min(TRAIN_EVAL_COUNT, this.trainCount);
		const sums = tf.tidy(() => {
			const onTest = this.measure(test.images, test.labels, test.count);
			const onTrain = this.measure(this.dataset.train.images, this.dataset.train.labels, trainCount);
			const gallery = tf.argMax(forward(this.network, test.images.slice([0, 0], [GALLERY_SIZE, PIXELS]), false), 1);
			return tf.concat([onTest, onTrain, gallery.toFloat()]);
		});
		const values = await readAndDispose([sums]);
		return {
			test: {
				step: this.step,
				epoch: this.epochs,
				loss: values[0] / test.count,
				accuracy: values[1] / test.count,
				trainLoss: values[2] / trainCount,
				trainAccuracy: values[3] / trainCount
			},
			gallery: {
				step: this.step,
				images: test.set.images.slice(0, GALLERY_SIZE * PIXELS),
				labels: test.set.labels.slice(0, GALLERY_SIZE),
				predictions: Uint8Array.from(values.subarray(4))
			}
		};
	}

	/** [summed loss, correct count] over the first `count` digits, in fixed-size chunks. */
	private measure(images: tf.Tensor2D, labels: tf.Tensor1D, count: number): tf.Tensor1D {
		let lossSum: tf.Tensor = tf.scalar(0);
		let correct: tf.Tensor = tf.scalar(0);
		for (let start = 0; start < count; start += TEST_CHUNK) {
			const size = Math.min(TEST_CHUNK, count - start);
			const logits = forward(this.network, images.slice([start, 0], [size, PIXELS]), false);
			const y = labels.slice([start], [size]);
			lossSum = lossSum.add(
				tf.losses.softmaxCrossEntropy(tf.oneHot(y, 10), logits, undefined, undefined, tf.Reduction.SUM)
			);
			correct = correct.add(tf.equal(tf.argMax(logits, 1), y).sum());
		}
		return tf.stack([lossSum, correct.toFloat()]) as tf.Tensor1D;
	}

	/** Per-layer weight and activation statistics, gradient norms and the first layer as images. */
	async weightReport(): Promise<WeightReport> {
		const kernelVariables = kernels(this.network);
		const hiddenOutputs = tf.tidy(() => {
			const outputs: tf.Tensor[] = [];
			if (this.network.blocks.length === 0) return outputs;
			const probe = this.dataset.test.images.slice([0, 0], [PROBE_COUNT, PIXELS]);
			forward(this.network, probe, false, (_, output) => outputs.push(tf.keep(output)));
			return outputs;
		});
		const [arrays, activationArrays] = await Promise.all([
			Promise.all(kernelVariables.map((k) => k.data() as Promise<Float32Array>)),
			Promise.all(hiddenOutputs.map((t) => t.data() as Promise<Float32Array>))
		]);
		tf.dispose(hiddenOutputs);
		let finite = true;
		const layers = arrays.map((values, i) => {
			finite &&= allFinite(values);
			return { layer: layerName(this.network, i), ...meanAndStd(values), histogram: histogram(values, HISTOGRAM_BINS) };
		});
		let gradients: GradientNormPoint | null = null;
		if (this.gradientNorms) {
			const norms = await this.gradientNorms.norms.data();
			gradients = { step: this.gradientNorms.step, norms: Array.from(norms) };
		}
		return {
			weights: { step: this.step, layers },
			gradients,
			// Only an MLP's first kernel is one 28×28 image per unit; a CNN's first dense layer sees features.
			images:
				this.spec.architecture === 'mlp' && this.spec.hiddenLayers > 0
					? firstLayerImages(arrays[0], this.spec.layerWidth, this.step)
					: null,
			activations: {
				step: this.step,
				layers: activationArrays.map((values, i) =>
					activationStats(`dense ${i + 1}`, values, this.spec.layerWidth, this.spec.activation)
				)
			},
			finite
		};
	}

	/** Which of the first units each hidden layer's dropout kept at the latest step; null without dropout. */
	async dropoutMask(): Promise<DropoutMask | null> {
		const masks = dropoutMasks(this.network);
		if (masks.length === 0) return null;
		const values = await Promise.all(masks.map((m) => m.data()));
		return { step: this.step, layers: values.map((v) => Array.from(v, (kept) => kept !== 0)) };
	}

	/** Class probabilities for one 28×28 image (784 values in 0..1). */
	async predict(pixels: Float32Array): Promise<number[]> {
		const probabilities = tf.tidy(() => tf.softmax(forward(this.network, tf.tensor2d(pixels, [1, PIXELS]), false)));
		return Array.from(await readAndDispose([probabilities]));
	}

	dispose(): void {
		if (this.disposed) return;
		this.disposed = true;
		this.gradientNorms?.norms.dispose();
		this.gradientNorms = null;
		disposeNetwork(this.network);
		this.optimizer.dispose();
	}
}

/** Scales every gradient by one factor so their joint norm is at most `maxNorm`. */
function clipByGlobalNorm(grads: tf.NamedTensorMap, maxNorm: number): tf.NamedTensorMap {
	const names = Object.keys(grads);
	const globalNorm = tf.sqrt(tf.addN(names.map((name) => tf.sum(tf.square(grads[name])))));
	const scale = tf.minimum(1, tf.div(maxNorm, tf.maximum(globalNorm, 1e-12)));
	return Object.fromEntries(names.map((name) => [name, tf.mul(grads[name], scale)]));
}

const SATURATION: Partial<Record<Activation, (h: number) => boolean>> = {
	sigmoid: (h) => h < 0.02 || h > 0.98,
	tanh: (h) => Math.abs(h) > 0.96
};

/** Summary of one hidden layer's outputs on the probe digits (rows = digits, columns = units). */
function activationStats(layer: string, values: Float32Array, width: number, activation: Activation): LayerActivationStats {
	let dead: number | null = null;
	if (activation === 'relu') {
		let deadUnits = 0;
		for (let u = 0; u < width; u++) {
			let alive = false;
			for (let i = u; i < values.length && !alive; i += width) alive = values[i] > 0;
			if (!alive) deadUnits++;
		}
		dead = deadUnits / width;
	}
	const tail = SATURATION[activation];
	let saturated: number | null = null;
	if (tail) {
		let count = 0;
		for (let i = 0; i < values.length; i++) if (tail(values[i])) count++;
		saturated = count / values.length;
	}
	return { layer, ...meanAndStd(values), histogram: histogram(values, HISTOGRAM_BINS), dead, saturated };
}

/** Kernel [784, width] -> up to 16 row-major 28×28 images, one per hidden unit. */
function firstLayerImages(kernel: Float32Array, width: number, step: number): WeightImages {
	const units = Math.min(WEIGHT_IMAGE_UNITS, width);
	const values = new Float32Array(units * PIXELS);
	for (let u = 0; u < units; u++) {
		for (let p = 0; p < PIXELS; p++) values[u * PIXELS + p] = kernel[p * width + u];
	}
	return { step, units, values };
}

/** Reads tensors back and frees them. */
async function readAndDispose(tensors: tf.Tensor[]): Promise<Float32Array> {
	// Each read on its own: joining a varying number of tensors first would compile a new
	// WebGL program for every group size (measured: `npm run bench`, programs after epoch 1).
	try {
		const parts = await Promise.all(tensors.map((t) => t.data() as Promise<Float32Array>));
		if (parts.length === 1) return parts[0];
		const joined = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
		parts.reduce((offset, p) => (joined.set(p, offset), offset + p.length), 0);
		return joined;
	} finally {
		tf.dispose(tensors);
	}
}

function now(): number {
	return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
