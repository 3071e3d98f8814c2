/**
 * Faults a classroom meets: the GPU drops its context, the training worker dies, the tab is
 * hidden (no-webgl.test.ts: the machine has no WebGL at all). Each is caused for real in the browser: the context
 * is lost through WebGL's own WEBGL_lose_context, the worker throws an uncaught error.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, statusNumber, test } from './fixtures';

const status = (page: Page) => page.getByRole('status');
const step = async (page: Page) => statusNumber(await status(page).innerText(), 'Step');
const accuracy = async (page: Page) => statusNumber(await status(page).innerText(), 'Accuracy');

/** Trains until the status line shows at least `percent`% test accuracy and a checkpoint exists. */
async function trainUntil(page: Page, percent: number): Promise<void> {
	await page.getByRole('button', { name: 'Train', exact: true }).click();
	await expect.poll(() => accuracy(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(percent);
	// The worker sends a checkpoint every 5 s of training.
	await page.waitForTimeout(5500);
}

function trainingWorker(page: Page): Worker {
	const workers = page.workers();
	expect(workers).toHaveLength(1);
	return workers[0];
}

/** Makes the page look hidden (or shown) to its scripts, as switching tabs does. */
async function setHidden(page: Page, hidden: boolean): Promise<void> {
	await page.evaluate((hidden) => {
		Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
		Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
		document.dispatchEvent(new Event('visibilitychange'));
	}, hidden);
}

const updates = (page: Page) => page.evaluate(() => globalThis.__stepOne?.updates ?? 0);

test('a lost WebGL context pauses training, rebuilds the backend and resumes from the last weights', async ({ page }) => {
	await page.goto('/mnist?backend=webgl');
	await trainUntil(page, 85);
	const worker = trainingWorker(page);
	await worker.evaluate(() => {
		// TF.js keeps its engine on the global object; its WebGL backend holds the context.
		const engine = (globalThis as unknown as { _tfengine: { backend: { gpgpu: { gl: WebGL2RenderingContext } } } })._tfengine;
		engine.backend.gpgpu.gl.getExtension('WEBGL_lose_context')!.loseContext();
	});
	const alert = page.getByTestId('recovery');
	await expect(alert).toContainText('WebGL context');
	const resumedAt = Number((await alert.innerText()).match(/step (\d+)/)![1]);
	expect(resumedAt).toBeGreaterThan(0);
	await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 60_000 });
	await expect(status(page)).toContainText(`Step ${resumedAt} `);
	await expect(status(page)).toContainText('WebGL');
	expect(page.workers()).toHaveLength(1);

	await page.getByRole('button', { name: 'Train', exact: true }).click();
	await expect(alert).toHaveCount(0);
	await expect.poll(() => step(page), { timeout: 30_000 }).toBeGreaterThan(resumedAt + 20);
	// The weights came back: a fresh network would be near 10% here, not 85%.
	await expect.poll(() => accuracy(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(85);
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
});

test('a crashed training worker is reported and a new one takes over from the last weights', async ({ page }) => {
	await page.goto('/mnist?backend=wasm');
	await trainUntil(page, 85);
	const worker = trainingWorker(page);
	await worker.evaluate(() => {
		setTimeout(() => {
			throw new Error('simulated crash');
		});
	});
	const alert = page.getByTestId('recovery');
	await expect(alert).toContainText('crashed');
	await expect(alert).toContainText('simulated crash');
	const resumedAt = Number((await alert.innerText()).match(/step (\d+)/)![1]);
	expect(resumedAt).toBeGreaterThan(0);
	await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 60_000 });
	await expect(status(page)).toContainText(`Step ${resumedAt} `);
	expect(page.workers()).not.toContain(worker);

	await page.getByRole('button', { name: 'Train', exact: true }).click();
	await expect.poll(() => step(page), { timeout: 30_000 }).toBeGreaterThan(resumedAt + 20);
	await expect.poll(() => accuracy(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(85);
	// Reset still starts afresh.
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
	await page.getByRole('button', { name: 'Reset', exact: true }).click();
	await expect(status(page)).toContainText('Step 0 ');
	await expect(alert).toHaveCount(0);
});

test('a hidden tab pauses training by default and resumes it when shown again', async ({ page }) => {
	await page.goto('/mnist?backend=wasm');
	await expect(page.getByLabel('Keep training while this tab is hidden')).not.toBeChecked();
	await page.getByRole('button', { name: 'Train', exact: true }).click();
	await expect.poll(() => step(page)).toBeGreaterThan(50);
	await setHidden(page, true);
	await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
	// Step is enabled once the chunk under way when the tab was hidden has reported.
	await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeEnabled();
	const paused = await step(page);
	await page.waitForTimeout(1500);
	expect(await step(page)).toBe(paused);
	await setHidden(page, false);
	await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
	await expect.poll(() => step(page)).toBeGreaterThan(paused + 20);
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
});

test('a hidden tab keeps training when asked to, with five times fewer updates, and remembers the choice', async ({ page }) => {
	await page.goto('/mnist?backend=wasm');
	// Once the page is running (a built model says so): before that, the kept choice is still being read.
	await expect(page.getByRole('status')).toContainText('Step 0 ·');
	await page.getByLabel('Keep training while this tab is hidden').check();
	await page.getByRole('button', { name: 'Train', exact: true }).click();
	await expect.poll(() => step(page)).toBeGreaterThan(50);

	const visibleFrom = await updates(page);
	await page.waitForTimeout(3000);
	const visibleUpdates = (await updates(page)) - visibleFrom;

	await setHidden(page, true);
	await page.waitForTimeout(1200);
	const hiddenFrom = await updates(page);
	const stepFrom = await step(page);
	await page.waitForTimeout(3000);
	const hiddenUpdates = (await updates(page)) - hiddenFrom;
	expect(await step(page)).toBeGreaterThan(stepFrom);
	expect(hiddenUpdates).toBeGreaterThanOrEqual(1);
	expect(hiddenUpdates).toBeLessThanOrEqual(4);
	// Five updates a second while visible, one while hidden; half of that rate is the floor here.
	expect(visibleUpdates).toBeGreaterThanOrEqual(5 * 3 * 0.5);
	await setHidden(page, false);
	await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Pause', exact: true }).click();

	await page.reload();
	await expect(page.getByLabel('Keep training while this tab is hidden')).toBeChecked();
});
