/**
 * The model's own gradients, for the backpropagation page: the loss on some training examples
 * differentiated by TF.js (the analytic gradient backpropagation computes), and for a few weights
 * a central difference, (L(w + ε) − L(w − ε)) / 2ε, measured by running the model twice with the
 * weight moved. Reads only: every moved weight is put back exactly as it was.
 */
import * as tf from '@tensorflow/tfjs';
import { forward, trainableVariables, type Stage } from '../architectures';
import { meanLoss } from '../loss';
import { DRAWN_PARAMETERS } from '../probes/parameters';
import type { Trainer } from '../trainer';
import type { LayerKind } from '../types';

/** One weight or bias of a dense stage: kernel[i * units + u] joins input i to unit u. */
export interface WeightRef {
	layer: string;
	part: 'kernel' | 'bias';
	index: number;
}

export interface GradientsArgs {
	/** Training examples (indices into the whole training set); the gradient is of their mean loss. */
	examples: number[];
	/** Weights to check by central differences. */
	check?: WeightRef[];
	/** Also check, in every stage, this many kernel weights with the largest gradients and the bias with the largest. */
	largest?: number;
	/** The central difference's step; float32 needs a large one (the default) for the loss change to stand out from rounding. */
	epsilon?: number;
	/** Also answer every parameter and its gradient (networks of at most DRAWN_PARAMETERS only). */
	all?: boolean;
}

export interface WeightCheck extends WeightRef {
	/** The stage's kernel size, to say which input and unit an index joins. */
	inputs: number;
	units: number;
	value: number;
	/** TF.js's gradient, from the backward pass. */
	analytic: number;
	/** The central difference, from two forward passes. */
	numeric: number;
}

export interface LayerGradients {
	layer: string;
	kind: LayerKind;
	inputs: number;
	units: number;
	kernel: number[];
	bias: number[] | null;
	kernelGradient: number[];
	biasGradient: number[] | null;
}

export interface GradientsResult {
	/** Training steps taken when the gradients were taken. */
	step: number;
	/** The examples' classes. */
	labels: number[];
	/** Their mean loss, without any L1 or L2 penalty. */
	loss: number;
	checks: WeightCheck[];
	/** Every stage's parameters and gradients, when asked for and the network is small; else null. */
	layers: LayerGradients[] | null;
}

export const DEFAULT_EPSILON = 1e-2;
/** Examples one request may differentiate. */
export const MAX_EXAMPLES = 64;

function weightsOf(stage: Stage): { kernel: tf.Variable; bias: tf.Variable | undefined } {
	const [kernel, bias] = stage.kernelLayer.getWeights() as tf.Variable[];
	return { kernel, bias };
}

function stageNamed(trainer: Trainer, layer: string): Stage {
	const stage = trainer.network.stages.find((s) => s.name === layer && (s.kind === 'dense' || s.kind === 'output'));
	if (!stage) throw new Error(`This network has no dense layer called “${layer}”.`);
	return stage;
}

/** Indices of the `count` largest magnitudes. */
function largestIndices(values: Float32Array, count: number): number[] {
	return Array.from(values.keys())
		.sort((a, b) => Math.abs(values[b]) - Math.abs(values[a]))
		.slice(0, count);
}

export async function gradients(trainer: Trainer, args: GradientsArgs): Promise<GradientsResult> {
	const { examples, check = [], largest = 0, epsilon = DEFAULT_EPSILON, all = false } = args;
	const count = trainer.dataset.train.count;
	if (!Array.isArray(examples) || examples.length === 0 || examples.length > MAX_EXAMPLES) {
		throw new Error(`Choose between 1 and ${MAX_EXAMPLES} training examples.`);
	}
	if (!examples.every((i) => Number.isInteger(i) && i >= 0 && i < count)) {
		throw new Error(`Training examples are numbered 0 to ${count - 1}.`);
	}
	if (!(epsilon > 0 && epsilon < 1)) throw new Error('The step of a central difference must lie between 0 and 1.');

	const network = trainer.network;
	const classes = trainer.task.classes;
	const indices = tf.tensor1d(examples, 'int32');
	const x = tf.gather(trainer.dataset.train.inputs, indices);
	const y = tf.gather(trainer.dataset.train.labels, indices) as tf.Tensor1D;
	const lossNow = () => tf.tidy(() => meanLoss(trainer.spec.loss, forward(network, x, false) as tf.Tensor2D, y, classes));
	const { value, grads } = tf.variableGrads(lossNow, trainableVariables(network));
	try {
		const dense = network.stages.filter((s) => s.kind === 'dense' || s.kind === 'output');
		const gradientOf = (variable: tf.Variable | undefined) => (variable ? grads[variable.name] : undefined);

		const refs: WeightRef[] = check.map((ref) => ({ ...ref }));
		if (largest > 0) {
			for (const stage of dense) {
				const { kernel, bias } = weightsOf(stage);
				const kernelGradient = (await gradientOf(kernel)!.data()) as Float32Array;
				for (const index of largestIndices(kernelGradient, largest)) refs.push({ layer: stage.name, part: 'kernel', index });
				const biasGradient = gradientOf(bias);
				if (biasGradient) {
					const [index] = largestIndices((await biasGradient.data()) as Float32Array, 1);
					refs.push({ layer: stage.name, part: 'bias', index });
				}
			}
		}

		const checks: WeightCheck[] = [];
		for (const ref of refs) {
			const stage = stageNamed(trainer, ref.layer);
			const { kernel, bias } = weightsOf(stage);
			const variable = ref.part === 'kernel' ? kernel : bias;
			if (!variable) throw new Error(`The layer “${ref.layer}” has no biases.`);
			if (!Number.isInteger(ref.index) || ref.index < 0 || ref.index >= variable.size) {
				throw new Error(`The layer “${ref.layer}” has no ${ref.part} entry ${ref.index}.`);
			}
			const [inputs, units] = kernel.shape;
			const analytic = (await gradientOf(variable)!.data())[ref.index];
			const { value: weight, numeric } = await centralDifference(variable, ref.index, epsilon, async () => {
				const loss = lossNow();
				try {
					return (await loss.data())[0];
				} finally {
					loss.dispose();
				}
			});
			checks.push({ ...ref, inputs, units, value: weight, analytic, numeric });
		}

		return {
			step: trainer.step,
			labels: Array.from(await y.data()),
			loss: (await value.data())[0],
			checks,
			layers: all ? await everyGradient(dense, grads) : null
		};
	} finally {
		tf.dispose([indices, x, y, value, ...Object.values(grads)]);
	}
}

/**
 * Moves one entry of `variable` to w + ε and to w − ε, measures the loss at each and puts it back.
 * The step actually taken is the float32 one, fround(w ± ε), so rounding the weight costs nothing.
 */
async function centralDifference(
	variable: tf.Variable,
	index: number,
	epsilon: number,
	measure: () => Promise<number>
): Promise<{ value: number; numeric: number }> {
	const original = tf.clone(variable);
	const values = (await variable.data()) as Float32Array;
	const weight = values[index];
	const at = async (moved: number) => {
		const copy = values.slice();
		copy[index] = moved;
		const tensor = tf.tensor(copy, variable.shape);
		variable.assign(tensor);
		tensor.dispose();
		return measure();
	};
	try {
		const plus = Math.fround(weight + epsilon);
		const minus = Math.fround(weight - epsilon);
		const numeric = ((await at(plus)) - (await at(minus))) / (plus - minus);
		return { value: weight, numeric };
	} finally {
		variable.assign(original);
		original.dispose();
	}
}

async function everyGradient(dense: Stage[], grads: tf.NamedTensorMap): Promise<LayerGradients[] | null> {
	const total = dense.reduce((n, stage) => n + stage.kernelLayer.countParams(), 0);
	if (total > DRAWN_PARAMETERS) return null;
	return Promise.all(
		dense.map(async (stage) => {
			const { kernel, bias } = weightsOf(stage);
			const read = async (t: tf.Tensor | undefined) => (t ? Array.from(await t.data()) : null);
			return {
				layer: stage.name,
				kind: stage.kind,
				inputs: kernel.shape[0] as number,
				units: kernel.shape[1] as number,
				kernel: (await read(kernel))!,
				bias: await read(bias),
				kernelGradient: (await read(grads[kernel.name]))!,
				biasGradient: bias ? await read(grads[bias.name]) : null
			};
		})
	);
}
