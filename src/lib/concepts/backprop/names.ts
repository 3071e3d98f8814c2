/**
 * What the page calls each value and parameter of a small network, in LaTeX (formulas) and in
 * plain text with Unicode subscripts (the graph's labels and tables): inputs x, hidden sums z and
 * outputs h, the output's logit o and probability p, hidden weights w and biases b, output
 * weights v and bias c. With more than one hidden layer, a superscript says which.
 */
import type { ParameterRef, TinyNetwork } from './tiny';

export interface Name {
	latex: string;
	text: string;
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const sub = (n: number) => [...String(n)].map((d) => SUBSCRIPTS[Number(d)]).join('');
const sup = (n: number) => [...String(n)].map((d) => SUPERSCRIPTS[Number(d)]).join('');

/** A hidden-layer symbol: `z_{1}` or, with several hidden layers, `z^{(2)}_{1}`. */
function layered(symbol: string, layer: number, hiddenLayers: number, index: string, indexText: string): Name {
	if (hiddenLayers <= 1) return { latex: `${symbol}_{${index}}`, text: `${symbol}${indexText}` };
	return { latex: `${symbol}^{(${layer + 1})}_{${index}}`, text: `${symbol}${sup(layer + 1)}${indexText}` };
}

export function inputName(i: number): Name {
	return { latex: `x_{${i + 1}}`, text: `x${sub(i + 1)}` };
}

/** Unit u's weighted sum in hidden layer l. */
export function sumName(net: TinyNetwork, l: number, u: number): Name {
	return layered('z', l, net.layers.length - 1, `${u + 1}`, sub(u + 1));
}

/** Unit u's output in hidden layer l. */
export function hiddenName(net: TinyNetwork, l: number, u: number): Name {
	return layered('h', l, net.layers.length - 1, `${u + 1}`, sub(u + 1));
}

export const LOGIT: Name = { latex: 'o', text: 'o' };
export const PROBABILITY: Name = { latex: 'p', text: 'p' };
export const LOSS: Name = { latex: 'L', text: 'L' };

/** What layer l's unit-u input is called: x for the first layer, the previous hidden layer's h after. */
export function inputOf(net: TinyNetwork, l: number, i: number): Name {
	return l === 0 ? inputName(i) : hiddenName(net, l - 1, i);
}

/** What layer l's sum for unit u is called (the output layer's is the logit). */
export function sumOf(net: TinyNetwork, l: number, u: number): Name {
	return l === net.layers.length - 1 ? LOGIT : sumName(net, l, u);
}

export function parameterName(net: TinyNetwork, ref: ParameterRef): Name {
	const hidden = net.layers.length - 1;
	const layer = net.layers[ref.layer];
	const output = ref.layer === hidden;
	if (ref.part === 'bias') {
		if (output) return hidden === 0 ? { latex: 'b', text: 'b' } : { latex: 'c', text: 'c' };
		return layered('b', ref.layer, hidden, `${ref.index + 1}`, sub(ref.index + 1));
	}
	const i = Math.floor(ref.index / layer.units);
	const u = ref.index % layer.units;
	if (output) {
		const symbol = hidden === 0 ? 'w' : 'v';
		return { latex: `${symbol}_{${i + 1}}`, text: `${symbol}${sub(i + 1)}` };
	}
	// Two digits side by side read as one number past 9; a comma keeps them apart.
	const join = layer.inputs > 9 || layer.units > 9;
	return layered('w', ref.layer, hidden, `${i + 1}${join ? ',' : ''}${u + 1}`, `${sub(i + 1)}${join ? ',' : ''}${sub(u + 1)}`);
}

/** A number for a formula: about three significant digits, a minus sign LaTeX sets as such. */
export function latexNumber(value: number, digits = 3): string {
	if (!Number.isFinite(value)) return '\\text{–}';
	if (value === 0) return '0';
	const magnitude = Math.abs(value);
	if (magnitude < 1e-4 || magnitude >= 1e5) {
		const [mantissa, exponent] = value.toExponential(digits - 1).split('e');
		return `${mantissa} \\times 10^{${Number(exponent)}}`;
	}
	return String(Number(value.toPrecision(digits)));
}

/** A factor in a product: negative numbers in brackets. */
export function factor(value: number, digits = 3): string {
	const written = latexNumber(value, digits);
	return value < 0 || written.includes('\\times') ? `(${written})` : written;
}
