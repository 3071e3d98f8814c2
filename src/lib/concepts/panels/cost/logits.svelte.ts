/**
 * The ten logits the cost-function page's slider moves, and where they came from: made-up ones
 * to start with (a confident mistake), or a test digit's from a run's network.
 */
import { crossEntropy, crossEntropySlope, softmax, squaredError, squaredErrorSlope, withLogit } from '../../../engine/one-example';

/** The slider's range; logits a network gives outside it are clamped (the page says so). */
export const LOGIT_RANGE = { min: -15, max: 15 } as const;

/** Made up for illustration: the right digit is 3, and class 5's logit is far ahead of it. */
const ILLUSTRATIVE = { logits: [0.5, -1.2, 1, 0, -0.8, 4, -1.5, 0.3, 1.6, -0.4], right: 3 };

export type LogitSource = { kind: 'illustrative' } | { kind: 'test'; index: number; step: number; run: number; clamped: boolean };

const clampLogit = (z: number) => Math.min(LOGIT_RANGE.max, Math.max(LOGIT_RANGE.min, z));

export class LogitExample {
	logits: number[] = $state.raw([...ILLUSTRATIVE.logits]);
	right = $state(ILLUSTRATIVE.right);
	source: LogitSource = $state.raw({ kind: 'illustrative' });

	readonly probabilities = $derived(softmax(this.logits));
	readonly p = $derived(this.probabilities[this.right]);
	readonly crossEntropy = $derived(crossEntropy(this.probabilities, this.right));
	readonly squaredError = $derived(squaredError(this.probabilities, this.right));
	readonly crossEntropySlope = $derived(crossEntropySlope(this.probabilities, this.right));
	readonly squaredErrorSlope = $derived(squaredErrorSlope(this.probabilities, this.right));
	readonly rightLogit = $derived(this.logits[this.right]);
	/** Every logit the same: the softmax can only guess, 1/10 each. */
	readonly allEqual = $derived(this.logits.every((z) => Math.abs(z - this.logits[0]) < 1e-9));

	/** Moves the right class's logit (the caller has checked the range). */
	setRightLogit(value: number): void {
		this.logits = withLogit(this.logits, this.right, clampLogit(value));
	}

	/** Every logit equal to the right one's: guessing. */
	equalize(): void {
		this.logits = this.logits.map(() => this.rightLogit);
	}

	/** A test digit's logits from run `run`'s network at `step`. */
	useTest(logits: number[], right: number, index: number, step: number, run: number): void {
		const clamped = logits.some((z) => z !== clampLogit(z));
		this.logits = logits.map(clampLogit);
		this.right = right;
		this.source = { kind: 'test', index, step, run, clamped };
	}
}
