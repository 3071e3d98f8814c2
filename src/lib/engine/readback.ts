/** Reading values back from the backend: batched, awaited, and the tensors freed. */
import type * as tf from '@tensorflow/tfjs';
import { dispose } from '@tensorflow/tfjs';

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
