/**
 * Backpropagation by hand, in double precision: a small dense network with one output logit (a
 * two-class point task), one example at a time. Forward keeps every sum z and output a; backward
 * walks them in reverse with the chain rule; central differences check every gradient. The same
 * functions serve the page and its test, so the check the learner sees is the one that is tested.
 * No TF.js: the model's own float32 numbers come from the `gradients` request.
 */
import { ACTIVATION_FUNCTIONS } from '../../engine/activations';
import type { Activation, LossKind } from '../../engine/spec';
import type { NetworkParameters } from '../../engine/types';

/** One dense layer: kernel[i * units + u] joins input i to unit u. */
export interface DenseLayer {
	inputs: number;
	units: number;
	kernel: number[];
	bias: number[];
}

/** Hidden layers then the output layer (one unit, the logit); the hidden layers share one activation. */
export interface TinyNetwork {
	layers: DenseLayer[];
	activation: Activation;
	loss: LossKind;
}

export interface Example {
	x: number[];
	/** The right class, 0 or 1. */
	y: number;
}

/** Every value of one forward pass. */
export interface ForwardPass {
	/** z[l][u]: unit u's weighted sum in layer l (the last layer's one unit is the logit o). */
	z: number[][];
	/** a[0] is the input; a[l + 1][u] is unit u's output in hidden layer l (the logit's is itself). */
	a: number[][];
	logit: number;
	/** Probability of class 1: σ(logit). */
	p: number;
	loss: number;
}

/** Gradients of the loss, shaped like the network's parameters. */
export interface LayerGradients {
	kernel: number[];
	bias: number[];
}

/** Every gradient of one backward pass. */
export interface BackwardPass {
	/** ∂L/∂p and ∂L/∂o. */
	p: number;
	logit: number;
	/** dz[l][u] = ∂L/∂z; da[l][u] = ∂L/∂a[l][u] (da[0] is the input's). */
	dz: number[][];
	da: number[][];
	layers: LayerGradients[];
}

/** One weight or bias: layer l's kernel entry or bias `index`. */
export interface ParameterRef {
	layer: number;
	part: 'kernel' | 'bias';
	index: number;
}

/** The run's parameters as the page's network, or null when they are not a one-logit dense network with biases. */
export function tinyNetwork(parameters: NetworkParameters, activation: Activation, loss: LossKind): TinyNetwork | null {
	const layers = parameters.layers;
	if (layers.length === 0 || layers.at(-1)!.units !== 1 || layers.some((l) => l.bias === null)) return null;
	return {
		activation,
		loss,
		layers: layers.map((l) => ({ inputs: l.inputs, units: l.units, kernel: Array.from(l.kernel), bias: Array.from(l.bias!) }))
	};
}

function sigmoid(x: number): number {
	return ACTIVATION_FUNCTIONS.sigmoid.output(x);
}

/** ln(1 + eˣ) without overflow. */
function softplus(x: number): number {
	return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/**
 * The loss of one example from its logit, as the model computes it: cross-entropy −ln p(right
 * class) = ln(1 + eᵒ) − y·o, or squared error (p₀ − y₀)² + (p₁ − y₁)² = 2(p − y)².
 */
export function lossOf(kind: LossKind, logit: number, y: number): number {
	if (kind === 'mse') return 2 * (sigmoid(logit) - y) ** 2;
	return softplus(logit) - y * logit;
}

/** ∂L/∂p: how the loss moves with the probability of class 1. */
function lossSlope(kind: LossKind, p: number, y: number): number {
	if (kind === 'mse') return 4 * (p - y);
	return -y / p + (1 - y) / (1 - p);
}

export function forwardPass(net: TinyNetwork, { x, y }: Example): ForwardPass {
	const f = ACTIVATION_FUNCTIONS[net.activation].output;
	const z: number[][] = [];
	const a: number[][] = [x.slice()];
	net.layers.forEach((layer, l) => {
		const input = a[l];
		const last = l === net.layers.length - 1;
		const sums = Array.from({ length: layer.units }, (_, u) => {
			let sum = layer.bias[u];
			for (let i = 0; i < layer.inputs; i++) sum += layer.kernel[i * layer.units + u] * input[i];
			return sum;
		});
		z.push(sums);
		a.push(last ? sums : sums.map(f));
	});
	const logit = z.at(-1)![0];
	return { z, a, logit, p: sigmoid(logit), loss: lossOf(net.loss, logit, y) };
}

/** The chain rule from the loss back to every parameter, reusing the forward pass's values. */
export function backwardPass(net: TinyNetwork, pass: ForwardPass, y: number): BackwardPass {
	const slope = ACTIVATION_FUNCTIONS[net.activation].derivative;
	const dp = lossSlope(net.loss, pass.p, y);
	// For cross-entropy the product (−y/p + (1−y)/(1−p))·p(1−p) is p − y: written so, it stays exact when p is near 0 or 1.
	const dLogit = net.loss === 'crossEntropy' ? pass.p - y : dp * pass.p * (1 - pass.p);
	const count = net.layers.length;
	const dz: number[][] = new Array(count);
	const da: number[][] = new Array(count + 1);
	const layers: LayerGradients[] = new Array(count);
	da[count] = [dLogit];
	for (let l = count - 1; l >= 0; l--) {
		const layer = net.layers[l];
		const last = l === count - 1;
		dz[l] = da[l + 1].map((g, u) => (last ? g : g * slope(pass.z[l][u])));
		const input = pass.a[l];
		const kernel = new Array(layer.inputs * layer.units);
		const back = new Array(layer.inputs).fill(0);
		for (let i = 0; i < layer.inputs; i++) {
			for (let u = 0; u < layer.units; u++) {
				kernel[i * layer.units + u] = dz[l][u] * input[i];
				back[i] += dz[l][u] * layer.kernel[i * layer.units + u];
			}
		}
		da[l] = back;
		layers[l] = { kernel, bias: dz[l].slice() };
	}
	return { p: dp, logit: dLogit, dz, da, layers };
}

/** Every parameter, layer by layer: its kernel entries in order, then its biases. */
export function parameterRefs(net: TinyNetwork): ParameterRef[] {
	return net.layers.flatMap((layer, l) => [
		...Array.from({ length: layer.kernel.length }, (_, index) => ({ layer: l, part: 'kernel' as const, index })),
		...Array.from({ length: layer.bias.length }, (_, index) => ({ layer: l, part: 'bias' as const, index }))
	]);
}

export function valueOf(net: TinyNetwork, ref: ParameterRef): number {
	return net.layers[ref.layer][ref.part][ref.index];
}

export function gradientOf(gradients: LayerGradients[], ref: ParameterRef): number {
	return gradients[ref.layer][ref.part][ref.index];
}

/** A copy of the network with one parameter moved by `delta`. */
export function nudged(net: TinyNetwork, ref: ParameterRef, delta: number): TinyNetwork {
	const layers = net.layers.map((layer, l) =>
		l !== ref.layer ? layer : { ...layer, [ref.part]: layer[ref.part].map((v, i) => (i === ref.index ? v + delta : v)) }
	);
	return { ...net, layers };
}

export function lossAt(net: TinyNetwork, example: Example): number {
	return forwardPass(net, example).loss;
}

/**
 * Step of the central differences. Their error is the curvature's, about ε² times the third
 * derivative, plus the loss's rounding divided by ε; on the page's trained networks 10⁻⁴ gives
 * the smallest sum (about 10⁻⁸ relative; at 10⁻⁶ rounding alone reaches 10⁻⁶).
 */
export const EPSILON = 1e-4;

/** (L(w + ε) − L(w − ε)) / 2ε for one parameter. */
export function centralDifference(net: TinyNetwork, example: Example, ref: ParameterRef, epsilon = EPSILON): number {
	return (lossAt(nudged(net, ref, epsilon), example) - lossAt(nudged(net, ref, -epsilon), example)) / (2 * epsilon);
}

/**
 * |a − n| / max(|a|, |n|): how far two estimates of one gradient disagree, relative to its size.
 * Gradients below `floor` are compared against the floor instead, since no rounding can be
 * smaller than a fraction of the loss itself; two zeros agree exactly.
 */
export function relativeError(analytic: number, numeric: number, floor = 1e-4): number {
	const scale = Math.max(Math.abs(analytic), Math.abs(numeric), floor);
	if (!Number.isFinite(analytic) || !Number.isFinite(numeric)) return Infinity;
	return Math.abs(analytic - numeric) / scale;
}

/** Agreement the page and its test ask of double-precision central differences. */
export const DOUBLE_TOLERANCE = 1e-6;
/** And of the model's float32 ones, on a digit network. */
export const FLOAT32_TOLERANCE = 1e-2;

export interface CheckRow {
	ref: ParameterRef;
	value: number;
	analytic: number;
	numeric: number;
	relativeError: number;
}

export interface GradientCheck {
	rows: CheckRow[];
	/** The largest relative error. */
	worst: number;
	/** Every row within the tolerance. */
	agree: boolean;
}

/** Puts analytic gradients beside numeric ones and says whether every pair agrees. */
export function compareGradients(
	rows: { ref: ParameterRef; value: number; analytic: number; numeric: number }[],
	tolerance: number
): GradientCheck {
	const checked = rows.map((row) => ({ ...row, relativeError: relativeError(row.analytic, row.numeric) }));
	const worst = checked.reduce((max, row) => Math.max(max, row.relativeError), 0);
	return { rows: checked, worst, agree: checked.every((row) => row.relativeError <= tolerance) };
}

/** Every parameter's analytic gradient (as given) against its central difference, on one example. */
export function checkGradients(net: TinyNetwork, example: Example, analytic: LayerGradients[], epsilon = EPSILON): GradientCheck {
	return compareGradients(
		parameterRefs(net).map((ref) => ({
			ref,
			value: valueOf(net, ref),
			analytic: gradientOf(analytic, ref),
			numeric: centralDifference(net, example, ref, epsilon)
		})),
		DOUBLE_TOLERANCE
	);
}
