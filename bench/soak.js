// `npm run soak`: a class leaves a tab training for an hour. The npm script builds the site;
// this serves it on loopback, trains the MNIST lab for SOAK_MINUTES (10), then goes through
// SOAK_CYCLES (100) reset/rebuild cycles, and compares the worker's live tensors and the JS heaps
// (page and worker, after garbage collection) with where they stood after a warm-up. The
// warm-up trains for a minute and goes through a tenth of the cycles, so that code compiled on
// first use (the JIT's, the browser's) is in the baseline and growth means something kept.
// Targets: tensor drift 0, heap growth under 10%. Writes bench/soak.json; exits 1 on a miss.
import { writeFileSync } from 'node:fs';
import { launch, serve } from './browser.js';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const CYCLES = Number(process.env.SOAK_CYCLES ?? 100);
const BACKEND = process.env.SOAK_BACKEND ?? 'auto';
const WARM_UP_MS = Number(process.env.SOAK_WARM_UP_S ?? 60) * 1000;
const MAX_HEAP_GROWTH = 0.1;

const app = await serve(4182);
const browser = await launch();
let failed = false;
try {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
	await page.goto(`${app.url}/mnist?backend=${BACKEND}`);
	await page.locator('button.primary:not([disabled])').waitFor({ timeout: 60_000 });
	const heaps = await heapProbe(page);
	const hook = () => page.evaluate(() => globalThis.__stepOne);
	const button = (name) => page.getByRole('button', { name, exact: true });

	/** Reset, one Step, read: every measurement is taken at step 1 of a fresh model. */
	async function measure() {
		await button('Reset').click();
		await button('Step').click();
		await page.waitForFunction(() => globalThis.__stepOne?.step === 1, null, { timeout: 60_000 });
		return { tensors: (await hook()).tensors, ...(await heaps()) };
	}
	async function trainFor(ms) {
		await button('Train').click();
		await page.waitForTimeout(ms);
		await button('Pause').click();
		await page.waitForTimeout(500);
	}

	// Half the cycles are resets, half rebuild with another layer width; each trains a moment.
	const width = page.getByLabel('Units per layer');
	const defaultWidth = await width.inputValue();
	async function cycles(count) {
		for (let i = 0; i < count; i++) {
			if (i % 2 === 0) await button('Reset').click();
			else await width.fill(i % 4 === 1 ? String(Number(defaultWidth) - 1) : defaultWidth);
			const updates = (await hook())?.updates ?? 0;
			await button('Train').click();
			// Progress from the new model only: the page ignores the old one's after a rebuild.
			await page.waitForFunction((u) => (globalThis.__stepOne?.updates ?? 0) > u && globalThis.__stepOne.step >= 3, updates, {
				timeout: 60_000
			});
			await button('Pause').click();
			if ((i + 1) % 20 === 0) {
				log(`${i + 1} cycles: ${describe({ tensors: (await hook()).tensors, ...(await heaps()) })}`);
			}
		}
		await width.fill(defaultWidth);
	}

	await trainFor(WARM_UP_MS);
	await cycles(Math.ceil(CYCLES / 10));
	await trainFor(WARM_UP_MS);
	const start = await measure();
	log(`after warm-up: ${describe(start)}`);

	const started = Date.now();
	await button('Train').click();
	while (Date.now() - started < MINUTES * 60_000) {
		await page.waitForTimeout(30_000);
		const now = await hook();
		log(`${((Date.now() - started) / 60_000).toFixed(1)} min: step ${now.step}, ${now.tensors} tensors, accuracy ${((now.accuracy ?? 0) * 100).toFixed(1)}%`);
	}
	await button('Pause').click();
	await page.waitForTimeout(500);
	const trainedSteps = (await hook()).step;
	const afterTraining = await measure();
	log(`after ${MINUTES} min (${trainedSteps} steps): ${describe(afterTraining)}`);

	await cycles(CYCLES);
	await trainFor(WARM_UP_MS);
	const end = await measure();
	log(`after ${CYCLES} reset/rebuild cycles and a warm-up again: ${describe(end)}`);

	const result = {
		date: new Date().toISOString(),
		backend: BACKEND,
		minutes: MINUTES,
		trainedSteps,
		cycles: CYCLES,
		start,
		afterTraining,
		end,
		tensorDrift: end.tensors - start.tensors,
		tensorDriftAfterTraining: afterTraining.tensors - start.tensors,
		pageHeapGrowth: end.pageHeap / start.pageHeap - 1,
		workerHeapGrowth: end.workerHeap / start.workerHeap - 1,
		pageUsedGrowth: end.pageUsed / start.pageUsed - 1,
		workerUsedGrowth: end.workerUsed / start.workerUsed - 1
	};
	writeFileSync(new URL('./soak.json', import.meta.url), `${JSON.stringify(result, null, '\t')}\n`);
	const pct = (x) => `${(x * 100).toFixed(1)}%`;
	console.log(`
| measure | value | target | met |
| --- | --- | --- | --- |
| tensor drift, ${MINUTES} min of training | ${result.tensorDriftAfterTraining} | 0 | ${result.tensorDriftAfterTraining === 0 ? 'yes' : 'NO'} |
| tensor drift, + ${CYCLES} reset/rebuild cycles | ${result.tensorDrift} | 0 | ${result.tensorDrift === 0 ? 'yes' : 'NO'} |
| page JS heap growth | ${pct(result.pageHeapGrowth)} (${mb(start.pageHeap)} → ${mb(end.pageHeap)}) | < 10% | ${result.pageHeapGrowth < MAX_HEAP_GROWTH ? 'yes' : 'NO'} |
| worker JS heap growth | ${pct(result.workerHeapGrowth)} (${mb(start.workerHeap)} → ${mb(end.workerHeap)}) | < 10% | ${result.workerHeapGrowth < MAX_HEAP_GROWTH ? 'yes' : 'NO'} |
| page V8 heap with compiled code | ${pct(result.pageUsedGrowth)} (${mb(start.pageUsed)} → ${mb(end.pageUsed)}) | report | – |
| worker V8 heap with compiled code | ${pct(result.workerUsedGrowth)} (${mb(start.workerUsed)} → ${mb(end.workerUsed)}) | report | – |
`);
	failed =
		result.tensorDrift !== 0 ||
		result.tensorDriftAfterTraining !== 0 ||
		!(result.pageHeapGrowth < MAX_HEAP_GROWTH) ||
		!(result.workerHeapGrowth < MAX_HEAP_GROWTH);
	await context.close();
} finally {
	await browser.close();
	app.stop();
}
process.exit(failed ? 1 : 0);

/**
 * Measures the JS heaps of the page and of its training worker after a full garbage collection,
 * through the DevTools protocol (the worker through its target session). `objects` sums what a
 * heap snapshot holds minus compiled code: the JIT keeps compiling functions as they get hot,
 * which is not memory the app keeps; `used` is V8's whole used heap, code included.
 */
async function heapProbe(page) {
	const cdp = await page.context().newCDPSession(page);
	const pending = new Map();
	const workerChunks = [];
	let nextId = 1;
	let workerSession = null;
	cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
		if (targetInfo.type === 'worker') workerSession = sessionId;
	});
	cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
		const reply = JSON.parse(message);
		if (reply.method === 'HeapProfiler.addHeapSnapshotChunk') workerChunks.push(reply.params.chunk);
		pending.get(reply.id)?.(reply);
		pending.delete(reply.id);
	});
	await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
	const inWorker = (method, params = {}) =>
		new Promise((resolve, reject) => {
			const id = nextId++;
			pending.set(id, (reply) => (reply.error ? reject(new Error(reply.error.message)) : resolve(reply.result)));
			cdp.send('Target.sendMessageToTarget', { sessionId: workerSession, message: JSON.stringify({ id, method, params }) });
		});
	const pageChunks = [];
	cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => pageChunks.push(chunk));

	async function measureOne(send, chunks) {
		await send('HeapProfiler.enable');
		await send('HeapProfiler.collectGarbage');
		const { usedSize } = await send('Runtime.getHeapUsage');
		chunks.length = 0;
		await send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
		return { used: usedSize, objects: objectBytes(JSON.parse(chunks.join(''))) };
	}
	return async () => {
		if (!workerSession) throw new Error('The training worker is not attached.');
		const pageHeap = await measureOne((method, params) => cdp.send(method, params), pageChunks);
		const workerHeap = await measureOne(inWorker, workerChunks);
		return { pageHeap: pageHeap.objects, workerHeap: workerHeap.objects, pageUsed: pageHeap.used, workerUsed: workerHeap.used };
	};
}

/** Bytes of a heap snapshot's nodes, leaving out compiled code and what lives outside V8. */
function objectBytes(snapshot) {
	const { node_fields: fields, node_types: [types] } = snapshot.snapshot.meta;
	const typeAt = fields.indexOf('type');
	const sizeAt = fields.indexOf('self_size');
	const skipped = new Set(['code', 'native', 'synthetic']);
	let total = 0;
	for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
		if (!skipped.has(types[snapshot.nodes[i + typeAt]])) total += snapshot.nodes[i + sizeAt];
	}
	return total;
}

function describe(m) {
	return `${m.tensors} tensors, page heap ${mb(m.pageHeap)} (${mb(m.pageUsed)} with code), worker heap ${mb(m.workerHeap)} (${mb(m.workerUsed)} with code)`;
}
function mb(bytes) {
	return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}
function log(text) {
	console.log(`[soak] ${text}`);
}
