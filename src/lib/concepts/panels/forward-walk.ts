/**
 * The forward-propagation page's walk: the stages an example passes through, one per press of
 * "Step forward", and the softmax the page computes itself from the traced logits (in double
 * precision), which must agree with the model's own probabilities.
 */

/** One stop of the walk: the input, a layer's weighted sums, its activation, the softmax, the answer. */
export type WalkStage =
	| { kind: 'input' }
	| { kind: 'sum'; layer: number }
	| { kind: 'activation'; layer: number }
	| { kind: 'softmax' }
	| { kind: 'prediction' };

/**
 * The stages for a network of `layers` traced layers (hidden ones, then the output): each hidden
 * layer's sums and activation, the output's sums (the logits: it has no activation of its own).
 */
export function walkStages(layers: number): WalkStage[] {
	const stages: WalkStage[] = [{ kind: 'input' }];
	for (let layer = 0; layer < layers; layer++) {
		stages.push({ kind: 'sum', layer });
		if (layer < layers - 1) stages.push({ kind: 'activation', layer });
	}
	stages.push({ kind: 'softmax' }, { kind: 'prediction' });
	return stages;
}

/** The layer a stage looks at: its own, the first for the input, the output for the softmax and the answer. */
export function stageLayer(stage: WalkStage, layers: number): number {
	if (stage.kind === 'sum' || stage.kind === 'activation') return stage.layer;
	return stage.kind === 'input' ? 0 : layers - 1;
}

/** e^{z_k − max z} / Σ_j e^{z_j − max z}: the same as e^{z_k} / Σ e^{z_j}, without overflow. */
export function softmax(logits: readonly number[]): { exps: number[]; sum: number; probabilities: number[] } {
	const top = Math.max(...logits);
	const exps = logits.map((z) => Math.exp(z - top));
	const sum = exps.reduce((a, b) => a + b, 0);
	return { exps, sum, probabilities: exps.map((e) => e / sum) };
}

/** Index of the largest value (the first of equals). */
export function argmax(values: readonly number[]): number {
	let best = 0;
	for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
	return best;
}

/** The largest difference between two lists of numbers of the same length. */
export function largestDifference(a: readonly number[], b: readonly number[]): number {
	return a.reduce((worst, value, i) => Math.max(worst, Math.abs(value - b[i])), 0);
}
