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

/** A periodic evaluation on the held-out test digits. */
export interface TestPoint {
	step: number;
	epoch: number;
	loss: number;
	/** 0..1 */
	accuracy: number;
}

/** A histogram whose bins evenly split [x0, x1]. */
export interface Histogram {
	x0: number;
	x1: number;
	counts: number[];
}

/** Statistics of one layer's weight matrix (kernel) at one moment. */
export interface LayerWeightStats {
	/** Short, stable name, e.g. "dense 1" for the first hidden layer, "output" for the last. */
	layer: string;
	mean: number;
	std: number;
	histogram: Histogram;
}

/** All layers' weight statistics taken at one step. */
export interface WeightSnapshot {
	step: number;
	layers: LayerWeightStats[];
}

/** L2 norm of the loss gradient with respect to each layer's kernel, at one step. */
export interface GradientNormPoint {
	step: number;
	/** One per layer, first hidden layer first, output layer last. */
	norms: number[];
}

/** The first layer's weights, one 28×28 image per hidden unit. */
export interface WeightImages {
	step: number;
	units: number;
	/** units × 784 values: unit u's image is values[u*784 .. u*784+783], row-major. */
	values: Float32Array;
}

/** A sample of test digits with what the model currently predicts for them. */
export interface GallerySample {
	step: number;
	/** count × 784 pixels, 0..255, row-major. */
	images: Uint8Array;
	labels: Uint8Array;
	predictions: Uint8Array;
}
