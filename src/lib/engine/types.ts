/**
 * Plain data the engine reports while training. Shared by the engine, the worker
 * protocol, the experiment state and the charts; no TF.js, no DOM.
 */

/** One training step's loss on its mini-batch. */
export interface LossPoint {
	step: number;
	loss: number;
	/** Accuracy on the step's mini-batch, 0..1. */
	accuracy: number;
}

/** A periodic evaluation on the held-out test digits, and on training digits with dropout off. */
export interface TestPoint {
	step: number;
	epoch: number;
	loss: number;
	/** 0..1 */
	accuracy: number;
	/** Loss and accuracy on (up to 2,000 of) the training digits, measured like the test: no dropout. */
	trainLoss: number;
	trainAccuracy: number;
	/** Test and training examples this point used, where the evaluation budget took fewer than all. */
	testCount?: number;
	trainCount?: number;
}

/** A histogram whose bins evenly split [x0, x1]. */
export interface Histogram {
	x0: number;
	x1: number;
	counts: number[];
}

/** What a layer of the network is; labels and pages go by this, never by a layer's position. */
export type LayerKind = 'conv' | 'dense' | 'output' | 'recurrent';

/** Which layer a per-layer value belongs to, as the engine named it. */
export interface LayerIdentity {
	/** Short, stable name: "conv 1", "dense 2" (the second hidden dense layer), "output". */
	layer: string;
	kind: LayerKind;
}

/** How one layer's values (its weights, or its outputs) are spread at one moment. */
export interface LayerSpread extends LayerIdentity {
	mean: number;
	std: number;
	histogram: Histogram;
}

/** Per-layer spreads taken at one step: what a histogram-over-time chart draws. */
export interface SpreadSnapshot {
	step: number;
	layers: LayerSpread[];
}

/** Statistics of one layer's weight matrix (kernel) at one moment. */
export interface LayerWeightStats extends LayerSpread {
	/** The share of the kernel's weights within NEAR_ZERO (stats.ts) of zero, 0..1. */
	nearZero: number;
}

/** All layers' weight statistics taken at one step. */
export interface WeightSnapshot {
	step: number;
	layers: LayerWeightStats[];
}

/** L2 norm of the loss gradient with respect to one layer's kernel. */
export interface LayerGradientNorm extends LayerIdentity {
	norm: number;
}

/** Every layer's gradient norm at one step, first layer first, output layer last. */
export interface GradientNormPoint {
	step: number;
	layers: LayerGradientNorm[];
}

/** The first layer's weights, one 28×28 image per hidden unit. */
export interface WeightImages {
	step: number;
	units: number;
	/** units × 784 values: unit u's image is values[u*784 .. u*784+783], row-major. */
	values: Float32Array;
}

/** A sample of test digits with what the model currently predicts for them. */
/** The test examples counted by right answer and the network's answer, at one evaluation. */
export interface ConfusionMatrix {
	step: number;
	classes: number;
	/** classes × classes counts, row-major: counts[label * classes + answer]. */
	counts: number[];
}

export interface GallerySample {
	step: number;
	/** count × 784 pixels, 0..255, row-major. */
	images: Uint8Array;
	labels: Uint8Array;
	predictions: Uint8Array;
}

/** One hidden layer's outputs (after its activation) on a fixed probe batch of test examples. */
export interface LayerActivationStats extends LayerIdentity {
	mean: number;
	std: number;
	histogram: Histogram;
	/** Share of units that output 0 for every probe digit (dead ReLUs); null where units cannot die. */
	dead: number | null;
	/** Share of outputs in the flat tails (sigmoid below 0.02 or above 0.98, tanh beyond ±0.96); null otherwise. */
	saturated: number | null;
}

export interface ActivationSnapshot {
	step: number;
	layers: LayerActivationStats[];
}

/** Which of the first units of each hidden layer dropout kept at one training step (first digit of the batch). */
export interface DropoutMask {
	step: number;
	/** layers[i][u]: unit u of hidden layer i+1 was kept. */
	layers: boolean[][];
}

/**
 * A two-input network's answers across the plane it is drawn on: sampled on a grid over
 * [-extent, extent]², rows from the top (y = +extent) down, columns from the left.
 */
export interface PlaneMap {
	step: number;
	extent: number;
	/** Grid points on each side of `output`. */
	size: number;
	/** size × size probabilities of class 1. */
	output: Float32Array;
	/** Grid points on each side of a hidden unit's picture (coarser: there are many). */
	hiddenSize: number;
	/** The first few units of each hidden layer: their outputs (after the activation) across the plane. */
	hidden: (LayerIdentity & { units: Float32Array[] })[];
}

/** One dense stage's weights and biases, for the networks small enough to draw every link. */
export interface LayerParameters extends LayerIdentity {
	inputs: number;
	units: number;
	/** inputs × units, row-major: kernel[i * units + u] joins input i to unit u. */
	kernel: Float32Array;
	/** One per unit; null where the stage has none (batch norm shifts instead). */
	bias: Float32Array | null;
}

export interface NetworkParameters {
	step: number;
	layers: LayerParameters[];
}
