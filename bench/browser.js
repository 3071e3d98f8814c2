// Shared by the benchmarks: serve the built site on loopback and start the system Chromium.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from '../tests/chromium.js';

/** Starts `vite preview` of the built site on a loopback port and resolves once it answers. */
export function serve(port) {
	return start(['vite', 'preview', '--port', String(port), '--strictPort'], port);
}

/** The same for the bare TF.js page. */
export function serveBare(port) {
	return start(['vite', 'preview', '--config', 'bench/bare/vite.config.js', '--port', String(port), '--strictPort'], port);
}

async function start(args, port) {
	const server = spawn('npx', args, { stdio: 'ignore', detached: true });
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return { url, stop: () => process.kill(-server.pid) };
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	process.kill(-server.pid);
	throw new Error(`The preview server did not start on ${url}.`);
}

export async function launch() {
	return chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
}

export function median(values) {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
