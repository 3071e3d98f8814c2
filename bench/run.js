// `npm run bench`: the npm script builds the site first; this builds the bare TF.js page, serves
// both on loopback, measures them in headless Chromium, prints a table, writes bench/results.json,
// and exits 1 when a target is missed. Targets are ratios, sizes and counts, judged on WASM.
import { writeFileSync } from 'node:fs';
import { build } from 'vite';
import { launch, serve, serveBare } from './browser.js';
import { coldStart } from './cold-start.js';
import { bytes, hygiene, learningSpeed, throughput } from './measure.js';

await build({ configFile: new URL('./bare/vite.config.js', import.meta.url).pathname });
const app = await serve(4180);
const bare = await serveBare(4181);
const browser = await launch();
const results = { date: new Date().toISOString(), throughput: [], coldStart: [], learning: [], hygiene: [] };
const rows = [];
let missed = 0;
/** One row of the table; a target missed makes the run fail. */
function row(measure, backend, value, target, met) {
	if (met === false) missed++;
	rows.push([measure, backend, value, target ?? 'report', met === undefined ? '–' : met ? 'yes' : 'NO']);
}
const fmt = (n, digits = 0) => (n === null || n === undefined ? 'n/a' : Number(n).toFixed(digits));

try {
	for (const [backend, arch] of [
		['wasm', 'mlp'],
		['webgl', 'mlp'],
		['cpu', 'mlp'],
		['wasm', 'cnn'],
		['webgl', 'cnn'],
		['cpu', 'cnn']
	]) {
		const r = await throughput(browser, app.url, bare.url, backend, arch);
		results.throughput.push(r);
		const judged = backend === 'wasm';
		// Bare TF.js cannot train a convolution on WASM (no Conv2DBackpropFilter kernel): no ratio there.
		const bareNote = r.bareError ? 'bare TF.js cannot train it' : `${fmt(r.bareExamplesPerSecond)} ex/s`;
		row(`throughput ratio, ${arch} (${fmt(r.labExamplesPerSecond)} ex/s vs ${bareNote})`, r.usedBackend, fmt(r.ratio, 2), '≥ 0.9', judged && r.ratio !== null ? r.ratio >= 0.9 : undefined);
		row(`p95 frame interval, ${arch}`, r.usedBackend, `${fmt(r.p95FrameMs, 1)} ms`, '≤ 50 ms', judged ? r.p95FrameMs !== null && r.p95FrameMs <= 50 : undefined);
		row(`longest main-thread task, ${arch}`, r.usedBackend, `${fmt(r.longestTaskMs)} ms`, '≤ 100 ms', judged ? r.longestTaskMs <= 100 : undefined);
	}
	for (const backend of ['wasm', 'webgl']) {
		const r = await coldStart(app.url, backend);
		results.coldStart.push(r);
		const judged = backend === 'wasm';
		row('navigation → first step', backend, `${fmt(r.navigationToFirstStepMs)} ms`, '≤ 3000 ms', judged ? r.navigationToFirstStepMs <= 3000 : undefined);
		row('Train → first step', backend, `${fmt(r.trainToFirstStepMs)} ms`, '≤ 1500 ms', judged ? r.trainToFirstStepMs <= 1500 : undefined);
	}
	const b = await bytes(browser, app.url);
	results.bytes = b;
	row('digits asset over the wire', 'all', `${fmt(b.digitsBytes / 1e6, 2)} MB`, '≤ 1.7 MB', b.digitsBytes <= 1.7e6);
	row(`JavaScript of a first visit to /mnist, gzip (${b.javascriptFiles} files)`, 'all', `${fmt(b.javascriptGzipBytes / 1e3)} KB`, 'aim < 500 KB');
	row('WASM binaries of that visit, gzip', 'all', `${fmt(b.wasmGzipBytes / 1e3)} KB`);

	const mlp = await learningSpeed(browser, app.url, 'backend=wasm', [0.9], 60);
	results.learning.push(mlp);
	row('MLP: Train → 90% test accuracy', 'wasm', `${fmt(mlp.seconds[0], 1)} s`, '≤ 3 s', mlp.seconds[0] !== null && mlp.seconds[0] <= 3);
	const cnn = await learningSpeed(browser, app.url, 'backend=wasm&arch=cnn', [0.9, 0.95], 180);
	results.learning.push(cnn);
	row('CNN: Train → 90% test accuracy', 'wasm', cnn.seconds[0] === null ? 'not reached in 3 min' : `${fmt(cnn.seconds[0], 1)} s`);
	row('CNN: Train → 95% test accuracy', 'wasm', cnn.seconds[1] === null ? 'not reached in 3 min' : `${fmt(cnn.seconds[1], 1)} s`);

	for (const backend of ['wasm', 'webgl']) {
		const h = await hygiene(browser, app.url, backend);
		results.hygiene.push(h);
		row('tensor drift over 5 epochs', backend, String(h.epochDrift), '0', h.epochDrift === 0);
		row('tensor drift over 20 resets', backend, String(h.resetDrift), '0', h.resetDrift === 0);
		if (backend === 'webgl') {
			row('WebGL programs compiled after epoch 1', backend, String(h.programsAfterFirstEpoch), '0', h.programsAfterFirstEpoch === 0);
		}
	}
} finally {
	await browser.close();
	app.stop();
	bare.stop();
}

results.table = rows;
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, '\t') + '\n');
const header = ['Measure', 'Backend', 'Value', 'Target', 'Met'];
const all = [header, ...rows];
const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log([line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
console.log(missed ? `\n${missed} target(s) missed.` : '\nEvery target met.');
process.exit(missed ? 1 : 0);
