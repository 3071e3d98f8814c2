import { defineConfig } from 'vitest/config';
import { sveltekit } from '@sveltejs/kit/vite';

export default defineConfig({
	plugins: [sveltekit()],
	worker: { format: 'es' },
	// Every asset is a file of this site, never a data: URL, so the page's CSP needs no data: source.
	build: { assetsInlineLimit: 0 },
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
	test: {
		expect: { requireAssertions: true },
		environment: 'node',
		include: ['src/**/*.test.ts'],
		// TF.js on the CPU backend is single-threaded, so files run side by side, one a core (the
		// default leaves one core free); no unit test measures time (speed lives in `npm run bench`).
		maxWorkers: 2,
		testTimeout: 60_000
	}
});
