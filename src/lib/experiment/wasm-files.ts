/**
 * Where the WASM backend's binaries are, as full addresses for the training worker. They are
 * imported here, on the page, rather than in the worker, so they are files of the page's own
 * build: under the site's base path, and in the list the service worker keeps for offline use.
 */
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { WasmPaths } from '../worker/protocol';

/** Resolved against the page, since the worker would resolve a relative one against its own script. */
export function wasmPaths(): WasmPaths {
	const full = (url: string) => new URL(url, location.href).href;
	return {
		'tfjs-backend-wasm.wasm': full(wasmPlain),
		'tfjs-backend-wasm-simd.wasm': full(wasmSimd),
		'tfjs-backend-wasm-threaded-simd.wasm': full(wasmThreaded)
	};
}
