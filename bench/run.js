// `npm run bench`: builds nothing itself (the npm script builds first), serves the site on
// loopback, measures it in headless Chromium, prints a table and writes bench/results.json.
// Exit status 1 when a target is missed.
import { writeFileSync } from 'node:fs';
import { serve } from './browser.js';
import { coldStart } from './cold-start.js';

const TARGETS = {
	trainToFirstStepMs: { wasm: 1500, limit: 'at most' },
	navigationToFirstStepMs: { wasm: 3000, limit: 'at most' }
};

const server = await serve(4180);
const results = { date: new Date().toISOString(), coldStart: [] };
try {
	for (const backend of ['wasm', 'webgl']) results.coldStart.push(await coldStart(server.url, backend));
} finally {
	server.stop();
}

let missed = 0;
const rows = [['Backend', 'Measure', 'Median', 'Target', 'Met']];
for (const row of results.coldStart) {
	for (const [measure, target] of Object.entries(TARGETS)) {
		const value = row[measure];
		const goal = target[row.backend];
		const met = goal === undefined ? 'report' : value <= goal ? 'yes' : 'NO';
		if (met === 'NO') missed++;
		rows.push([row.backend, measure, `${Math.round(value)} ms`, goal === undefined ? '–' : `≤ ${goal} ms`, met]);
	}
}
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, '\t') + '\n');
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log([line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n'));
console.log(missed ? `\n${missed} target(s) missed.` : '\nEvery target met.');
process.exit(missed ? 1 : 0);
