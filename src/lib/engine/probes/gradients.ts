/**
 * The L2 norm of the loss gradient with respect to each stage's kernel. Gradients exist only
 * inside a training step, so the recorder taps the step (`Trainer.train`'s `onLastGradients`)
 * and keeps the norms on the backend until they are read.
 */
import * as tf from '@tensorflow/tfjs';
import { identity, kernels, type Network } from '../architectures';
import type { GradientNormPoint } from '../types';

export class GradientRecorder {
	private latest: { step: number; norms: tf.Tensor1D } | null = null;

	constructor(private readonly network: Network) {}

	/** For `Trainer.train({ onLastGradients })`. */
	readonly record = (grads: tf.NamedTensorMap, step: number): void => {
		this.latest?.norms.dispose();
		const norms = tf.stack(kernels(this.network).map((k) => tf.norm(grads[k.name]))) as tf.Tensor1D;
		this.latest = { step, norms: tf.keep(norms) };
	};

	/** The latest recorded norms, or null before any step was recorded. */
	async read(): Promise<GradientNormPoint | null> {
		if (!this.latest) return null;
		const { step, norms } = this.latest;
		const values = await norms.data();
		return {
			step,
			layers: this.network.stages.map((stage, i) => ({ ...identity(stage), norm: values[i] }))
		};
	}

	dispose(): void {
		this.latest?.norms.dispose();
		this.latest = null;
	}
}
