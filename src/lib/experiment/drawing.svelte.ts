/**
 * A learner's drawing and what the main run says it is. The prediction follows the model as it
 * learns: it is asked again after every rebuild and every test, and only the latest answer counts.
 */
import type { Command } from '../worker/protocol';

export class DrawingPrediction {
	/** Class probabilities for the drawing; null while there is none. */
	probabilities: number[] | null = $state.raw(null);
	private pixels: Float32Array | null = null;
	private id = 0;

	constructor(private readonly send: (command: Command) => void) {}

	/** A new drawing; asked now when the models can answer, else at their next `refresh`. */
	ask(pixels: Float32Array, ready: boolean): void {
		this.pixels = pixels;
		if (ready) this.refresh();
	}

	clear(): void {
		this.pixels = null;
		this.probabilities = null;
	}

	/** Asks again for the current drawing, if there is one. */
	refresh(): void {
		if (this.pixels) this.send({ type: 'predict', id: ++this.id, pixels: this.pixels });
	}

	/** An answer from the worker: kept only if it is for the latest question and the drawing is still there. */
	receive(id: number, probabilities: number[]): void {
		if (id === this.id && this.pixels) this.probabilities = probabilities;
	}
}
