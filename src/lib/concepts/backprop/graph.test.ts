import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { buildGraph, chainRule } from './graph';
import { parameterName } from './names';
import { backwardPass, forwardPass, parameterRefs, type TinyNetwork } from './tiny';

const tiny: TinyNetwork = {
	activation: 'sigmoid',
	loss: 'crossEntropy',
	layers: [
		{ inputs: 2, units: 2, kernel: [0.5, -1.2, 0.8, 0.3], bias: [0.1, -0.4] },
		{ inputs: 2, units: 1, kernel: [1.5, -2], bias: [0.2] }
	]
};
const deep: TinyNetwork = {
	activation: 'tanh',
	loss: 'mse',
	layers: [
		{ inputs: 2, units: 3, kernel: [0.5, -1.2, 0.8, 0.3, 0.7, -0.1], bias: [0.1, -0.4, 0.2] },
		{ inputs: 3, units: 2, kernel: [1, -0.5, 0.3, 0.9, -0.7, 0.2], bias: [0, 0.3] },
		{ inputs: 2, units: 1, kernel: [1.5, -2], bias: [0.2] }
	]
};
const neuron: TinyNetwork = {
	activation: 'sigmoid',
	loss: 'crossEntropy',
	layers: [{ inputs: 2, units: 1, kernel: [0.9, -0.6], bias: [0.3] }]
};
const example = { x: [0.4, -0.7], y: 1 };

const typeset = (latex: string) => katex.renderToString(latex, { throwOnError: true, strict: 'error', displayMode: true });

describe.each([
	['a 2–2–1 sigmoid network', tiny],
	['a 2–3–2–1 tanh network', deep],
	['one neuron, no hidden layer', neuron]
] as const)('%s', (_, net) => {
	const pass = forwardPass(net, example);
	const back = backwardPass(net, pass, example.y);
	const graph = buildGraph(net, example, pass, back);

	it('walks every node forward, then every node but the inputs backward, each step typeset', () => {
		const forward = graph.steps.filter((s) => s.phase === 'forward').map((s) => s.node);
		const backward = graph.steps.filter((s) => s.phase === 'backward').map((s) => s.node);
		expect(forward).toEqual(graph.nodes.map((n) => n.id));
		expect([...backward].sort()).toEqual(graph.nodes.filter((n) => n.kind !== 'input').map((n) => n.id).sort());
		expect(backward[0]).toBe('L');
		for (const step of graph.steps) expect(() => typeset(step.latex), step.latex).not.toThrow();
		// Each parameter's gradient is worked out exactly once, and each weight sits on one edge.
		const worked = graph.steps.flatMap((s) => s.parameters).map((ref) => JSON.stringify(ref)).sort();
		expect(worked).toEqual(parameterRefs(net).map((ref) => JSON.stringify(ref)).sort());
		expect(graph.edges.filter((e) => e.parameter?.part === 'kernel')).toHaveLength(net.layers.reduce((n, l) => n + l.kernel.length, 0));
	});

	it('writes each parameter’s chain rule as factors whose product is its gradient, and names every parameter once', () => {
		for (const ref of parameterRefs(net)) {
			const rule = chainRule(net, example, pass, back, ref);
			expect(() => typeset(rule.latex)).not.toThrow();
			const product = rule.factors.reduce((a, b) => a * b, 1);
			expect(product).toBeCloseTo(back.layers[ref.layer][ref.part][ref.index], 12);
		}
		const names = parameterRefs(net).map((ref) => parameterName(net, ref).text);
		expect(new Set(names).size).toBe(names.length);
	});
});
