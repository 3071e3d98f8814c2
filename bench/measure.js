// The measurements of `npm run bench`, each in a fresh browser context. The lab page exposes
// its latest numbers on a read-only hook, globalThis.__stepOne (tensors, programs, step,
// examplesPerSecond, accuracy); the bare page on window.__bare.
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
		await page.locator('button.primary:not([disabled])').waitFor({ timeout: 60_000 });
	} catch (error) {
		// The run goes on to the next measurement: leave no page training behind.
		await context.close();
		throw error;
	}
	return { context, page };
}

const hook = (page) => page.evaluate(() => globalThis.__stepOne ?? null);

/** Examples/s in the live lab (every chart updating) and in the bare loop, plus smoothness. */
export async function throughput(browser, appUrl, bareUrl, backend, arch, seconds = 10, query = '') {
	const { context, page } = await openLab(browser, `${appUrl}/mnist?backend=${backend}&arch=${arch}${query ? `&${query}` : ''}`);
	const status = page.getByRole('status');
	const pressed = Date.now();
	await page.locator('button.primary').click();
	// The first step compiles every program the model needs; on a software WebGL the CNN's take
	// about 20 s, longer than the window, which then saw no step at all. So the window opens 3 s
	// after the first step, and that wait is reported.
	await page.waitForFunction(() => (globalThis.__stepOne?.step ?? 0) > 0, null, { timeout: 180_000, polling: 250 });
	const firstStepSeconds = (Date.now() - pressed) / 1000;
	await page.waitForTimeout(3000);
	const usedBackend = ((await status.innerText()).match(/· (WebGL|WASM|CPU) ·/) ?? [])[1]?.toLowerCase() ?? backend;
	await page.evaluate((ms) => {
		window.__frames.from = performance.now();
		window.__frames.to = performance.now() + ms;
	}, seconds * 1000);
	const samples = [];
	for (let i = 0; i < seconds * 2; i++) {
		await page.waitForTimeout(500);
		const now = await hook(page);
		if (now?.examplesPerSecond) samples.push(now.examplesPerSecond);
	}
	const frames = await page.evaluate(() => window.__frames);
	await context.close();

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
	const sorted = [...frames.frames].sort((a, b) => a - b);
	const lab = median(samples);
	return {
		backend,
		arch,
		usedBackend,
		labExamplesPerSecond: lab,
		firstStepSeconds,
		bareExamplesPerSecond: bare?.examplesPerSecond ?? null,
		bareError: bare?.error ?? null,
		ratio: bare?.examplesPerSecond ? lab / bare.examplesPerSecond : null,
		p95FrameMs: sorted.length ? sorted[Math.floor(sorted.length * 0.95)] : null,
		frames: sorted.length,
		longestTaskMs: frames.longTasks.length ? Math.max(...frames.longTasks) : 0
	};
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
