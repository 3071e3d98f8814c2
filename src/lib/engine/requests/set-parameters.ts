/** Sets one dense stage's kernel and biases, as given (the page checked the values' range). */
import * as tf from '@tensorflow/tfjs';
import type { Trainer } from '../trainer';

export interface SetParametersArgs {
	/** The stage's name: "dense 1", "output". */
	layer: string;
	/** inputs × units, row-major, as `NetworkParameters` gives it; absent: unchanged. */
	kernel?: number[];
	bias?: number[];
}

export async function setParameters(trainer: Trainer, { layer, kernel, bias }: SetParametersArgs): Promise<void> {
	const stage = trainer.network.stages.find((s) => s.name === layer);
	if (!stage) throw new Error(`This network has no layer called “${layer}”.`);
	const [kernelVariable, biasVariable] = stage.kernelLayer.getWeights();
	const values = [
		{ variable: kernelVariable, given: kernel },
		{ variable: biasVariable, given: bias }
	];
	for (const { variable, given } of values) {
		if (!given) continue;
		if (!variable) throw new Error(`The layer “${layer}” has no biases.`);
		if (given.length !== variable.size || !given.every(Number.isFinite)) {
			throw new Error(`The layer “${layer}” takes ${variable.size} finite numbers here, not ${given.length}.`);
		}
	}
	const created: tf.Tensor[] = [];
	const next = stage.kernelLayer.getWeights().map((weight, i) => {
		const given = values[i]?.given;
		if (!given) return weight;
		const tensor = tf.tensor(given, weight.shape);
		created.push(tensor);
		return tensor;
	});
	// Copies the values into the layer's own variables: the optimizer keeps its hold on them.
	stage.kernelLayer.setWeights(next);
	tf.dispose(created);
}
