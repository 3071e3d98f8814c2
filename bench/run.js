// `npm run bench`: the npm script builds the site first; this builds the bare TF.js page, serves
// both on loopback, measures them in headless Chromium, prints a table, writes bench/results.json,
// and exits 1 when a target is missed. Targets are ratios, sizes and counts: the MLP's speed ratio
// and frame interval on every backend, the rest on WASM. A measurement that throws reads n/a with
// its reason and the run goes on; a judged one counts as missed. BENCH_ONLY=throughput,runs (a
// comma list of sections: throughput, runs, coldStart, bytes, learning, hygiene) measures only
// those and writes bench/results-partial.json instead; BENCH_ARCH=mlp keeps one network's speed rows.
import { writeFileSync } from 'node:fs';
import { build } from 'vite';
import { launch, serve, serveBare } from './browser.js';
import { coldStart } from './cold-start.js';
import { bytes, hygiene, learningSpeed, severalRuns, throughput } from './measure.js';

const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : null;
const wanted = (section) => !only || only.has(section);
const archWanted = (arch) => !process.env.BENCH_ARCH || process.env.BENCH_ARCH === arch;

await build({ configFile: new URL('./bare/vite.config.js', import.meta.url).pathname });
const app = await serve(4180);
const bare = await serveBare(4181);
const browser = await launch();
const results = { date: new Date().toISOString(), throughput: [], runs: [], coldStart: [], learning: [], hygiene: [] };
const rows = [];
let missed = 0;
let failed = 0;
/** One row of the table; a target missed makes the run fail. */
function row(measure, backend, value, target, met) {
	if (met === false) missed++;
	rows.push([measure, backend, value, target ?? 'report', met === undefined ? '–' : met ? 'yes' : 'NO']);
}
/**
 * A measurement that threw: its rows read n/a with the reason, and the run goes on. A judged
 * target that could not be measured counts as missed, since nobody saw it met.
 */
function failedRows(error, measures) {
	failed++;
	const reason = String(error?.message ?? error).split('\n')[0].slice(0, 120);
	for (const [measure, backend, target, judged] of measures) {
		row(measure, backend, `n/a (${reason})`, target, judged ? false : undefined);
	}
	return reason;
}
/** Runs one measurement; on failure records its reason under `section` and returns null. */
async function attempt(section, what, run) {
	try {
		return await run();
	} catch (error) {
		console.error(`${what} failed:`, error);
		results[section].push({ ...what, error: String(error?.message ?? error).split('\n')[0] });
		return null;
	}
}
/** The lab set up as each model's page has it; the RNN page's network (64 tanh units reading rows, no hidden layer). */
const RNN_QUERY = 'layers=0&width=64&act=tanh&init=glorotUniform&rscale=1';
const ARCH_QUERIES = { mlp: '', cnn: '', rnn: RNN_QUERY };
const fmt = (n, digits = 0) => (n === null || n === undefined ? 'n/a' : Number(n).toFixed(digits));

try {
	for (const [backend, arch] of [
		['wasm', 'mlp'],
		['webgl', 'mlp'],
		['cpu', 'mlp'],
		['wasm', 'cnn'],
		['webgl', 'cnn'],
		['cpu', 'cnn'],
		['wasm', 'rnn'],
		['webgl', 'rnn'],
		['cpu', 'rnn']
	]) {
		if (!wanted('throughput')) break;
		if (!archWanted(arch)) continue;
		// The MLP is judged on every backend (issue 15), the CNN on WASM; the RNN's rows are reported.
		const judged = arch === 'mlp' || (backend === 'wasm' && arch === 'cnn');
		// The judged MLP rows take three turns each (medians): one 10-s window is too noisy to judge.
		const repeats = arch === 'mlp' ? 3 : 1;
		const r = await attempt('throughput', { backend, arch }, () => throughput(browser, app.url, bare.url, backend, arch, 10, ARCH_QUERIES[arch], repeats));
		if (!r) {
			failedRows(results.throughput.at(-1).error, [
				[`throughput ratio, ${arch}`, backend, '≥ 0.9', judged],
				[`p95 frame interval, ${arch}`, backend, '≤ 50 ms', judged],
				[`longest main-thread task, ${arch}`, backend, '≤ 100 ms', judged]
			]);
			continue;
		}
		results.throughput.push(r);
		// Bare TF.js cannot train a convolution on WASM (no Conv2DBackpropFilter kernel): no ratio there.
		const bareNote = r.bareError?.startsWith('bare page failed') ? r.bareError.slice(0, 80) : r.bareError ? 'bare TF.js cannot train it' : `${fmt(r.bareExamplesPerSecond)} ex/s`;
		row(`Train → first step, ${arch} (its programs compiled)`, r.usedBackend, `${fmt(r.firstStepSeconds, 1)} s`);
		const turnsNote = r.turns ? `, medians of ${r.turns.length} turns` : '';
		row(`throughput ratio, ${arch} (${fmt(r.labExamplesPerSecond)} ex/s vs ${bareNote}${turnsNote})`, r.usedBackend, fmt(r.ratio, 2), '≥ 0.9', judged && r.ratio !== null ? r.ratio >= 0.9 : undefined);
		row(`p95 frame interval, ${arch}${turnsNote}`, r.usedBackend, `${fmt(r.p95FrameMs, 1)} ms`, '≤ 50 ms', judged ? r.p95FrameMs !== null && r.p95FrameMs <= 50 : undefined);
		row(`longest main-thread task, ${arch}`, r.usedBackend, `${fmt(r.longestTaskMs)} ms`, '≤ 100 ms', judged && backend === 'wasm' ? r.longestTaskMs <= 100 : undefined);
		row(`worker time not training (evaluation budget), ${arch}; test digits a report`, r.usedBackend, `${fmt(r.overheadShare === null ? null : r.overheadShare * 100, 1)}%; ${fmt(r.testCount)}`, '≤ 10%', judged && arch === 'mlp' ? r.overheadShare !== null && r.overheadShare <= 0.1 : undefined);
	}
	for (const backend of ['wasm', 'webgl', 'cpu']) {
		if (!wanted('runs')) break;
		// Judged on WASM, where the targets can be met on this machine; the others are reported.
		const judged = backend === 'wasm';
		const r = await attempt('runs', { backend }, () => severalRuns(browser, app.url, backend, 10, judged ? 3 : 1));
		if (!r) {
			failedRows(results.runs.at(-1).error, [
				['2-run comparison: each run ÷ (one run / 2)', backend, '≥ 0.9', judged],
				['5-run race: each run ÷ (one run / 5)', backend, '≥ 0.9', judged]
			]);
			continue;
		}
		results.runs.push(r);
		const [one, ...several] = r.rows;
		row(`one run, ${r.page}`, one.usedBackend ?? backend, `${fmt(one.examplesPerSecond)} ex/s; p95 frame ${fmt(one.p95FrameMs, 1)} ms`);
		for (const s of several) {
			row(
				`${s.runs ?? '?'} runs (${s.query}): each ${fmt(s.examplesPerSecond)} ex/s ÷ (one run / ${s.runs ?? '?'}); p95 frame ${fmt(s.p95FrameMs, 1)} ms${s.turns.length > 1 ? `; medians of ${s.turns.length} turns` : ''}`,
				s.usedBackend ?? backend,
				fmt(s.share, 2),
				'≥ 0.9',
				judged ? s.share !== null && s.share >= 0.9 : undefined
			);
		}
	}
	for (const backend of ['wasm', 'webgl']) {
		if (!wanted('coldStart')) break;
		const judged = backend === 'wasm';
		const r = await attempt('coldStart', { backend }, () => coldStart(app.url, backend));
		if (!r) {
			failedRows(results.coldStart.at(-1).error, [
				['navigation → first step', backend, '≤ 3000 ms', judged],
				['Train → first step', backend, '≤ 1500 ms', judged]
			]);
			continue;
		}
		results.coldStart.push(r);
		row('navigation → first step', backend, `${fmt(r.navigationToFirstStepMs)} ms`, '≤ 3000 ms', judged ? r.navigationToFirstStepMs <= 3000 : undefined);
		row('Train → first step', backend, `${fmt(r.trainToFirstStepMs)} ms`, '≤ 1500 ms', judged ? r.trainToFirstStepMs <= 1500 : undefined);
	}
	if (wanted('bytes')) {
		try {
			const b = await bytes(browser, app.url);
			results.bytes = b;
			row('digits asset over the wire', 'all', `${fmt(b.digitsBytes / 1e6, 2)} MB`, '≤ 1.7 MB', b.digitsBytes <= 1.7e6);
			row(`JavaScript of a first visit to /mnist, gzip (${b.javascriptFiles} files)`, 'all', `${fmt(b.javascriptGzipBytes / 1e3)} KB`, 'aim < 500 KB');
			row('WASM binaries of that visit, gzip', 'all', `${fmt(b.wasmGzipBytes / 1e3)} KB`);
		} catch (error) {
			console.error('bytes failed:', error);
			results.bytes = { error: failedRows(error, [
				['digits asset over the wire', 'all', '≤ 1.7 MB', true],
				['JavaScript of a first visit to /mnist, gzip', 'all', 'aim < 500 KB', false],
				['WASM binaries of that visit, gzip', 'all', undefined, false]
			]) };
		}
	}

	if (wanted('learning')) {
		const mlp = await attempt('learning', { query: 'backend=wasm' }, () => learningSpeed(browser, app.url, 'backend=wasm', [0.9], 60));
		if (mlp) {
			results.learning.push(mlp);
			row('MLP: Train → 90% test accuracy', 'wasm', `${fmt(mlp.seconds[0], 1)} s`, '≤ 3 s', mlp.seconds[0] !== null && mlp.seconds[0] <= 3);
		} else {
			failedRows(results.learning.at(-1).error, [['MLP: Train → 90% test accuracy', 'wasm', '≤ 3 s', true]]);
		}
		if (archWanted('cnn')) {
			const cnn = await attempt('learning', { query: 'backend=wasm&arch=cnn' }, () =>
				learningSpeed(browser, app.url, 'backend=wasm&arch=cnn', [0.9, 0.95], 180)
			);
			if (cnn) {
				results.learning.push(cnn);
				row('CNN: Train → 90% test accuracy', 'wasm', cnn.seconds[0] === null ? 'not reached in 3 min' : `${fmt(cnn.seconds[0], 1)} s`);
				row('CNN: Train → 95% test accuracy', 'wasm', cnn.seconds[1] === null ? 'not reached in 3 min' : `${fmt(cnn.seconds[1], 1)} s`);
			} else {
				failedRows(results.learning.at(-1).error, [
					['CNN: Train → 90% test accuracy', 'wasm', undefined, false],
					['CNN: Train → 95% test accuracy', 'wasm', undefined, false]
				]);
			}
		}
		if (archWanted('rnn')) {
			const rnn = await attempt('learning', { query: `backend=wasm&arch=rnn&${RNN_QUERY}` }, () =>
				learningSpeed(browser, app.url, `backend=wasm&arch=rnn&${RNN_QUERY}`, [0.9], 180)
			);
			if (rnn) {
				results.learning.push(rnn);
				row('RNN (28 rows of 28 pixels): Train → 90% test accuracy', 'wasm', rnn.seconds[0] === null ? 'not reached in 3 min' : `${fmt(rnn.seconds[0], 1)} s`);
			} else {
				failedRows(results.learning.at(-1).error, [['RNN (28 rows of 28 pixels): Train → 90% test accuracy', 'wasm', undefined, false]]);
			}
		}
	}

	for (const backend of ['wasm', 'webgl']) {
		if (!wanted('hygiene')) break;
		const h = await attempt('hygiene', { backend }, () => hygiene(browser, app.url, backend));
		if (!h) {
			failedRows(results.hygiene.at(-1).error, [
				['tensor drift over 5 epochs', backend, '0', true],
				['tensor drift over 20 resets', backend, '0', true],
				...(backend === 'webgl' ? [['WebGL programs compiled after epoch 1', backend, '0', true]] : [])
			]);
			continue;
		}
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
writeFileSync(new URL(only ? './results-partial.json' : './results.json', import.meta.url), JSON.stringify(results, null, '\t') + '\n');
const header = ['Measure', 'Backend', 'Value', 'Target', 'Met'];
const all = [header, ...rows];
const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log([line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
console.log(missed ? `\n${missed} target(s) missed (an unmeasured judged target counts as missed).` : '\nEvery target met.');
if (failed) console.log(`${failed} measurement(s) failed; their rows read n/a with the reason.`);
process.exit(missed ? 1 : 0);
