/**
 * The activation functions in plain numbers, for drawing their curves beside the network that
 * uses them. Each matches the TF.js layer the model builds, and its derivative matches `tf.grad`,
 * including the value TF.js picks at a kink.
 */
import type { Activation } from './spec';

export interface ActivationFunction {
	output(x: number): number;
	derivative(x: number): number;
}

export interface ActivationCurves {
	output: { x: number; y: number }[];
	derivative: { x: number; y: number }[];
}

/** The slope leaky ReLU keeps for negative inputs, as in the model. */
export const LEAKY_RELU_ALPHA = 0.01;
/** ELU's negative saturation value, TF.js's default. */
export const ELU_ALPHA = 1;

function sigmoid(x: number): number {
	// Two forms so that neither exp overflows for large |x|.
	if (x >= 0) return 1 / (1 + Math.exp(-x));
	const e = Math.exp(x);
	return e / (1 + e);
}

export const ACTIVATION_FUNCTIONS: Record<Activation, ActivationFunction> = {
	relu: {
		output: (x) => Math.max(0, x),
		// TF.js takes the slope at 0 as 0.
		derivative: (x) => (x > 0 ? 1 : 0)
	},
	leakyRelu: {
		output: (x) => (x > 0 ? x : LEAKY_RELU_ALPHA * x),
		derivative: (x) => (x > 0 ? 1 : LEAKY_RELU_ALPHA)
	},
	elu: {
		output: (x) => (x > 0 ? x : ELU_ALPHA * Math.expm1(x)),
		// TF.js takes the slope at 0 as 1.
		derivative: (x) => (x >= 0 ? 1 : ELU_ALPHA * Math.exp(x))
	},
	tanh: {
		output: Math.tanh,
		derivative: (x) => 1 - Math.tanh(x) ** 2
	},
	sigmoid: {
		output: sigmoid,
		derivative: (x) => sigmoid(x) * (1 - sigmoid(x))
	},
	linear: {
		output: (x) => x,
		derivative: () => 1
	}
};

/** `points` evenly spaced samples of an activation and its derivative on [from, to]. */
export function activationCurves(
	activation: Activation,
	from = -5,
	to = 5,
	points = 201
): ActivationCurves {
	const { output, derivative } = ACTIVATION_FUNCTIONS[activation];
	const count = Math.max(2, Math.floor(points));
	const curves: ActivationCurves = { output: [], derivative: [] };
	for (let i = 0; i < count; i++) {
		const x = from + ((to - from) * i) / (count - 1);
		curves.output.push({ x, y: output(x) });
		curves.derivative.push({ x, y: derivative(x) });
	}
	return curves;
}
