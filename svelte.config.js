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

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Runes everywhere in our own code; libraries decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter({ fallback: '404.html' }),
		csp: { mode: 'hash', directives: CSP_DIRECTIVES }
	}
};

export default config;
