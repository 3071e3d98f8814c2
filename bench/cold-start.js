// Cold start of the MNIST lab, in a fresh browser context each run (nothing cached):
// navigation -> first completed training step, and pressing Train -> first completed step.
import { launch, median } from './browser.js';

/** Runs in the page before its scripts: timestamps the first status line that shows a step. */
function recordFirstStep() {
	const marks = {};
	window.__coldStart = marks;
	document.addEventListener(
		'click',
		(event) => {
			const button = event.target instanceof Element ? event.target.closest('button') : null;
			if (button?.textContent?.includes('Train') && marks.trainClicked === undefined) marks.trainClicked = performance.now();
		},
		true
	);
	new MutationObserver(() => {
		const status = document.querySelector('[role="status"]');
		if (marks.firstStep === undefined && status && /Step [1-9]/.test(status.textContent ?? '')) marks.firstStep = performance.now();
		if (marks.ready === undefined && status && /Step 0/.test(status.textContent ?? '')) marks.ready = performance.now();
	}).observe(document, { subtree: true, childList: true, characterData: true });
}

export async function coldStart(baseUrl, backend, runs = 3) {
	const browser = await launch();
	const samples = [];
	try {
		for (let i = 0; i < runs; i++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.addInitScript(recordFirstStep);
			await page.goto(`${baseUrl}/mnist?backend=${backend}`);
			const train = page.getByRole('button', { name: 'Train', exact: true });
			await train.waitFor();
			await page.waitForFunction(() => !document.querySelector('button.primary')?.hasAttribute('disabled'), null, { timeout: 60_000 });
			await train.click();
			await page.waitForFunction(() => window.__coldStart.firstStep !== undefined, null, { timeout: 60_000 });
			const marks = await page.evaluate(() => window.__coldStart);
			samples.push({
				readyMs: marks.ready,
				navigationToFirstStepMs: marks.firstStep,
				trainToFirstStepMs: marks.firstStep - marks.trainClicked
			});
			await context.close();
		}
	} finally {
		await browser.close();
	}
	return {
		backend,
		runs,
		readyMs: median(samples.map((s) => s.readyMs)),
		trainToFirstStepMs: median(samples.map((s) => s.trainToFirstStepMs)),
		// Navigation to first step when Train is pressed the moment it is enabled.
		navigationToFirstStepMs: median(samples.map((s) => s.readyMs + s.trainToFirstStepMs))
	};
}
