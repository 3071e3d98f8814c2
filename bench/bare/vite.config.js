// Builds the bare TF.js page that `npm run bench` measures the playground against.
import { defineConfig } from 'vite';

export default defineConfig({
	root: new URL('.', import.meta.url).pathname,
	base: './',
	logLevel: 'warn',
	build: { outDir: new URL('../.bare-dist', import.meta.url).pathname, emptyOutDir: true },
	preview: { host: '127.0.0.1' }
});
