/**
 * Picking a TF.js backend inside the worker. Auto prefers hardware WebGL, then WASM, then CPU.
 * Asking for WebGL by name allows software WebGL too (a learner asked for it, and it is how the
 * end-to-end tests run WebGL in headless Chromium).
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { BackendChoice, BackendName } from '../engine/spec';
import type { BackendFallback } from './protocol';

export interface ChosenBackend {
	backend: BackendName;
	fallback?: BackendFallback;
}

async function tryBackend(name: BackendName): Promise<boolean> {
	try {
		return await tf.setBackend(name);
	} catch {
		return false;
	}
}

async function tryWebgl(allowSoftware: boolean): Promise<boolean> {
	// Read when the WebGL context is made: software WebGL is refused unless this is set.
	tf.env().set('SOFTWARE_WEBGL_ENABLED', allowSoftware);
	if (typeof OffscreenCanvas === 'undefined') return false;
	return tryBackend('webgl');
}

async function tryWasm(): Promise<boolean> {
	setWasmPaths({
		'tfjs-backend-wasm.wasm': wasmPlain,
		'tfjs-backend-wasm-simd.wasm': wasmSimd,
		'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded
	});
	return tryBackend('wasm');
}

/** Sets the backend; a worker does this once (a different choice gets a new worker). */
export async function chooseBackend(choice: BackendChoice): Promise<ChosenBackend> {
	if (choice === 'cpu') {
		await tryBackend('cpu');
		return { backend: 'cpu' };
	}
	if (choice === 'webgl' && (await tryWebgl(true))) return { backend: 'webgl' };
	if (choice === 'auto' && (await tryWebgl(false))) return { backend: 'webgl' };
	// Auto lands here when WebGL is missing or only software-rendered; either way, say so.
	const webglFallback: BackendFallback | undefined = choice === 'wasm' ? undefined : 'webglUnavailable';
	if (await tryWasm()) return { backend: 'wasm', fallback: webglFallback };
	await tryBackend('cpu');
	return { backend: 'cpu', fallback: webglFallback ?? (choice === 'wasm' ? 'wasmUnavailable' : undefined) };
}
