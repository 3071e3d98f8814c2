/**
 * One example followed through a dense network with the model's own layers: each stage's
 * weighted sums z and outputs a, the logits and the model's probabilities, and for every unit
 * its weighted sum split into terms (input × weight), largest first. The forward-propagation
 * page shows these numbers step by step.
 */
import * as tf from '@tensorflow/tfjs';
import { probabilities } from '../loss';
import type { Activation } from '../spec';
import { inputSize } from '../tasks/task';
import type { Trainer } from '../trainer';
import type { LayerKind } from '../types';

export interface TraceArgs {
	/** The example's numbers (784 pixels in 0..1 for a digit); or leave out and name a test example. */
	pixels?: number[];
	/** Which test example to trace, from 0, when no pixels are given. */
	example?: number;
	/** How many of each unit's largest terms to list (the rest are summed). */
	top?: number;
}

/** One term of a weighted sum: input `input` (its value x) times the weight w joining it to the unit. */
export interface SumTerm {
	input: number;
	x: number;
	w: number;
	product: number;
}

/** A unit's weighted sum, term by term: z = Σ terms + rest + bias (computed in double precision). */
export interface UnitSum {
	/** The largest terms by size, largest first. */
	terms: SumTerm[];
	/** The sum of every other term, and how many there are. */
	rest: number;
	restCount: number;
	bias: number;
}

export interface TracedLayer {
	layer: string;
	kind: LayerKind;
	/** What the stage applies to z: the spec's activation, or 'linear' for the output (its z are the logits). */
	activation: Activation;
	/** How many numbers come into each unit. */
	inputs: number;
	/** Each unit's weighted sum plus bias, as the model computed it. */
	z: number[];
	/** Each unit's output after the activation, as the model computed it (the output stage: the logits). */
	a: number[];
	units: UnitSum[];
}

export interface Trace {
	/** The training step of the weights traced. */
	step: number;
	/** The example's numbers, as traced. */
	input: number[];
	/** The test example's class; null for given pixels. */
	label: number | null;
	layers: TracedLayer[];
	/** The output stage's z. */
	logits: number[];
	/** The model's own class probabilities for the example (what `Trainer.predict` answers). */
	probabilities: number[];
}

/** Terms listed per unit when the page does not say. */
const TOP_TERMS = 8;

export async function trace(trainer: Trainer, { pixels, example, top = TOP_TERMS }: TraceArgs): Promise<Trace> {
	const size = inputSize(trainer.task);
	const stages = trainer.network.stages;
	if (stages.some((stage) => stage.kind !== 'dense' && stage.kind !== 'output') || trainer.spec.batchNorm) {
		throw new Error('Only a network of plain dense layers can be traced unit by unit.');
	}
	const { input, label } = await chooseInput(trainer, size, pixels, example);
	// Each stage's input, weighted sums and outputs, from the model's own layers in evaluation mode.
	const tensors = tf.tidy(() => {
		let x: tf.Tensor = tf.tensor2d(input, [1, size]);
		const kept: { x: tf.Tensor; z: tf.Tensor; a: tf.Tensor }[] = [];
		for (const stage of stages) {
			// The weighted sums from the layer's own weights: a hidden dense layer applies its
			// activation itself, so its output is already a.
			const [kernel, bias] = stage.kernelLayer.getWeights();
			const z = bias ? tf.add(tf.matMul(x, kernel), bias) : tf.matMul(x, kernel);
			const { output, hidden } = stage.apply(x, false);
			kept.push({ x, z, a: hidden ?? output });
			x = output;
		}
		const logits = kept.at(-1)!.z as tf.Tensor2D;
		return { kept, probabilities: probabilities(logits, trainer.task.classes) };
	});
	const weights = stages.map((stage) => stage.kernelLayer.getWeights());
	try {
		const layers: TracedLayer[] = [];
		for (const [i, stage] of stages.entries()) {
			const { x, z, a } = tensors.kept[i];
			const [kernel, bias] = weights[i];
			const [inputs, units] = kernel.shape;
			const [xs, zs, as, ks, bs] = await Promise.all([x.data(), z.data(), a.data(), kernel.data(), bias ? bias.data() : null]);
			layers.push({
				layer: stage.name,
				kind: stage.kind,
				activation: stage.kind === 'output' ? 'linear' : trainer.spec.activation,
				inputs,
				z: Array.from(zs),
				a: Array.from(as),
				units: Array.from({ length: units }, (_, u) => splitSum(xs, ks, units, u, bs?.[u] ?? 0, top))
			});
		}
		const logits = layers.at(-1)!.z;
		return { step: trainer.step, input, label, layers, logits, probabilities: Array.from(await tensors.probabilities.data()) };
	} finally {
		tf.dispose(tensors);
	}
}

/** The given pixels (checked), or test example `example`'s with its label. */
async function chooseInput(trainer: Trainer, size: number, pixels?: number[], example?: number) {
	if (pixels) {
		if (pixels.length !== size || !pixels.every(Number.isFinite)) {
			throw new Error(`An example here is ${size} finite numbers, not ${pixels.length}.`);
		}
		return { input: pixels, label: null };
	}
	const test = trainer.dataset.test;
	if (example === undefined || !Number.isInteger(example) || example < 0 || example >= test.count) {
		throw new Error(`Choose a test example from 0 to ${test.count - 1}.`);
	}
	const row = tf.tidy(() => [test.inputs.slice([example, 0], [1, size]), test.labels.slice([example], [1])]);
	try {
		const [values, labels] = await Promise.all(row.map((t) => t.data()));
		return { input: Array.from(values), label: labels[0] };
	} finally {
		tf.dispose(row);
	}
}

/** Unit u's terms x_i·w_iu, the `top` largest by size first, the rest summed; kernel[i*units+u] joins input i to unit u. */
export function splitSum(x: ArrayLike<number>, kernel: ArrayLike<number>, units: number, u: number, bias: number, top: number): UnitSum {
	const terms: SumTerm[] = [];
	for (let i = 0; i < x.length; i++) {
		const w = kernel[i * units + u];
		terms.push({ input: i, x: x[i], w, product: x[i] * w });
	}
	terms.sort((p, q) => Math.abs(q.product) - Math.abs(p.product) || p.input - q.input);
	const shown = terms.slice(0, top);
	const rest = terms.slice(top);
	return { terms: shown, rest: rest.reduce((s, term) => s + term.product, 0), restCount: rest.length, bias };
}
