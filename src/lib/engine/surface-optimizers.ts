/**
 * The four optimizers as update rules for one weight on the made-up 2D surfaces, written exactly
 * as TF.js 4.22 steps (tfjs-core's sgd, momentum, rmsprop and adam optimizers; a test runs both
 * side by side). Each rule says what it keeps from step to step and how one gradient moves the weight.
 */
import type { ExperimentSpec, Optimizer } from './spec';
import { followPath, type DescentPath, type Surface } from './surfaces';

/** The settings the rules read: the learning rate and the βs. */
export type RuleSettings = Pick<ExperimentSpec, 'learningRate' | 'momentum' | 'beta1' | 'beta2'>;

/** TF.js's ε on the CPU and WASM backends (and WebGL at 32-bit precision): keeps a division by √v finite. */
export const EPSILON = 1e-7;
/** RMSProp's decay ρ: TF.js's default, which the optimizer table keeps. */
export const RMSPROP_DECAY = 0.9;

export interface UpdateRule {
	/** What the rule keeps for each weight before the first step (velocity, running means). */
	initial: readonly number[];
	/** One step for one weight with gradient `g` (t counts from 1): its change, and what it keeps. */
	step(g: number, kept: readonly number[], settings: RuleSettings, t: number): { change: number; kept: number[] };
}

export const UPDATE_RULES: Record<Optimizer, UpdateRule> = {
	// θ ← θ − η·g: keeps nothing.
	sgd: { initial: [], step: (g, _, { learningRate }) => ({ change: -learningRate * g, kept: [] }) },
	// v ← β·v + g, θ ← θ − η·v: keeps the velocity v.
	momentum: {
		initial: [0],
		step: (g, [v], { learningRate, momentum }) => {
			const velocity = momentum * v + g;
			return { change: -learningRate * velocity, kept: [velocity] };
		}
	},
	// s ← ρ·s + (1 − ρ)·g², θ ← θ − η·g / √(s + ε): keeps the running mean of squared gradients s.
	rmsprop: {
		initial: [0],
		step: (g, [s], { learningRate }) => {
			const meanSquare = RMSPROP_DECAY * s + (1 - RMSPROP_DECAY) * g * g;
			return { change: (-learningRate * g) / Math.sqrt(meanSquare + EPSILON), kept: [meanSquare] };
		}
	},
	// m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g², θ ← θ − η·m̂ / (√v̂ + ε) with m̂ = m / (1 − β₁ᵗ),
	// v̂ = v / (1 − β₂ᵗ): keeps both running means.
	adam: {
		initial: [0, 0],
		step: (g, [m, v], { learningRate, beta1, beta2 }, t) => {
			const first = beta1 * m + (1 - beta1) * g;
			const second = beta2 * v + (1 - beta2) * g * g;
			const corrected = [first / (1 - beta1 ** t), second / (1 - beta2 ** t)];
			return { change: (-learningRate * corrected[0]) / (Math.sqrt(corrected[1]) + EPSILON), kept: [first, second] };
		}
	}
};

/** The path `optimizer` takes on `surface` from `start`, each weight (w₁, w₂) keeping its own state. */
export function optimizerPath(
	surface: Surface,
	optimizer: Optimizer,
	settings: RuleSettings,
	steps: number,
	start: readonly [number, number] = surface.start
): DescentPath {
	const rule = UPDATE_RULES[optimizer];
	let kept = [rule.initial, rule.initial];
	return followPath(
		surface,
		(x, y, gradient, t) => {
			const moves = [x, y].map((_, i) => rule.step(gradient[i], kept[i], settings, t));
			kept = moves.map((move) => move.kept);
			return [x + moves[0].change, y + moves[1].change];
		},
		steps,
		start
	);
}
