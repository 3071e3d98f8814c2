// The measurements of `npm run bench`, each in a fresh browser context. The lab page exposes
// its latest numbers on a read-only hook, globalThis.__stepOne (tensors, programs, step,
// examplesPerSecond — the status line's, over the worker's wall clock —, accuracy, runs,
// overheadShare and testCount from the evaluation budget); the bare page on window.__bare.
import { gzipSync } from 'node:zlib';
import { median } from './browser.js';

/** Runs in the lab page before its scripts: frame intervals and long tasks, between marks. */
function recordFrames() {
	const record = { frames: [], longTasks: [], from: Infinity, to: Infinity };
	window.__frames = record;
	let last = null;
	const tick = (now) => {
		if (last !== null && now >= record.from && now <= record.to) record.frames.push(now - last);
		last = now;
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			if (entry.startTime >= record.from && entry.startTime <= record.to) record.longTasks.push(entry.duration);
		}
	}).observe({ type: 'longtask', buffered: true });
}

async function openLab(browser, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.addInitScript(recordFrames);
	try {
		await page.goto(url);
		await page.locator('button.primary:not([disabled])').first().waitFor({ timeout: 60_000 });
	} catch (error) {
		// The run goes on to the next measurement: leave no page training behind.
		await context.close();
		throw error;
	}
	return { context, page };
}

const hook = (page) => page.evaluate(() => globalThis.__stepOne ?? null);

/**
 * Trains the page at `url` and reads it: the first step's wait, then a window of `seconds` opening
 * 3 s after it, sampling the hook every 500 ms. The medians are of the status line's examples/s,
 * which counts the worker's whole wall clock (evaluations and probes included), so no sample
 * between evaluations can flatter it.
 */
async function trainAndRead(browser, url, seconds) {
	const { context, page } = await openLab(browser, url);
	try {
		const status = page.getByRole('status').first();
		const pressed = Date.now();
		await page.locator('button.primary').first().click();
		// The first step compiles every program the model needs; on a software WebGL the CNN's take
		// about 20 s, longer than the window, which then saw no step at all. So the window opens 3 s
		// after the first step, and that wait is reported.
		await page.waitForFunction(() => (globalThis.__stepOne?.step ?? 0) > 0, null, { timeout: 180_000, polling: 250 });
		const firstStepSeconds = (Date.now() - pressed) / 1000;
		await page.waitForTimeout(3000);
		const usedBackend = ((await status.innerText()).match(/· (WebGL|WASM|CPU) ·/) ?? [])[1]?.toLowerCase() ?? null;
		await page.evaluate((ms) => {
			window.__frames.from = performance.now();
			window.__frames.to = performance.now() + ms;
		}, seconds * 1000);
		const samples = [];
		const shares = [];
		const testCounts = [];
		let runs = null;
		for (let i = 0; i < seconds * 2; i++) {
			await page.waitForTimeout(500);
			const now = await hook(page);
			if (now?.examplesPerSecond) samples.push(now.examplesPerSecond);
			if (typeof now?.overheadShare === 'number') shares.push(now.overheadShare);
			if (typeof now?.testCount === 'number') testCounts.push(now.testCount);
			runs = now?.runs ?? runs;
		}
		const frames = await page.evaluate(() => window.__frames);
		const sorted = [...frames.frames].sort((a, b) => a - b);
		return {
			usedBackend,
			runs,
			examplesPerSecond: median(samples),
			firstStepSeconds,
			overheadShare: median(shares),
			testCount: median(testCounts),
			p95FrameMs: sorted.length ? sorted[Math.floor(sorted.length * 0.95)] : null,
			frames: sorted.length,
			longestTaskMs: frames.longTasks.length ? Math.max(...frames.longTasks) : 0
		};
	} finally {
		await context.close();
	}
}

/**
 * Examples/s in the live lab (every chart updating) and in the bare loop, plus smoothness.
 * With `repeats` > 1 the lab and the bare loop take turns that many times and each number is the
 * median of its turns: on a 2-core machine one 10-s window of either can be off by 15%.
 */
export async function throughput(browser, appUrl, bareUrl, backend, arch, seconds = 10, query = '', repeats = 1) {
	const turns = [];
	for (let i = 0; i < repeats; i++) turns.push(await throughputOnce(browser, appUrl, bareUrl, backend, arch, seconds, query));
	if (turns.length === 1) return turns[0];
	const mid = (key) => median(turns.map((t) => t[key]).filter((v) => typeof v === 'number'));
	const lab = mid('labExamplesPerSecond');
	const bare = mid('bareExamplesPerSecond');
	return {
		...turns[0],
		labExamplesPerSecond: lab,
		bareExamplesPerSecond: bare,
		ratio: lab && bare ? lab / bare : null,
		firstStepSeconds: mid('firstStepSeconds'),
		overheadShare: mid('overheadShare'),
		testCount: mid('testCount'),
		p95FrameMs: mid('p95FrameMs'),
		longestTaskMs: Math.max(...turns.map((t) => t.longestTaskMs ?? 0)),
		turns: turns.map(({ labExamplesPerSecond, bareExamplesPerSecond, p95FrameMs, overheadShare }) => ({ labExamplesPerSecond, bareExamplesPerSecond, p95FrameMs, overheadShare }))
	};
}

async function throughputOnce(browser, appUrl, bareUrl, backend, arch, seconds, query) {
	const lab = await trainAndRead(browser, `${appUrl}/mnist?backend=${backend}&arch=${arch}${query ? `&${query}` : ''}`, seconds);
	const usedBackend = lab.usedBackend ?? backend;

	let bare = null;
	if (usedBackend === backend) {
		// A bare page that fails to load or train costs only the ratio, not the lab's own numbers.
		const bareContext = await browser.newContext();
		try {
			const barePage = await bareContext.newPage();
			await barePage.goto(`${bareUrl}/?backend=${backend}&arch=${arch}&seconds=${seconds}`);
			await barePage.waitForFunction(() => window.__bare, null, { timeout: (seconds + 60) * 1000 });
			bare = await barePage.evaluate(() => window.__bare);
		} catch (error) {
			bare = { examplesPerSecond: null, error: `bare page failed: ${String(error?.message ?? error).split('\n')[0]}` };
		} finally {
			await bareContext.close();
		}
	}
	return {
		backend,
		arch,
		usedBackend,
		labExamplesPerSecond: lab.examplesPerSecond,
		firstStepSeconds: lab.firstStepSeconds,
		bareExamplesPerSecond: bare?.examplesPerSecond ?? null,
		bareError: bare?.error ?? null,
		ratio: bare?.examplesPerSecond && lab.examplesPerSecond ? lab.examplesPerSecond / bare.examplesPerSecond : null,
		overheadShare: lab.overheadShare,
		testCount: lab.testCount,
		p95FrameMs: lab.p95FrameMs,
		frames: lab.frames,
		longestTaskMs: lab.longestTaskMs
	};
}

/**
 * The page whose comparison and race the several-runs measurement trains, and its settings. Its
 * runs must cost alike, step for step: the learning-rate page's race is five SGD runs of one
 * network at five rates (from a base of 0.001: 0.00001 to 0.1, none diverging), and its comparison
 * is a second rate. (The optimizers page's race mixes optimizers whose steps cost differently.)
 */
const RUNS_PAGE = '/concepts/learning-rate?lr=0.001';

/**
 * One run, a two-run comparison and a five-run race of the same page, on one backend: each run's
 * examples/s (the main run's status line; lockstep runs all take the same steps), and how that
 * compares with 1/N of one run's (`share` = N-run rate × N ÷ one-run rate; the target is ≥ 0.9).
 */
export async function severalRuns(browser, appUrl, backend, seconds = 10, repeats = 1) {
	const extras = ['', '&cmp=1', '&race=1'];
	// With `repeats` > 1 the three take turns and each row is the median of its turns.
	const turns = extras.map(() => []);
	for (let i = 0; i < repeats; i++) {
		for (const [k, extra] of extras.entries()) turns[k].push(await trainAndRead(browser, `${appUrl}${RUNS_PAGE}&backend=${backend}${extra}`, seconds));
	}
	const rows = extras.map((extra, k) => {
		const mid = (key) => median(turns[k].map((t) => t[key]).filter((v) => typeof v === 'number'));
		return {
			query: extra.slice(1) || 'one run',
			...turns[k][0],
			examplesPerSecond: mid('examplesPerSecond'),
			overheadShare: mid('overheadShare'),
			p95FrameMs: mid('p95FrameMs'),
			turns: turns[k].map((t) => t.examplesPerSecond)
		};
	});
	const one = rows[0].examplesPerSecond;
	for (const row of rows) row.share = one && row.examplesPerSecond && row.runs ? (row.examplesPerSecond * row.runs) / one : null;
	return { backend, page: RUNS_PAGE, rows };
}

/** What a first visit to the lab downloads, compressed: the digits, the JavaScript, the WASM. */
export async function bytes(browser, appUrl) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const bodies = [];
	const collect = async (response) => {
		try {
			bodies.push({ url: response.url(), type: response.headers()['content-type'] ?? '', body: await response.body() });
		} catch {
			// redirects and aborted requests have no body
		}
	};
	page.on('response', collect);
	context.on('serviceworker', () => {});
	await page.goto(`${appUrl}/mnist`);
	await page.locator('button.primary:not([disabled])').waitFor({ timeout: 60_000 });
	await page.waitForTimeout(500);
	await context.close();
	const gz = (b) => gzipSync(b, { level: 9 }).length;
	const js = bodies.filter((b) => /javascript/.test(b.type) || b.url.endsWith('.js'));
	return {
		digitsBytes: bodies.filter((b) => b.url.endsWith('.bin')).reduce((s, b) => s + b.body.length, 0),
		javascriptGzipBytes: js.reduce((s, b) => s + gz(b.body), 0),
		javascriptFiles: js.length,
		wasmGzipBytes: bodies.filter((b) => b.url.endsWith('.wasm')).reduce((s, b) => s + gz(b.body), 0)
	};
}

/** Seconds from pressing Train until test accuracy first reaches each goal (null past the cap). */
export async function learningSpeed(browser, appUrl, query, goals, capSeconds) {
	const { context, page } = await openLab(browser, `${appUrl}/mnist?${query}`);
	const started = Date.now();
	await page.locator('button.primary').click();
	const reached = [];
	for (const goal of goals) {
		const left = capSeconds * 1000 - (Date.now() - started);
		try {
			if (left <= 0) throw new Error('cap');
			await page.waitForFunction((g) => (globalThis.__stepOne?.accuracy ?? 0) >= g, goal, { timeout: left, polling: 100 });
			reached.push((Date.now() - started) / 1000);
		} catch {
			reached.push(null);
		}
	}
	await context.close();
	return { query, goals, seconds: reached };
}

/** Tensor-count drift over epochs and over reset cycles; WebGL programs compiled after epoch 1. */
export async function hygiene(browser, appUrl, backend, epochs = 5, resets = 20) {
	const { context, page } = await openLab(browser, `${appUrl}/mnist?backend=${backend}`);
	const stepsPerEpoch = 125;
	const step = page.getByRole('button', { name: 'Step', exact: true });
	const train = page.locator('button.primary');
	const waitForStep = (n) => page.waitForFunction((s) => (globalThis.__stepOne?.step ?? 0) >= s, n, { timeout: 120_000 });
	await train.click();
	await waitForStep(stepsPerEpoch + 1);
	const afterFirst = await hook(page);
	await waitForStep(epochs * stepsPerEpoch + 1);
	await train.click();
	await page.waitForTimeout(500);
	await step.click();
	await page.waitForTimeout(500);
	const afterEpochs = await hook(page);
	const reset = page.getByRole('button', { name: 'Reset', exact: true });
	await reset.click();
	await step.click();
	await page.waitForFunction(() => globalThis.__stepOne?.step === 1, null, { timeout: 30_000 });
	const beforeResets = await hook(page);
	for (let i = 0; i < resets; i++) {
		// One step, then two, then one…: the step count shows the new model has reported.
		const steps = 2 - (i % 2);
		await reset.click();
		for (let k = 0; k < steps; k++) await step.click();
		await page.waitForFunction((n) => globalThis.__stepOne?.step === n, steps, { timeout: 30_000 });
	}
	await reset.click();
	await step.click();
	await page.waitForFunction(() => globalThis.__stepOne?.step === 1, null, { timeout: 30_000 });
	const afterResets = await hook(page);
	await context.close();
	return {
		backend,
		epochDrift: afterEpochs.tensors - afterFirst.tensors,
		resetDrift: afterResets.tensors - beforeResets.tensors,
		programsAfterFirstEpoch:
			afterFirst.programs === null || afterEpochs.programs === null ? null : afterEpochs.programs - afterFirst.programs
	};
}
