/**
 * A run's state as plain arrays, so training can go on in a fresh backend or a fresh worker:
 * after a lost WebGL context the GPU's copy of the weights is gone, and after a worker crash
 * everything in it is. Restoring onto a new Trainer of the same spec continues exactly where
 * the checkpoint was taken: same weights, same optimizer moments, same next mini-batch.
 */
import * as tf from '@tensorflow/tfjs';
import type { ExperimentSpec } from './spec';
import type { DataPosition, Trainer } from './trainer';

export interface SavedTensor {
	shape: number[];
	values: Float32Array;
}

export interface Checkpoint {
	step: number;
	/** The spec in use, live adjustments included: which optimizer the state belongs to, the batch size. */
	spec: ExperimentSpec;
	/** The place in the shuffled training examples (batch sizes may have changed along the way). */
	data: DataPosition;
	/** Every layer's weights, trainable or not (batch norm's moving averages), in layer order. */
	weights: SavedTensor[];
	/** The optimizer's iteration count, then its own variables (momentum, moments), in its order. */
	optimizer: SavedTensor[];
}

/** Reads a run's state back from the backend. */
export async function saveCheckpoint(trainer: Trainer): Promise<Checkpoint> {
	const step = trainer.step;
	const spec = { ...trainer.spec };
	const data = trainer.dataPosition;
	const variables = trainer.network.layers.flatMap((layer) => layer.weights.map((w) => w.read()));
	const optimizerState = await trainer.optimizer.getWeights();
	try {
		const [weights, optimizer] = await Promise.all([
			Promise.all(variables.map(save)),
			Promise.all(optimizerState.map((named) => save(named.tensor)))
		]);
		return { step, spec, data, weights, optimizer };
	} finally {
		// The iteration count comes as a new scalar; the rest are the optimizer's own variables.
		optimizerState[0]?.tensor.dispose();
	}
}

/**
 * Puts a checkpoint's state into a fresh Trainer built from a spec of the same network; the
 * checkpoint's live settings are taken first (its optimizer state fits its own optimizer).
 */
export async function restoreCheckpoint(trainer: Trainer, checkpoint: Checkpoint): Promise<void> {
	if (trainer.step !== 0) throw new Error('A checkpoint is restored into a fresh run only.');
	const layers = trainer.network.layers;
	const expected = layers.flatMap((layer) => layer.weights.map((w) => w.shape));
	const shapesMatch =
		expected.length === checkpoint.weights.length &&
		expected.every((shape, i) => sameShape(shape as number[], checkpoint.weights[i]));
	if (!shapesMatch) throw new Error('The checkpoint belongs to a network of another shape.');
	trainer.adjust(checkpoint.spec);
	let next = 0;
	for (const layer of layers) {
		const count = layer.weights.length;
		if (count === 0) continue;
		const tensors = checkpoint.weights.slice(next, next + count).map(load);
		layer.setWeights(tensors);
		tf.dispose(tensors);
		next += count;
	}
	if (checkpoint.optimizer.length > 0) {
		const tensors = checkpoint.optimizer.map(load);
		// The optimizer makes its own variables from these (matched to the weights by order).
		await trainer.optimizer.setWeights(tensors.map((tensor, i) => ({ name: `checkpoint/${i}`, tensor })));
		tf.dispose(tensors);
	}
	trainer.seek(checkpoint.step, checkpoint.data);
}

/** The buffers inside a checkpoint, for `postMessage`'s transfer list. */
export function checkpointBuffers(checkpoint: Checkpoint): ArrayBuffer[] {
	return [...checkpoint.weights, ...checkpoint.optimizer].map((saved) => saved.values.buffer as ArrayBuffer);
}

async function save(tensor: tf.Tensor): Promise<SavedTensor> {
	// A copy: the CPU backend hands out its own storage, and checkpoints get transferred.
	const values = ((await tensor.data()) as Float32Array).slice();
	return { shape: [...tensor.shape], values };
}

function load(saved: SavedTensor): tf.Tensor {
	return tf.tensor(saved.values, saved.shape, 'float32');
}

function sameShape(shape: readonly number[], saved: SavedTensor): boolean {
	return shape.length === saved.shape.length && shape.every((n, i) => n === saved.shape[i]);
}
