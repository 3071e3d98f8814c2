import adapter from '@sveltejs/adapter-static';

/**
 * The Content-Security-Policy every page carries (prerendered pages get it as a <meta> tag).
 * SvelteKit adds the hash of its own inline start-up script to script-src; 'unsafe-inline' is
 * left out of script-src on purpose, since a hash in the list would make browsers ignore it anyway.
 */
const CSP_DIRECTIVES = {
	'default-src': ['self'],
	// WebAssembly (the WASM training backend) needs only 'wasm-unsafe-eval', never 'unsafe-eval'.
	'script-src': ['self', 'wasm-unsafe-eval'],
	'worker-src': ['self'],
	'connect-src': ['self'],
	// blob: for the pictures the page makes itself: a chart's svg drawn onto a canvas to save it as PNG.
	'img-src': ['self', 'blob:'],
	'font-src': ['self'],
	'style-src': ['self'],
	// Svelte's style: directives and KaTeX's typeset formulas set style attributes; those cannot run code.
	'style-src-attr': ['unsafe-inline'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

/**
 * Where the site lives: BASE_PATH=/step-one builds it for https://host/step-one/ (empty: the
 * host's root). BUILD_DIR names the output folder, so a second build for a sub-path can sit
 * beside build/ without overwriting it, or what `vite preview` serves from .svelte-kit.
 */
const BASE_PATH = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (BASE_PATH && !/^\/[^?#\s]+$/.test(BASE_PATH)) {
	throw new Error(`BASE_PATH must start with "/", e.g. /step-one (got "${process.env.BASE_PATH}").`);
}
const BUILD_DIR = process.env.BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Runes everywhere in our own code; libraries decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter({ pages: BUILD_DIR, assets: BUILD_DIR, fallback: '404.html' }),
		paths: { base: BASE_PATH },
		outDir: BUILD_DIR === 'build' ? '.svelte-kit' : `.svelte-kit-${BUILD_DIR}`,
		csp: { mode: 'hash', directives: CSP_DIRECTIVES },
		// static/.nojekyll tells GitHub Pages to serve _app/ as it is; it is no file of the site,
		// and many hosts refuse dotfiles, which would fail the offline copy's download.
		serviceWorker: { files: (file) => !file.split('/').some((part) => part.startsWith('.')) }
	}
};

export default config;
