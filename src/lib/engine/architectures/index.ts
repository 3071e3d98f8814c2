/** The architecture table: one builder per model the spec can name, each returning named stages. */
import * as tf from '@tensorflow/tfjs';
import type { Architecture, ExperimentSpec } from '../spec';
import { inputSize, type Task } from '../tasks/task';
import { buildCnn } from './cnn';
import { buildMlp } from './mlp';
import { buildRnn } from './rnn';
import { buildVgg } from './vgg';
import { forward, type ArchitectureBuilder, type Network } from './stages';

export const ARCHITECTURE_BUILDERS: Record<Architecture, ArchitectureBuilder> = {
	mlp: buildMlp,
	cnn: buildCnn,
	rnn: buildRnn,
	vgg: buildVgg
};

/**
 * The architecture a spec gets on a task: the convolutional and recurrent ones read pictures, so
 * on examples that are not (a table's rows, points) the MLP with the same hidden layers stands in.
 */
export function architectureFor(spec: Pick<ExperimentSpec, 'architecture'>, task: Pick<Task, 'inputShape'>): Architecture {
	return task.inputShape.length === 3 ? spec.architecture : 'mlp';
}

/** Builds (and initialises) the network for a spec on a task. */
export function buildNetwork(spec: ExperimentSpec, task: Task): Network {
	const stages = ARCHITECTURE_BUILDERS[architectureFor(spec, task)](spec, task);
	const network: Network = { task, stages, layers: stages.flatMap((s) => s.layers) };
	// Layers create their weights on first use; do it now so the weights exist from the start.
	tf.tidy(() => {
		forward(network, tf.zeros([1, inputSize(task)]), false);
	});
	return network;
}

export * from './stages';
