/**
 * A small network as a computation graph for one example: its nodes (inputs, sums, hidden outputs,
 * logit, probability, loss) in columns, its edges (the weights), and the walk through it: every
 * value forward, then every gradient backward, each step written out with the real numbers in
 * LaTeX. Also the chain rule for one parameter as a product of local slopes. Pure: the panel draws.
 */
import { ACTIVATION_FUNCTIONS } from '../../engine/activations';
import type { Activation } from '../../engine/spec';
import { LOGIT, LOSS, PROBABILITY, factor, hiddenName, inputName, inputOf, latexNumber, parameterName, sumName, sumOf, type Name } from './names';
import type { BackwardPass, Example, ForwardPass, ParameterRef, TinyNetwork } from './tiny';

export type NodeKind = 'input' | 'sum' | 'hidden' | 'logit' | 'probability' | 'loss';

export interface GraphNode {
	id: string;
	kind: NodeKind;
	column: number;
	row: number;
	/** Nodes in its column. */
	rows: number;
	name: Name;
	value: number;
	/** ∂L/∂(this node); null for the inputs, which are data. */
	gradient: number | null;
}

export interface GraphEdge {
	from: string;
	to: string;
	/** The weight on it, when it has one. */
	parameter?: ParameterRef;
	weight?: number;
}

export interface WalkStep {
	phase: 'forward' | 'backward';
	node: string;
	/** The step's sum, written out with the real numbers (LaTeX). */
	latex: string;
	/** Parameters whose gradients this step works out. */
	parameters: ParameterRef[];
}

export interface ComputationGraph {
	nodes: GraphNode[];
	edges: GraphEdge[];
	columns: number;
	steps: WalkStep[];
}

const ACTIVATION_LATEX: Record<Activation, string> = {
	sigmoid: '\\sigma',
	tanh: '\\tanh',
	relu: '\\operatorname{ReLU}',
	leakyRelu: '\\operatorname{LReLU}',
	elu: '\\operatorname{ELU}',
	linear: '\\operatorname{id}'
};

export function activationLatex(activation: Activation): string {
	return ACTIVATION_LATEX[activation];
}

function chunks<T>(items: T[], size: number): T[][] {
	return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

const partial = (of: string, by: string) => `\\frac{\\partial ${of}}{\\partial ${by}}`;
const aligned = (lines: string[]) => `\\begin{aligned}${lines.join(' \\\\ ')}\\end{aligned}`;

/** ∂L/∂p for this loss and class, in symbols. */
function lossSlopeLatex(net: TinyNetwork, y: number): string {
	if (net.loss === 'mse') return '4(p - y)';
	return y === 1 ? '-\\frac{1}{p}' : '\\frac{1}{1 - p}';
}

/** Node ids, stable across examples so the panel can key its marks by them. */
const nodeId = {
	input: (i: number) => `x${i}`,
	sum: (l: number, u: number) => `z${l}-${u}`,
	hidden: (l: number, u: number) => `h${l}-${u}`,
	logit: 'o',
	probability: 'p',
	loss: 'L'
};

function sumNodeId(net: TinyNetwork, l: number, u: number): string {
	return l === net.layers.length - 1 ? nodeId.logit : nodeId.sum(l, u);
}

/** The node a parameter's bias belongs to: its unit's sum. */
export function biasNodeId(net: TinyNetwork, ref: ParameterRef): string | null {
	return ref.part === 'bias' ? sumNodeId(net, ref.layer, ref.index) : null;
}

/** The node that feeds input i of layer l. */
function inputNodeId(l: number, i: number): string {
	return l === 0 ? nodeId.input(i) : nodeId.hidden(l - 1, i);
}

export function buildGraph(net: TinyNetwork, example: Example, pass: ForwardPass, back: BackwardPass): ComputationGraph {
	const hidden = net.layers.length - 1;
	const f = activationLatex(net.activation);
	const slope = ACTIVATION_FUNCTIONS[net.activation].derivative;
	const nodes: GraphNode[] = [];
	const edges: GraphEdge[] = [];
	const forward: WalkStep[] = [];
	const backward: WalkStep[] = [];
	const inputs = example.x.length;

	for (let i = 0; i < inputs; i++) {
		nodes.push({ id: nodeId.input(i), kind: 'input', column: 0, row: i, rows: inputs, name: inputName(i), value: example.x[i], gradient: null });
		forward.push({ phase: 'forward', node: nodeId.input(i), latex: `${inputName(i).latex} = ${latexNumber(example.x[i])}`, parameters: [] });
	}

	net.layers.forEach((layer, l) => {
		const output = l === hidden;
		const column = 1 + 2 * l;
		for (let u = 0; u < layer.units; u++) {
			const id = sumNodeId(net, l, u);
			const name = sumOf(net, l, u);
			const z = pass.z[l][u];
			nodes.push({
				id,
				kind: output ? 'logit' : 'sum',
				column,
				row: u,
				rows: layer.units,
				name,
				value: z,
				gradient: back.dz[l][u]
			});
			const terms: string[] = [];
			const numbers: string[] = [];
			for (let i = 0; i < layer.inputs; i++) {
				const parameter: ParameterRef = { layer: l, part: 'kernel', index: i * layer.units + u };
				const weight = layer.kernel[parameter.index];
				edges.push({ from: inputNodeId(l, i), to: id, parameter, weight });
				terms.push(`${parameterName(net, parameter).latex}\\,${inputOf(net, l, i).latex}`);
				numbers.push(`${factor(weight)}\\,${factor(pass.a[l][i])}`);
			}
			const bias: ParameterRef = { layer: l, part: 'bias', index: u };
			terms.push(parameterName(net, bias).latex);
			numbers.push(factor(layer.bias[u]));
			forward.push({
				phase: 'forward',
				node: id,
				latex: aligned([`${name.latex} &= ${terms.join(' + ')}`, `&= ${numbers.join(' + ')}`, `&= ${latexNumber(z)}`]),
				parameters: []
			});
		}
		if (output) return;
		for (let u = 0; u < layer.units; u++) {
			const id = nodeId.hidden(l, u);
			const name = hiddenName(net, l, u);
			const z = sumName(net, l, u);
			nodes.push({
				id,
				kind: 'hidden',
				column: column + 1,
				row: u,
				rows: layer.units,
				name,
				value: pass.a[l + 1][u],
				gradient: back.da[l + 1][u]
			});
			edges.push({ from: nodeId.sum(l, u), to: id });
			forward.push({
				phase: 'forward',
				node: id,
				latex: `${name.latex} = ${f}(${z.latex}) = ${f}(${latexNumber(pass.z[l][u])}) = ${latexNumber(pass.a[l + 1][u])}`,
				parameters: []
			});
		}
	});

	const column = 2 * hidden + 1;
	nodes.push({ id: nodeId.probability, kind: 'probability', column: column + 1, row: 0, rows: 1, name: PROBABILITY, value: pass.p, gradient: back.p });
	nodes.push({ id: nodeId.loss, kind: 'loss', column: column + 2, row: 0, rows: 1, name: LOSS, value: pass.loss, gradient: 1 });
	edges.push({ from: nodeId.logit, to: nodeId.probability }, { from: nodeId.probability, to: nodeId.loss });
	forward.push({
		phase: 'forward',
		node: nodeId.probability,
		latex: `p = \\sigma(o) = \\sigma(${latexNumber(pass.logit)}) = ${latexNumber(pass.p)}`,
		parameters: []
	});
	const y = example.y;
	const lossLatex =
		net.loss === 'mse'
			? `L = 2(p - y)^2 = 2(${latexNumber(pass.p)} - ${y})^2`
			: y === 1
				? `L = -\\ln p = -\\ln ${latexNumber(pass.p)}`
				: `L = -\\ln(1 - p) = -\\ln(1 - ${latexNumber(pass.p)})`;
	forward.push({ phase: 'forward', node: nodeId.loss, latex: `${lossLatex} = ${latexNumber(pass.loss)}`, parameters: [] });

	// Backward: the loss, the probability, then each layer from the output down.
	backward.push({ phase: 'backward', node: nodeId.loss, latex: `${partial('L', 'L')} = 1`, parameters: [] });
	const pSlope = net.loss === 'mse' ? `4(${latexNumber(pass.p)} - ${y})` : y === 1 ? `-\\frac{1}{${latexNumber(pass.p)}}` : `\\frac{1}{1 - ${latexNumber(pass.p)}}`;
	backward.push({
		phase: 'backward',
		node: nodeId.probability,
		latex: `${partial('L', 'p')} = ${lossSlopeLatex(net, y)} = ${pSlope} = ${latexNumber(back.p)}`,
		parameters: []
	});
	for (let l = hidden; l >= 0; l--) {
		const layer = net.layers[l];
		const output = l === hidden;
		if (!output) {
			// ∂L/∂h: the sum over the units h feeds in the layer above.
			const above = net.layers[l + 1];
			for (let u = 0; u < layer.units; u++) {
				const name = hiddenName(net, l, u);
				const terms: string[] = [];
				const numbers: string[] = [];
				for (let k = 0; k < above.units; k++) {
					const parameter: ParameterRef = { layer: l + 1, part: 'kernel', index: u * above.units + k };
					terms.push(`${partial('L', sumOf(net, l + 1, k).latex)}\\,${parameterName(net, parameter).latex}`);
					numbers.push(`${factor(back.dz[l + 1][k])}\\,${factor(above.kernel[parameter.index])}`);
				}
				backward.push({
					phase: 'backward',
					node: nodeId.hidden(l, u),
					latex: `${partial('L', name.latex)} = ${terms.join(' + ')} = ${numbers.join(' + ')} = ${latexNumber(back.da[l + 1][u])}`,
					parameters: []
				});
			}
		}
		for (let u = 0; u < layer.units; u++) {
			const name = sumOf(net, l, u);
			const lines = output
				? [
						`${partial('L', 'o')} &= ${partial('L', 'p')}\\,\\sigma'(o) = ${partial('L', 'p')}\\,p(1 - p) = ${factor(back.p)}\\,${factor(pass.p * (1 - pass.p))} = ${latexNumber(back.dz[l][u])}`
					]
				: [
						`${partial('L', name.latex)} &= ${partial('L', hiddenName(net, l, u).latex)}\\,${f}'(${name.latex}) = ${factor(back.da[l + 1][u])}\\,${factor(slope(pass.z[l][u]))} = ${latexNumber(back.dz[l][u])}`
					];
			const parameters: ParameterRef[] = [];
			for (let i = 0; i < layer.inputs; i++) {
				const parameter: ParameterRef = { layer: l, part: 'kernel', index: i * layer.units + u };
				parameters.push(parameter);
				lines.push(
					`${partial('L', parameterName(net, parameter).latex)} &= ${partial('L', name.latex)}\\,${inputOf(net, l, i).latex} = ${factor(back.dz[l][u])}\\,${factor(pass.a[l][i])} = ${latexNumber(back.layers[l].kernel[parameter.index])}`
				);
			}
			const bias: ParameterRef = { layer: l, part: 'bias', index: u };
			parameters.push(bias);
			lines.push(`${partial('L', parameterName(net, bias).latex)} &= ${partial('L', name.latex)} = ${latexNumber(back.layers[l].bias[u])}`);
			backward.push({ phase: 'backward', node: sumNodeId(net, l, u), latex: aligned(lines), parameters });
		}
	}

	return { nodes, edges, columns: 2 * hidden + 4, steps: [...forward, ...backward] };
}

export interface ChainRule {
	/** The product of local slopes, in symbols, in their meaning, in numbers, and its value (LaTeX). */
	latex: string;
	/** The factors' values; their product is the gradient. */
	factors: number[];
}

/**
 * ∂L/∂(parameter) as a product of local slopes along the path from the loss down to it. With
 * several hidden layers a weight below the last one has many paths: the slope ∂L/∂h, summed over
 * them by the backward pass, then stands in for all of them.
 */
export function chainRule(net: TinyNetwork, example: Example, pass: ForwardPass, back: BackwardPass, ref: ParameterRef): ChainRule {
	const hidden = net.layers.length - 1;
	const layer = net.layers[ref.layer];
	const f = activationLatex(net.activation);
	const slope = ACTIVATION_FUNCTIONS[net.activation].derivative;
	const u = ref.part === 'bias' ? ref.index : ref.index % layer.units;
	const i = ref.part === 'bias' ? -1 : Math.floor(ref.index / layer.units);
	const w = parameterName(net, ref).latex;
	const symbols: string[] = [];
	const meanings: string[] = [];
	const factors: number[] = [];
	const add = (symbol: string, meaning: string, value: number) => {
		symbols.push(symbol);
		meanings.push(meaning);
		factors.push(value);
	};
	if (ref.layer >= hidden - 1) {
		add(partial('L', 'p'), lossSlopeLatex(net, example.y), back.p);
		add(partial('p', 'o'), 'p(1 - p)', pass.p * (1 - pass.p));
	}
	const sum = sumOf(net, ref.layer, u).latex;
	if (ref.layer < hidden) {
		const h = hiddenName(net, ref.layer, u).latex;
		if (ref.layer === hidden - 1) {
			const v = parameterName(net, { layer: hidden, part: 'kernel', index: u });
			add(partial('o', h), v.latex, net.layers[hidden].kernel[u]);
		} else {
			add(partial('L', h), partial('L', h), back.da[ref.layer + 1][u]);
		}
		add(partial(h, sum), `${f}'(${sum})`, slope(pass.z[ref.layer][u]));
	}
	if (ref.part === 'kernel') {
		const input = inputOf(net, ref.layer, i).latex;
		add(partial(sum, w), input, pass.a[ref.layer][i]);
	} else {
		add(partial(sum, w), '1', 1);
	}
	const gradient = back.layers[ref.layer][ref.part][ref.index];
	const latex = aligned([
		`${partial('L', w)} &= ${symbols.join('\\,')}`,
		`&= ${meanings.join(' \\cdot ')}`,
		// Three factors to a line, so the numbers fit a phone.
		...chunks(factors.map((v) => factor(v)), 3).map((group, k) => `&${k === 0 ? '=' : '\\times'} ${group.join(' \\times ')}`),
		`&= ${latexNumber(gradient, 4)}`
	]);
	return { latex, factors };
}
