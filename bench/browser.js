// Shared by the benchmarks: serve the built site on loopback and start the system Chromium.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist'
];

/** Starts `vite preview` on a loopback port and resolves once it answers. */
export async function serve(port) {
	const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
		stdio: 'ignore',
		detached: true
	});
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
	if (!existsSync(CHROMIUM)) {
		throw new Error(`No Chromium at ${CHROMIUM}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`);
	}
	return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
