/**
 * A network is a list of named stages ("conv 1", "dense 2", "output"), each a few TF.js layers
 * run in order. One forward pass serves every architecture, and everything a probe measures
 * per layer (kernels, hidden outputs, dropout masks) comes from the stages, in their order.
 */
import * as tf from '@tensorflow/tfjs';
import type { SeededDropout } from '../layers';
import type { ExperimentSpec } from '../spec';
import type { Task } from '../tasks/task';
import type { LayerIdentity, LayerKind } from '../types';

export interface StageOutput {
	output: tf.Tensor;
	/** The stage's hidden output (after its activation, before dropout), where probes may look at it. */
	hidden?: tf.Tensor;
}

export interface Stage {
	/** "conv 1", "dense 2", "output": unique in its network, and what charts label. */
	name: string;
	kind: LayerKind;
	/** Its layers in order: their weights, checkpoints and disposal go by this list. */
	layers: tf.layers.Layer[];
	/** The layer whose first weight is the stage's kernel: "the weights" that L1 and L2 and the probes see. */
	kernelLayer: tf.layers.Layer;
	dropout: SeededDropout | null;
	apply(x: tf.Tensor, training: boolean): StageOutput;
}

export interface Network {
	task: Task;
	stages: Stage[];
	/** Every layer, stage by stage. */
	layers: tf.layers.Layer[];
}

/** Makes a spec's stages for a task; each architecture is one of these. */
export type ArchitectureBuilder = (spec: ExperimentSpec, task: Task) => Stage[];

/**
 * Runs the network on [batch, inputSize] examples. `onHidden` sees each stage's hidden output,
 * where it has one, while the tensor is alive.
 */
export function forward(
	network: Network,
	inputs: tf.Tensor,
	training: boolean,
	onHidden?: (stage: Stage, output: tf.Tensor) => void
): tf.Tensor {
	let x = inputs;
	for (const stage of network.stages) {
		const { output, hidden } = stage.apply(x, training);
		if (hidden) onHidden?.(stage, hidden);
		x = output;
	}
	return x;
}

export function identity(stage: Stage): LayerIdentity {
	return { layer: stage.name, kind: stage.kind };
}

/** A stage's kernel ("the weights"). */
export function kernelOf(stage: Stage): tf.Variable {
	return stage.kernelLayer.getWeights()[0] as tf.Variable;
}

/** Every stage's kernel, first stage first, output last. */
export function kernels(network: Network): tf.Variable[] {
	return network.stages.map(kernelOf);
}

export function trainableVariables(network: Network): tf.Variable[] {
	return network.layers.flatMap((layer) => layer.trainableWeights.map((w) => w.read() as tf.Variable));
}

/** The latest dropout masks, one per stage that has dropout and has trained. */
export function dropoutMasks(network: Network): tf.Tensor[] {
	return network.stages.map((s) => s.dropout?.lastMask).filter((m): m is tf.Tensor => m != null);
}

export function disposeNetwork(network: Network): void {
	for (const layer of network.layers) layer.dispose();
}
