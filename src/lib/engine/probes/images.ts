/**
 * The first layer's weights as pictures, one per unit: only where the first stage is a dense
 * layer looking straight at a one-channel image (an MLP on digits); a CNN's first dense layer
 * sees features, not pixels. Without hidden layers the first stage is the output itself, and its
 * ten pictures are the ten neurons' templates (the neuron page).
 */
import { kernelOf } from '../architectures';
import type { Trainer } from '../trainer';
import type { WeightImages } from '../types';

/** Units drawn, at most. */
const WEIGHT_IMAGE_UNITS = 16;

export async function probeWeightImages(trainer: Trainer): Promise<WeightImages | null> {
	const first = trainer.network.stages[0];
	const shape = trainer.task.inputShape;
	if ((first.kind !== 'dense' && first.kind !== 'output') || shape.length !== 3 || shape[2] !== 1) return null;
	const kernel = kernelOf(first);
	const [pixels, width] = kernel.shape;
	return firstLayerImages((await kernel.data()) as Float32Array, pixels, width, trainer.step);
}

/** Kernel [pixels, width] -> up to 16 row-major images, one per unit. */
export function firstLayerImages(kernel: Float32Array, pixels: number, width: number, step: number): WeightImages {
	const units = Math.min(WEIGHT_IMAGE_UNITS, width);
	const values = new Float32Array(units * pixels);
	for (let u = 0; u < units; u++) {
		for (let p = 0; p < pixels; p++) values[u * pixels + p] = kernel[p * width + u];
	}
	return { step, units, values };
}
