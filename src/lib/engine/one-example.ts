/**
 * The loss of a single example, worked out in plain numbers for the cost-function page: the
 * softmax of ten logits, both losses the engine trains with (loss.ts) and their slopes with
 * respect to the right class's logit. Plain JavaScript, so the page can redraw at every slider
 * move; a unit test holds it to the engine's own losses and to finite differences.
 */

/** Probabilities from logits; the largest logit is subtracted first so large logits do not overflow. */
export function softmax(logits: readonly number[]): number[] {
	const top = Math.max(...logits);
	const powers = logits.map((z) => Math.exp(z - top));
	const total = powers.reduce((a, b) => a + b, 0);
	return powers.map((e) => e / total);
}

/** Cross-entropy: −ln of the probability given to the right class. */
export function crossEntropy(probabilities: readonly number[], right: number): number {
	return -Math.log(probabilities[right]);
}

/** Squared error: Σₖ (pₖ − yₖ)² against the one-hot answer, as the engine's 'mse' loss. */
export function squaredError(probabilities: readonly number[], right: number): number {
	return probabilities.reduce((sum, p, k) => sum + (p - (k === right ? 1 : 0)) ** 2, 0);
}

/** ∂(cross-entropy)/∂z_right = p_right − 1: close to −1 however wrong the answer is. */
export function crossEntropySlope(probabilities: readonly number[], right: number): number {
	return probabilities[right] - 1;
}

/**
 * ∂(squared error)/∂z_right = 2·p·(2p − 1 − Σₖ pₖ²), p the right class's probability. From
 * ∂pₖ/∂z_j = pₖ(δₖⱼ − p_j): the softmax's own slope p(1 − p) multiplies the error, so a confident
 * mistake (p near 0) gets almost no gradient.
 */
export function squaredErrorSlope(probabilities: readonly number[], right: number): number {
	const p = probabilities[right];
	const sumOfSquares = probabilities.reduce((sum, q) => sum + q * q, 0);
	return 2 * p * (2 * p - 1 - sumOfSquares);
}

/** The same ten logits with the right class's one replaced. */
export function withLogit(logits: readonly number[], right: number, value: number): number[] {
	return logits.map((z, k) => (k === right ? value : z));
}

/** Points of a curve, `count` x values evenly spaced from `from` to `to`. */
function curve(from: number, to: number, count: number, y: (x: number) => number): { x: number; y: number }[] {
	return Array.from({ length: count }, (_, i) => {
		const x = from + ((to - from) * i) / (count - 1);
		return { x, y: y(x) };
	});
}

/**
 * Each loss against the probability p of the right class, for p from 0.01 to 1. Cross-entropy
 * depends on p alone; squared error also depends on how the rest is shared, so this curve takes
 * the other `classes − 1` classes to share 1 − p equally: (1 − p)² + (1 − p)²/(classes − 1).
 */
export function lossCurves(classes = 10, count = 100) {
	return {
		crossEntropy: curve(0.01, 1, count, (p) => -Math.log(p)),
		squaredError: curve(0.01, 1, count, (p) => (1 - p) ** 2 * (1 + 1 / (classes - 1)))
	};
}

/** Both slopes as the right class's logit sweeps from `from` to `to`, the other logits held. */
export function slopeCurves(logits: readonly number[], right: number, from = -10, to = 10, count = 81) {
	const at = (z: number) => softmax(withLogit(logits, right, z));
	return {
		crossEntropy: curve(from, to, count, (z) => crossEntropySlope(at(z), right)),
		squaredError: curve(from, to, count, (z) => squaredErrorSlope(at(z), right))
	};
}
