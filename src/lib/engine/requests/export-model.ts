/**
 * The run's model as TF.js saves it (model.json's topology and weight specs, and the weights'
 * bytes), for a learner to download and load elsewhere with `tf.loadLayersModel`. Our network
 * is stages of layers applied by hand, some of them our own classes (a seeded dropout, a fast
 * convolution, a recurrent layer) that another program would not know; so the answer is a
 * plain Keras-style model built from stock layers that compute the same thing at test time
 * (dropout, which does nothing then, is left out), holding copies of the run's weights. Its input
 * is one example as a flat row (784 pixels in 0..1 for a digit); its output the class
 * probabilities (softmax), or for a two-class task the probability of class 1 (sigmoid).
 */
import * as tf from '@tensorflow/tfjs';
import { Convolution } from '../layers';
import { Recurrent } from '../recurrent';
import type { Stage } from '../architectures';
import type { Trainer } from '../trainer';
import { inputSize, outputUnits } from '../tasks/task';

export type ExportModelArgs = Record<string, never>;

/** What `model.save` hands its save handler, as plain data a worker can post. */
export interface ExportedModel {
	/** model.json's `modelTopology`. */
	modelTopology: object;
	/** model.json's weights manifest entries, in the order of `weightData`'s bytes. */
	weightSpecs: tf.io.WeightsManifestEntry[];
	weightData: ArrayBuffer;
	format?: string;
	generatedBy?: string;
	convertedBy?: string | null;
}

/** Copying a run layer's weights into its stock twin once the twin model is built. */
type Copy = [twin: tf.layers.Layer, from: tf.layers.Layer];

export async function exportModel(trainer: Trainer): Promise<ExportedModel> {
	const copies: Copy[] = [];
	const input = tf.input({ shape: [inputSize(trainer.task)] });
	let x: tf.SymbolicTensor = input;
	let denseStages = 0;
	for (const stage of trainer.network.stages) {
		if (stage.kind === 'dense') denseStages++;
		// As in dense.ts: every hidden block after the first adds its input when `residual` is on.
		const skip = stage.kind === 'dense' && trainer.spec.residual && denseStages > 1;
		x = twinStage(stage, x, trainer, skip, copies);
	}
	const model = tf.model({ inputs: input, outputs: x });
	try {
		for (const [twin, from] of copies) twin.setWeights(from.getWeights());
		let saved: tf.io.ModelArtifacts | null = null;
		await model.save(
			tf.io.withSaveHandler(async (artifacts) => {
				saved = artifacts;
				return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
			})
		);
		const artifacts = saved as tf.io.ModelArtifacts | null;
		if (!artifacts?.modelTopology || !artifacts.weightSpecs || !artifacts.weightData) throw new Error('The model could not be saved.');
		return {
			modelTopology: artifacts.modelTopology as object,
			weightSpecs: artifacts.weightSpecs,
			weightData: tf.io.CompositeArrayBuffer.join(artifacts.weightData),
			format: artifacts.format,
			generatedBy: artifacts.generatedBy,
			convertedBy: artifacts.convertedBy
		};
	} finally {
		// Only the twin's own copies of the weights; the run keeps training on its own.
		model.dispose();
	}
}

function twinStage(stage: Stage, input: tf.SymbolicTensor, trainer: Trainer, skip: boolean, copies: Copy[]): tf.SymbolicTensor {
	const task = trainer.task;
	let x = input;
	for (const layer of stage.layers) {
		const config = layer.getConfig();
		let twin: tf.layers.Layer | null;
		if (layer instanceof Convolution) {
			// Examples arrive as flat rows; the first convolution sees them as images again.
			if (x.shape.length === 2) x = apply(tf.layers.reshape({ targetShape: [...task.inputShape] }), x);
			const [kernel] = layer.getWeights();
			const [size, , , filters] = kernel.shape;
			twin = tf.layers.conv2d({ filters: filters!, kernelSize: size!, strides: 1, padding: 'valid' });
		} else if (layer instanceof Recurrent) {
			const features = inputSize(task) / layer.steps;
			x = apply(tf.layers.reshape({ targetShape: [layer.steps, features] }), x);
			const activation = trainer.spec.activation;
			if (activation === 'leakyRelu') throw new Error('A recurrent layer with leaky ReLU cannot be exported: TF.js has no such recurrent activation.');
			twin = tf.layers.simpleRNN({ units: layer.units, activation, returnSequences: false });
		} else {
			if (x.shape.length > 2 && layer.getClassName() === 'Dense') x = apply(tf.layers.flatten(), x);
			twin = stockTwin(layer, config, stage.kind === 'output' ? outputUnits(task) : 0);
		}
		if (!twin) continue;
		x = apply(twin, x);
		if (layer.getWeights().length > 0) copies.push([twin, layer]);
	}
	return skip ? (tf.layers.add().apply([input, x]) as tf.SymbolicTensor) : x;
}

/**
 * The stock layer that computes what `layer` does at test time, or null for one that does
 * nothing then (dropout). `outputs` > 0 marks the output layer, which gets the probabilities.
 */
function stockTwin(layer: tf.layers.Layer, config: tf.serialization.ConfigDict, outputs: number): tf.layers.Layer | null {
	switch (layer.getClassName()) {
		case 'Dense':
			return tf.layers.dense({
				units: config.units as number,
				useBias: config.useBias as boolean,
				// A hidden dense layer may carry its activation itself (see hiddenStages).
				activation: outputs === 0 ? (config.activation as 'relu') : outputs === 1 ? 'sigmoid' : 'softmax'
			});
		case 'BatchNormalization':
			return tf.layers.batchNormalization({ momentum: config.momentum as number, epsilon: config.epsilon as number });
		case 'Activation':
			return tf.layers.activation({ activation: config.activation as 'relu' });
		case 'LeakyReLU':
			return tf.layers.leakyReLU({ alpha: config.alpha as number });
		case 'MaxPooling2D':
			return tf.layers.maxPooling2d({ poolSize: config.poolSize as [number, number], strides: config.strides as [number, number] });
		case 'SeededDropout':
			return null;
		default:
			throw new Error(`A ${layer.getClassName()} layer cannot be exported.`);
	}
}

function apply(layer: tf.layers.Layer, x: tf.SymbolicTensor): tf.SymbolicTensor {
	return layer.apply(x) as tf.SymbolicTensor;
}
