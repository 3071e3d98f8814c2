/**
 * Picking a TF.js backend inside the worker. Auto prefers hardware WebGL, then WASM, then CPU.
 * Asking for WebGL by name allows software WebGL too (a learner asked for it, and it is how the
 * end-to-end tests run WebGL in headless Chromium). CNNs train on WASM too: tfjs-backend-wasm
 * 4.22 lacks the Conv2DBackpropFilter kernel, but the engine's own `convolve` never calls it.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { BackendChoice, BackendName } from '../engine/spec';
import type { BackendFallback, WasmPaths } from './protocol';

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

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** What draws WebGL here: null when there is no WebGL in a worker at all. */
function webglRenderer(): string | null {
	if (typeof OffscreenCanvas === 'undefined') return null;
	const canvas = new OffscreenCanvas(1, 1);
	const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
	if (!gl) return null;
	const info = gl.getExtension('WEBGL_debug_renderer_info');
	const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
	gl.getExtension('WEBGL_lose_context')?.loseContext();
	return renderer;
}

async function tryWasm(paths: WasmPaths): Promise<boolean> {
	setWasmPaths(paths);
	return tryBackend('wasm');
}

/**
 * Sets the backend; a worker does this once (a different choice gets a new worker). `wasmPaths`
 * say where the page's build keeps the WASM binaries.
 */
export async function chooseBackend(choice: BackendChoice, wasmPaths: WasmPaths): Promise<ChosenBackend> {
	if (choice === 'cpu') {
		await tryBackend('cpu');
		return { backend: 'cpu' };
	}
	if (choice === 'webgl' && (await tryWebgl(true))) return { backend: 'webgl' };
	let webglFallback: BackendFallback | undefined;
	if (choice === 'auto') {
		// Software WebGL trains slower than WASM, so Auto takes WebGL only from a real GPU.
		const renderer = webglRenderer();
		if (renderer !== null && !SOFTWARE_RENDERER.test(renderer) && (await tryWebgl(false))) return { backend: 'webgl' };
		webglFallback = renderer !== null && SOFTWARE_RENDERER.test(renderer) ? 'webglSoftware' : 'webglUnavailable';
	} else if (choice === 'webgl') {
		webglFallback = 'webglUnavailable';
	}
	if (await tryWasm(wasmPaths)) return { backend: 'wasm', fallback: webglFallback };
	await tryBackend('cpu');
	return { backend: 'cpu', fallback: webglFallback ?? (choice === 'wasm' ? 'wasmUnavailable' : undefined) };
}

/**
 * Calls `onLost` if the WebGL backend's context is lost (a GPU reset, a driver update, the
 * browser reclaiming memory). TF.js cannot go on with that backend: the weights on it are gone.
 */
export function watchContextLoss(onLost: () => void): void {
	if (tf.getBackend() !== 'webgl') return;
	const gl = (tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext } }).gpgpu?.gl;
	const canvas = gl?.canvas as OffscreenCanvas | HTMLCanvasElement | undefined;
	canvas?.addEventListener('webglcontextlost', onLost);
}
