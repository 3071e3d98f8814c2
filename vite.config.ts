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
		// TF.js on the CPU backend is single-threaded; one file at a time keeps timings honest on 2 cores.
		fileParallelism: false,
		testTimeout: 60_000
	}
});
