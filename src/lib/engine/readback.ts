/** Reading values back from the backend: batched, awaited, and the tensors freed. */
import type * as tf from '@tensorflow/tfjs';
import { dispose, stack, tidy, zerosLike } from '@tensorflow/tfjs';

/** Reads tensors back, joined in order, and frees them. */
export async function readAndDispose(tensors: tf.Tensor[]): Promise<Float32Array> {
	// Each read on its own: joining a varying number of tensors first would compile a new
	// WebGL program for every group size (measured: `npm run bench`, programs after epoch 1).
	try {
		const parts = await Promise.all(tensors.map((t) => t.data() as Promise<Float32Array>));
		if (parts.length === 1) return parts[0];
		const joined = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
		parts.reduce((offset, p) => (joined.set(p, offset), offset + p.length), 0);
		return joined;
	} finally {
		dispose(tensors);
	}
}

/**
 * Reads up to `size` tensors of one shape with a single read, and frees them: stacked, with zeros
 * after them up to `size`, so the stack always has the same shape (no new WebGL program for a
 * short group) and a group of steps costs one download, not one each. The values of the tensors
 * given, joined in order, come back.
 */
export async function readStacked(tensors: tf.Tensor[], size: number): Promise<Float32Array> {
	if (tensors.length === 0) return new Float32Array(0);
	const each = tensors[0].size;
	try {
		if (tensors.length > size) throw new Error(`At most ${size} tensors are read at once.`);
		const stacked = tidy(() => {
			const padding = Array.from({ length: size - tensors.length }, () => zerosLike(tensors[0]));
			return stack([...tensors, ...padding]);
		});
		try {
			const values = (await stacked.data()) as Float32Array;
			return values.subarray(0, tensors.length * each);
		} finally {
			stacked.dispose();
		}
	} finally {
		dispose(tensors);
	}
}
