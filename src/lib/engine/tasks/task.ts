/**
 * What a model learns from: the shape of one example, how many classes there are, the
 * examples themselves as tensors, and how much of them an evaluation looks at. The trainer,
 * the architectures and the probes read these instead of any one data set's constants.
 */
import * as tf from '@tensorflow/tfjs';

export interface EvaluationSizes {
	/** Examples per forward pass when evaluating (a fixed shape: no shader recompiles). */
	chunk: number;
	/** Training examples measured in evaluation mode, for the train-test gap. */
	trainCount: number;
	/** Test examples whose hidden-layer outputs the activation probe summarises. */
	probeCount: number;
	/** Test examples shown with their predictions, for tasks that have pictures. */
	galleryCount: number;
}

export interface Task {
	id: string;
	/** One example's shape: [28, 28, 1] for a digit image, [2] for a point in the plane. */
	inputShape: readonly number[];
	/** Classes; a two-class task has one output, the logit of class 1 (a sigmoid neuron). */
	classes: number;
	evaluation: EvaluationSizes;
	/** Tasks in the plane: the square [-extent, extent]² the plane probe samples. */
	plane?: { extent: number };
}

/** Outputs of the network's last layer: one logit per class, or a single one for two classes. */
export function outputUnits(task: Task): number {
	return task.classes === 2 ? 1 : task.classes;
}

/** Some examples on the backend, every example flattened to one row. */
export interface Examples {
	/** count × inputSize(task), float32 */
	inputs: tf.Tensor2D;
	/** count class indices, int32 */
	labels: tf.Tensor1D;
	count: number;
	/** The same examples as 0..255 pixels with their labels, row-major, for galleries; image tasks only. */
	pictures?: { pixels: Uint8Array; labels: Uint8Array };
	/** The same inputs and labels in plain arrays, where there are no `pictures` to rebuild them from. */
	values?: { inputs: Float32Array; labels: Int32Array };
}

/** A task's examples, uploaded once and shared by every run in a worker. */
export interface Dataset {
	task: Task;
	train: Examples;
	test: Examples;
}

/** Numbers in one example. */
export function inputSize(task: Task): number {
	return task.inputShape.reduce((a, b) => a * b, 1);
}

/** Uploads examples given as plain arrays: `inputs` holds count × inputSize values, row-major. */
export function examplesFromArrays(task: Task, inputs: Float32Array, labels: ArrayLike<number>): Examples {
	const count = labels.length;
	const classes = Int32Array.from(labels);
	return {
		inputs: tf.tensor2d(inputs, [count, inputSize(task)], 'float32'),
		labels: tf.tensor1d(classes, 'int32'),
		count,
		values: { inputs, labels: classes }
	};
}

/**
 * 0..255 pixels as the 0..1 inputs a network reads, scaled here and uploaded as floats (the same
 * four bytes a value as an int32 upload). Not scaled on the backend: on WebGL a computed tensor may
 * be stored packed, and reading rows of it then unpacks the whole set first (when each step
 * gathered its batch from it, training was four times slower there). An upload is stored unpacked.
 */
export function pixelInputs(pixels: Uint8Array, count: number): tf.Tensor2D {
	const scaled = new Float32Array(pixels.length);
	for (let i = 0; i < pixels.length; i++) scaled[i] = pixels[i] / 255;
	return tf.tensor2d(scaled, [count, pixels.length / count], 'float32');
}

/**
 * The inputs at `rows`, a batch built in main memory and uploaded: the same numbers as those rows
 * of `inputs`. Cheaper than a `gather` from the whole set on the backend, which on WebGL reads the
 * set's large texture at every step.
 */
export function batchInputs(examples: Examples, rows: Int32Array): tf.Tensor2D {
	const size = examples.inputs.shape[1];
	const x = new Float32Array(rows.length * size);
	rows.forEach((row, i) => {
		if (examples.pictures) {
			const { pixels } = examples.pictures;
			for (let j = 0, from = row * size, to = i * size; j < size; j++) x[to + j] = pixels[from + j] / 255;
		} else {
			x.set(keptValues(examples).inputs.subarray(row * size, (row + 1) * size), i * size);
		}
	});
	return tf.tensor2d(x, [rows.length, size], 'float32');
}

/** The labels at `rows`, uploaded as `batchInputs` uploads the inputs. */
export function batchLabels(examples: Examples, rows: Int32Array): tf.Tensor1D {
	const labels = examples.pictures?.labels ?? keptValues(examples).labels;
	return tf.tensor1d(Int32Array.from(rows, (row) => labels[row]), 'int32');
}

function keptValues(examples: Examples): NonNullable<Examples['values']> {
	if (!examples.values) throw new Error('These examples keep no copy to build a batch from.');
	return examples.values;
}

export function disposeDataset(dataset: Dataset): void {
	for (const part of [dataset.train, dataset.test]) tf.dispose([part.inputs, part.labels]);
}
