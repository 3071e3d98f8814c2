/**
 * A recurrent network that reads a digit row by row: 28 time steps of 28 pixels through one
 * simple recurrent layer of `layerWidth` units, then the same hidden blocks and output as an
 * MLP, fed the last hidden state. Dropout and batch norm apply to the dense blocks only.
 */
import * as tf from '@tensorflow/tfjs';
import { initializer } from '../layers';
import { Recurrent } from '../recurrent';
import { outputUnits } from '../tasks/task';
import { hiddenStages, outputStage } from './dense';
import type { ArchitectureBuilder, Network, Stage } from './stages';

export const buildRnn: ArchitectureBuilder = (spec, task) => {
	if (task.inputShape.length !== 3) throw new Error(`An RNN reads images row by row; this task's examples are ${task.inputShape.join('×')}.`);
	const rows = task.inputShape[0];
	const cell = new Recurrent(
		spec.layerWidth,
		rows,
		spec.activation,
		initializer(spec.initializer, spec.seed * 1000 + 900),
		spec.recurrentScale,
		spec.seed * 1000 + 901
	);
	const recurrent: Stage = {
		name: 'recurrent 1',
		kind: 'recurrent',
		layers: [cell],
		kernelLayer: cell,
		dropout: null,
		apply(input, training) {
			const last = cell.apply(input, { training }) as tf.Tensor;
			return { output: last, hidden: last };
		}
	};
	return [recurrent, ...hiddenStages(spec), outputStage(spec, outputUnits(task))];
};

/** The network's recurrent layer and its place among the stages, or null for a network without one. */
export function recurrentStage(network: Network): { index: number; cell: Recurrent } | null {
	const index = network.stages.findIndex((stage) => stage.kernelLayer instanceof Recurrent);
	return index < 0 ? null : { index, cell: network.stages[index].kernelLayer as Recurrent };
}
