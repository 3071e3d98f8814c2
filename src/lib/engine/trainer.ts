/**
 * One training run: a network, its optimizer and its place in the task's examples. The loop
 * only: steps, batches, seeking, evaluation and prediction; what is measured along the way is
 * the probes' business (probes/). DOM-free, so the worker and the Node tests drive exactly the
 * same code. Values come back from the backend with `await tensor.data()`, several steps at a time.
 */
import * as tf from '@tensorflow/tfjs';
import { createRandom, permutation } from '../data/random';
import { buildNetwork, disposeNetwork, forward, kernels, trainableVariables, type Network } from './architectures';
import { augmentedBatch } from './augment';
import type { EvaluationCounts, EvaluationSets } from './budget';
import { answers, correctCount, meanLoss, probabilities, summedLoss } from './loss';
import { createOptimizer, retuneOptimizer } from './optimizers';
import { readAndDispose, readStacked } from './readback';
import { LIVE_FIELDS, changedFields, type ExperimentSpec, type LiveField } from './spec';
import { shiftImages } from './tasks/shift';
import { batchInputs, batchLabels, inputSize, type Dataset, type Examples, type Task } from './tasks/task';
import type { ConfusionMatrix, LossPoint, TestPoint } from './types';

/** Fields a running optimizer takes without starting afresh. */
const TUNING: readonly string[] = ['learningRate', 'momentum', 'beta1', 'beta2'];

/** Losses are read back in groups of this many steps: fewer GPU round trips, bounded queue. */
const READ_EVERY = 16;

/** Called inside a step while its gradients (before clipping) are alive; keep what you need with `tf.keep`. */
export type GradientTap = (grads: tf.NamedTensorMap, step: number) => void;

export interface TrainOptions {
	/** Stop early once this many milliseconds have passed (checked between reads). */
	budgetMs?: number;
	/** Sees the gradients of the chunk's last step (one more step is taken if the budget cut it short). */
	onLastGradients?: GradientTap;
}

/**
 * Where a run is in its training examples: how many shuffled passes have begun and how many
 * examples of the current pass have been used. Kept explicitly, not derived from step × batch
 * size, so the batch size can change in the middle of a pass without reusing or skipping examples.
 */
export interface DataPosition {
	shuffles: number;
	position: number;
}

export interface TrainChunk {
	losses: LossPoint[];
	/** True when a loss came out NaN or infinite; training must stop. */
	diverged: boolean;
}

export class Trainer {
	/** The current spec: the one built from, with any live adjustments since. */
	spec: ExperimentSpec;
	readonly task: Task;
	readonly dataset: Dataset;
	readonly network: Network;
	/** Training steps taken so far. */
	step = 0;
	/** The test examples by right answer × answer, counted at the latest evaluation (null before one). */
	latestConfusion: ConfusionMatrix | null = null;
	/** Read by `checkpoint.ts` to save and restore its state (moments, iteration count). */
	optimizer: tf.Optimizer;
	private readonly trainCount: number;
	private readonly inputSize: number;
	private random: () => number;
	private order: Int32Array = new Int32Array(0);
	/** Shuffled passes begun; the current pass is `order`. */
	private shuffles = 0;
	/** Examples of the current pass used so far. */
	private position = 0;
	/** Steps that began a new pass since `takeEpochStarts` last emptied it. */
	private epochStarts: number[] = [];
	/** The test images moved by `spec.testShift` pixels, made when first evaluated at that shift. */
	private shiftedTest: { shift: number; inputs: tf.Tensor2D } | null = null;
	private disposed = false;

	constructor(dataset: Dataset, spec: ExperimentSpec) {
		this.spec = spec;
		this.dataset = dataset;
		this.task = dataset.task;
		this.inputSize = inputSize(this.task);
		this.trainCount = Math.min(spec.trainSize, dataset.train.count);
		this.random = createRandom(spec.seed);
		this.network = buildNetwork(spec, this.task);
		this.optimizer = createOptimizer(spec);
	}

	/** Examples in each step's batch: the setting, or every training example when it asks for more. */
	get batchSize(): number {
		return Math.min(this.spec.batchSize, this.trainCount);
	}

	/** Whole batches per pass over the training examples, ⌊N / B⌋; the partial last batch is dropped. */
	get stepsPerEpoch(): number {
		return Math.floor(this.trainCount / this.batchSize);
	}

	/** Completed passes over the training examples, fractional. */
	get epochs(): number {
		if (this.shuffles === 0) return 0;
		const used = this.stepsPerEpoch * this.batchSize;
		return this.shuffles - 1 + Math.min(1, this.position / used);
	}

	/** The epoch the last step belonged to, counting from 1 (0 before the first step). */
	get epoch(): number {
		return this.shuffles;
	}

	/**
	 * The steps, counted from 1, whose batch began a new pass over the training examples since the
	 * last call: where the charts draw an epoch boundary. Kept by the loop itself, since the batch
	 * size may have changed in between and steps × batch size would put them in the wrong place.
	 */
	takeEpochStarts(): number[] {
		const starts = this.epochStarts;
		this.epochStarts = [];
		return starts;
	}

	/** The place in the training examples, for checkpoints. */
	get dataPosition(): DataPosition {
		return { shuffles: this.shuffles, position: this.position };
	}

	/** Steps from here to the end of epoch `epoch` at the current batch size; 0 once it has ended. */
	stepsToEndOfEpoch(epoch: number): number {
		if (epoch < this.shuffles) return 0;
		const leftInThisPass = this.shuffles === 0 ? 0 : Math.floor((this.trainCount - this.position) / this.batchSize);
		return leftInThisPass + (epoch - this.shuffles) * this.stepsPerEpoch;
	}

	/**
	 * Takes new values of the live fields (LIVE_FIELDS) from the next step on; any other change
	 * needs a new network and is refused. Returns the fields that changed.
	 */
	adjust(next: ExperimentSpec): LiveField[] {
		const changed = changedFields(this.spec, next);
		const structural = changed.filter((field) => !(LIVE_FIELDS as readonly string[]).includes(field));
		if (structural.length > 0) throw new Error(`A new network is needed for: ${structural.join(', ')}.`);
		this.spec = { ...next };
		if (changed.includes('optimizer')) {
			// A different optimizer starts with fresh state (no moments, iteration 0): the old one's
			// state means nothing to it.
			this.optimizer.dispose();
			this.optimizer = createOptimizer(this.spec);
		} else if (changed.some((field) => TUNING.includes(field))) {
			// Same optimizer, new rate or βs: its moments and iteration count carry on.
			retuneOptimizer(this.spec, this.optimizer);
		}
		if (changed.includes('dropout')) for (const stage of this.network.stages) stage.dropout?.setRate(this.spec.dropout);
		// Batch size, L1, L2, clipping and augmentation are read from the spec at every step.
		return changed as LiveField[];
	}

	/** Runs up to `steps` training steps and returns each step's loss and batch accuracy. */
	async train(steps: number, options: TrainOptions = {}): Promise<TrainChunk> {
		const started = now();
		const losses: LossPoint[] = [];
		let done = 0;
		let tapped = false;
		const overBudget = () => options.budgetMs !== undefined && now() - started >= options.budgetMs;
		while (done < steps) {
			const results: tf.Tensor[] = [];
			// On WASM and CPU a step finishes before the next is issued, so the clock is checked per
			// step; on WebGL steps queue up and the read at the end of the group waits for them.
			while (results.length < READ_EVERY && done + results.length < steps) {
				const last = done + results.length === steps - 1;
				results.push(this.trainStep(last ? options.onLastGradients : undefined));
				tapped ||= last;
				if (overBudget()) break;
			}
			const group = results.length;
			const values = await readStacked(results, READ_EVERY);
			for (let i = 0; i < group; i++) {
				const loss = values[2 * i];
				losses.push({
					step: this.step - group + i + 1,
					loss,
					accuracy: values[2 * i + 1] / this.batchSize
				});
				if (!Number.isFinite(loss)) return { losses, diverged: true };
			}
			done += group;
			if (overBudget()) break;
		}
		if (options.onLastGradients && !tapped) {
			// Stopped by the budget before the step that was to be tapped: take one more for it.
			const values = await readAndDispose([this.trainStep(options.onLastGradients)]);
			losses.push({ step: this.step, loss: values[0], accuracy: values[1] / this.batchSize });
			if (!Number.isFinite(values[0])) return { losses, diverged: true };
		}
		return { losses, diverged: false };
	}

	/** One optimizer step. Returns [loss, correct] as a kept 1-D tensor. */
	private trainStep(tap?: GradientTap): tf.Tensor {
		const indices = this.nextBatch();
		const kernelVariables = kernels(this.network);
		const trainable = trainableVariables(this.network);
		const kept: { logits?: tf.Tensor; dataLoss?: tf.Tensor } = {};
		const result = tf.tidy(() => {
			const { train } = this.dataset;
			// Redrawn, where the run augments, as this step's own draw: the same on every replay.
			const x = augmentedBatch(train, indices, this.spec, this.task, this.step + 1) ?? batchInputs(train, indices);
			const y = batchLabels(train, indices);
			const { grads } = tf.variableGrads(() => {
				// Kept past the gradient's own clean-up; disposed below.
				const logits = (kept.logits = tf.keep(forward(this.network, x, true)));
				const dataLoss = (kept.dataLoss = tf.keep(meanLoss(this.spec.loss, logits as tf.Tensor2D, y, this.task.classes)));
				const penalty = this.penalty(kernelVariables);
				return penalty ? (dataLoss.add(penalty) as tf.Scalar) : dataLoss;
			}, trainable);
			// Before clipping: pages show how large gradients really got.
			tap?.(grads, this.step + 1);
			this.optimizer.applyGradients(this.spec.clipNorm > 0 ? clipByGlobalNorm(grads, this.spec.clipNorm) : grads);
			const correct = correctCount(kept.logits as tf.Tensor2D, y, this.task.classes);
			// The reported loss is the data loss, comparable with the test loss; penalties only steer.
			return tf.stack([kept.dataLoss!, correct]);
		});
		tf.dispose([kept.logits!, kept.dataLoss!]);
		this.step++;
		return result;
	}

	/** λ1·Σ|w| + λ2·Σw² over every kernel (biases and batch norm go free); null without either. */
	private penalty(kernelVariables: tf.Variable[]): tf.Scalar | null {
		let total: tf.Scalar | null = null;
		const add = (term: tf.Scalar) => (total = total ? total.add(term) : term);
		for (const kernel of kernelVariables) {
			if (this.spec.l1 > 0) add(kernel.abs().sum().mul(this.spec.l1));
			if (this.spec.l2 > 0) add(kernel.square().sum().mul(this.spec.l2));
		}
		return total;
	}

	/**
	 * Moves to `step` at `data` as if every step before it had been taken: the same shuffles of
	 * the training examples and the same dropout masks follow. The weights are the caller's to set.
	 */
	seek(step: number, data: DataPosition): void {
		this.random = createRandom(this.spec.seed);
		// Each shuffle draws a fixed count of numbers, so replaying them restores the generator too.
		for (let i = 0; i < data.shuffles; i++) this.order = permutation(this.trainCount, this.random);
		this.shuffles = data.shuffles;
		this.position = data.position;
		this.epochStarts = [];
		for (const stage of this.network.stages) stage.dropout?.seek(step);
		this.step = step;
	}

	/**
	 * Indices of the next mini-batch, the next examples of the current shuffled pass; a pass with
	 * too few left for a whole batch ends (the rest is dropped) and a new seeded shuffle begins.
	 */
	private nextBatch(): Int32Array {
		const size = this.batchSize;
		if (this.shuffles === 0 || this.position + size > this.trainCount) {
			this.order = permutation(this.trainCount, this.random);
			this.shuffles++;
			this.position = 0;
			this.epochStarts.push(this.step + 1);
		}
		const start = this.position;
		this.position += size;
		return this.order.slice(start, start + size);
	}

	/**
	 * Loss and accuracy on every test example and on some training examples, both without dropout;
	 * with `counts`, on the first that many of each (whole chunks, so no pass has a new shape).
	 * The same pass counts the test examples' confusion matrix (kept as `latestConfusion`), so its
	 * diagonal is exactly the accuracy returned.
	 */
	async evaluate(counts?: Partial<EvaluationCounts>): Promise<TestPoint> {
		const { train } = this.dataset;
		const test = this.testExamples();
		const classes = this.task.classes;
		const full = this.evaluationSizes;
		// The evaluation budget may ask for fewer (the first examples: the same ones every time).
		const testCount = Math.max(1, Math.min(counts?.test ?? full.testFull, full.testFull));
		const trainCount = Math.max(1, Math.min(counts?.train ?? full.trainFull, full.trainFull));
		const [sums, confusion] = tf.tidy(() => {
			const onTest = this.measure(test, testCount, true);
			return [tf.concat([onTest.sums, this.measure(train, trainCount, false).sums]), onTest.confusion!];
		});
		const values = await readAndDispose([sums, confusion]);
		this.latestConfusion = { step: this.step, classes, counts: Array.from(values.subarray(4)) };
		const point: TestPoint = {
			step: this.step,
			epoch: this.epochs,
			loss: values[0] / testCount,
			accuracy: values[1] / testCount,
			trainLoss: values[2] / trainCount,
			trainAccuracy: values[3] / trainCount
		};
		// Said only when fewer than all were used: a point without them is on every example.
		if (testCount < full.testFull) point.testCount = testCount;
		if (trainCount < full.trainFull) point.trainCount = trainCount;
		return point;
	}

	/** The examples a full evaluation looks at, and the size of its forward passes. */
	get evaluationSizes(): EvaluationSets {
		return {
			testFull: this.dataset.test.count,
			trainFull: Math.min(this.task.evaluation.trainCount, this.trainCount),
			chunk: this.task.evaluation.chunk
		};
	}

	/**
	 * [summed loss, correct count] over the first `count` examples, in fixed-size chunks; with
	 * `confusion`, also the classes² counts of right answer × answer.
	 */
	private measure(examples: Examples, count: number, confusion: boolean): { sums: tf.Tensor1D; confusion?: tf.Tensor1D } {
		const chunk = this.task.evaluation.chunk;
		const classes = this.task.classes;
		let lossSum: tf.Tensor = tf.scalar(0);
		let correct: tf.Tensor = tf.scalar(0);
		let cells: tf.Tensor = tf.zeros([classes * classes]);
		for (let start = 0; start < count; start += chunk) {
			const size = Math.min(chunk, count - start);
			const logits = forward(this.network, examples.inputs.slice([start, 0], [size, this.inputSize]), false) as tf.Tensor2D;
			const y = examples.labels.slice([start], [size]);
			lossSum = lossSum.add(summedLoss(this.spec.loss, logits, y, this.task.classes));
			correct = correct.add(correctCount(logits, y, this.task.classes));
			if (confusion) {
				// Cell index label·classes + answer, made int32 last (a plain number would turn the sum to floats).
				const cell = y.toFloat().mul(classes).add(answers(logits, classes).toFloat()).toInt() as tf.Tensor1D;
				cells = cells.add(tf.oneHot(cell, classes * classes).sum(0).toFloat());
			}
		}
		const sums = tf.stack([lossSum, correct.toFloat()]) as tf.Tensor1D;
		return confusion ? { sums, confusion: cells as tf.Tensor1D } : { sums };
	}

	/**
	 * The test examples as evaluations see them: moved `spec.testShift` pixels where the task has
	 * pictures to move, as they are otherwise.
	 */
	testExamples(): Examples {
		const { test } = this.dataset;
		const shift = this.spec.testShift;
		if (!shift || !test.pictures || this.task.inputShape.length !== 3) return test;
		if (this.shiftedTest?.shift !== shift) {
			this.shiftedTest?.inputs.dispose();
			const side = this.task.inputShape[0];
			const moved = shiftImages(test.pictures.pixels, test.count, side, shift);
			this.shiftedTest = { shift, inputs: tf.tensor2d(moved, [test.count, this.inputSize], 'float32') };
		}
		return { ...test, inputs: this.shiftedTest.inputs };
	}

	/** The first `count` test examples' inputs, for probes that look at a fixed batch. */
	testInputs(count: number): tf.Tensor2D {
		return this.dataset.test.inputs.slice([0, 0], [Math.min(count, this.dataset.test.count), this.inputSize]);
	}

	/** Class probabilities for one example (inputSize values; for a digit, 784 pixels in 0..1). */
	async predict(inputs: Float32Array): Promise<number[]> {
		const answer = tf.tidy(() =>
			probabilities(forward(this.network, tf.tensor2d(inputs, [1, this.inputSize]), false) as tf.Tensor2D, this.task.classes)
		);
		return Array.from(await readAndDispose([answer]));
	}

	dispose(): void {
		if (this.disposed) return;
		this.disposed = true;
		disposeNetwork(this.network);
		this.optimizer.dispose();
		this.shiftedTest?.inputs.dispose();
	}
}

/** Scales every gradient by one factor so their joint norm is at most `maxNorm`. */
function clipByGlobalNorm(grads: tf.NamedTensorMap, maxNorm: number): tf.NamedTensorMap {
	const names = Object.keys(grads);
	const globalNorm = tf.sqrt(tf.addN(names.map((name) => tf.sum(tf.square(grads[name])))));
	const scale = tf.minimum(1, tf.div(maxNorm, tf.maximum(globalNorm, 1e-12)));
	return Object.fromEntries(names.map((name) => [name, tf.mul(grads[name], scale)]));
}

function now(): number {
	return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
