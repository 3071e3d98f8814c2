import type { Page } from '@playwright/test';
import { statusStep } from './a11y';
import { expect, statusNumber, test } from './fixtures';

/** Presses Train and waits until the run has taken more than `steps` steps. */
async function trainPast(page: Page, steps: number) {
	await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 30_000 });
	await page.getByRole('button', { name: 'Train', exact: true }).click();
	await expect.poll(() => statusStep(page), { timeout: 60_000, intervals: [200] }).toBeGreaterThan(steps);
}

/** The learning-rate slider moves 100 positions a decade from 1e-5: position 300 is 0.01, 600 is 10. */
const RATE_POSITION = { '0.01': '300', '10': '600' } as const;

const lossFigure = (page: Page) => page.locator('figure').filter({ has: page.locator('figcaption', { hasText: 'Loss falls' }) });

test('a learning-rate change while training keeps the step count growing and is marked on the loss chart', async ({ page }) => {
	await page.goto('/mnist?backend=wasm');
	await trainPast(page, 30);
	await page.getByLabel('Learning rate').fill(RATE_POSITION['0.01']);
	await expect(page).toHaveURL(/[?&]lr=0\.01(&|$)/);
	const changedAt = await statusStep(page);
	// No restart: every later reading is past the step of the change, and it keeps growing.
	let last = changedAt;
	await expect
		.poll(
			async () => {
				const now = await statusStep(page);
				expect(now).toBeGreaterThanOrEqual(last);
				last = now;
				return now;
			},
			{ timeout: 30_000, intervals: [200] }
		)
		.toBeGreaterThan(changedAt + 30);
	await expect(page.getByTestId('restart-question')).toHaveCount(0);
	const mark = lossFigure(page).locator('[data-mark="change"]');
	await expect(mark).toHaveCount(1);
	await expect(mark).toContainText('Learning rate 0.01');
	// At the step where the worker took the change: after the 30 steps before it, near where the page asked.
	const markedAt = Number(await mark.getAttribute('data-step'));
	expect(markedAt).toBeGreaterThan(30);
	expect(Math.abs(markedAt - changedAt)).toBeLessThan(60);
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
	// The table of numbers lists the change too.
	await lossFigure(page).getByText('Show the numbers').click();
	await expect(lossFigure(page).locator('table')).toContainText('Learning rate 0.01');
});

test('a huge learning rate with SGD makes the loss jump at once, without a restart', async ({ page }) => {
	await page.goto('/mnist?backend=wasm&opt=sgd&lr=0.1');
	await trainPast(page, 60);
	const calm = statusNumber(await page.getByRole('status').innerText(), 'Loss');
	expect(calm).toBeLessThan(1.5);
	await page.getByLabel('Learning rate').fill(RATE_POSITION['10']);
	await expect(page).toHaveURL(/[?&]lr=10(&|$)/);
	const changedAt = await statusStep(page);
	// The loss shoots up (or overflows, which stops the run with the divergence message) from the very next steps.
	await expect
		.poll(
			async () => {
				const text = await page.getByRole('status').innerText();
				const loss = statusNumber(text, 'Loss');
				return !(loss < Math.max(2.5, 3 * calm)) || (await page.getByRole('alert').count()) > 0;
			},
			{ timeout: 30_000, intervals: [100] }
		)
		.toBe(true);
	expect(await statusStep(page)).toBeGreaterThanOrEqual(changedAt);
	await expect(lossFigure(page).locator('[data-mark="change"]')).toContainText('Learning rate 10');
});

test('a width change while training asks before starting again, and starts again only on the button', async ({ page }) => {
	await page.goto('/mnist?backend=wasm');
	await trainPast(page, 30);
	const width = page.getByLabel('Units per layer');
	// The width slider stops at powers of two: position 6 is 64 units.
	await width.fill('6');
	const question = page.getByTestId('restart-question');
	await expect(question).toContainText('needs a new network');
	const asked = await statusStep(page);
	await expect.poll(() => statusStep(page), { timeout: 30_000 }).toBeGreaterThan(asked + 20);

	await question.getByRole('button', { name: 'Keep the current network' }).click();
	await expect(question).toHaveCount(0);
	await expect(width).toHaveAttribute('aria-valuetext', '128');
	await expect(page).not.toHaveURL(/width=/);
	const kept = await statusStep(page);
	expect(kept).toBeGreaterThan(asked);

	await width.fill('6');
	await expect(question).toBeVisible();
	const before = await statusStep(page);
	await question.getByRole('button', { name: 'Start again with this change' }).click();
	await expect(question).toHaveCount(0);
	await expect(page).toHaveURL(/[?&]width=64(&|$)/);
	await expect.poll(() => statusStep(page), { timeout: 30_000, intervals: [100] }).toBeLessThan(before);
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
});

test('"stop after 1 epoch" stops by itself at the end of epoch 1 and says so', async ({ page }) => {
	await page.goto('/mnist?backend=wasm');
	const stopAfter = page.getByLabel('Stop after epoch');
	await stopAfter.fill('1');
	await stopAfter.blur();
	await expect(page).toHaveURL(/[?&]epochs=1(&|$)/);
	await trainPast(page, 0);
	await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible({ timeout: 60_000 });
	// 8,000 training digits in batches of 64: 125 steps an epoch.
	await expect(page.getByRole('status')).toContainText('Epoch 1 · Step 125 ');
	await expect(page.getByTestId('stopped')).toHaveText('Stopped after epoch 1, as asked. Press Train to go on.');
	await page.waitForTimeout(500);
	expect(await statusStep(page)).toBe(125);
});

test('"stop at a test accuracy" stops by itself at the first evaluation that reaches it and says so', async ({ page }) => {
	await page.goto('/mnist?backend=wasm&until=80');
	await expect(page.getByLabel('Stop at test accuracy')).toHaveValue('80');
	await trainPast(page, 0);
	await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible({ timeout: 60_000 });
	const stopped = page.getByTestId('stopped');
	await expect(stopped).toContainText(/^Stopped at \d+\.\d% test accuracy, the target\./);
	const reached = Number((await stopped.innerText()).match(/at ([\d.]+)%/)![1]);
	expect(reached).toBeGreaterThanOrEqual(80);
	// The status line shows the same evaluation, and training stays stopped.
	await expect(page.getByRole('status')).toContainText(`Accuracy ${reached.toFixed(1)}%`);
	const at = await statusStep(page);
	await page.waitForTimeout(500);
	expect(await statusStep(page)).toBe(at);
});

/** Waits until the run diverges (its alert) or passes `steps` steps. */
async function divergesOrTrains(page: Page, steps: number): Promise<'diverged' | 'trained'> {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if ((await page.getByRole('alert').filter({ hasText: 'diverged' }).count()) > 0) return 'diverged';
		if ((await statusStep(page)) > steps) return 'trained';
		await page.waitForTimeout(200);
	}
	throw new Error(`Neither diverged nor passed step ${steps} within 60 s`);
}

test('"Reset with a 10× smaller learning rate" recovers the diverging run, pressed again while it still diverges', async ({ page }) => {
	// SGD on weights drawn with σ = 1 through three layers: measured on the engine, rates 10, 1 and
	// 0.1 all overflow within 20 steps; 0.01 trains without diverging.
	await page.goto('/mnist?backend=wasm&opt=sgd&lr=10&init=largeNormal&layers=3');
	await page.getByRole('button', { name: 'Train', exact: true }).click();
	const alert = page.getByRole('alert');
	const rates: string[] = [];
	for (let press = 0; press < 4; press++) {
		if ((await divergesOrTrains(page, 150)) === 'trained') break;
		const current = new URL(page.url()).searchParams.get('lr')!;
		await expect(alert).toContainText(`learning rate of ${Number(current) / 10} instead of ${current}`);
		await alert.getByRole('button', { name: 'Reset with a 10× smaller learning rate' }).click();
		await expect(page).toHaveURL(new RegExp(`[?&]lr=${String(Number(current) / 10).replace('.', '\\.')}(&|$)`));
		await expect(alert).toHaveCount(0);
		await expect(page.getByRole('status')).toContainText('Step 0 ');
		rates.push(new URL(page.url()).searchParams.get('lr')!);
		await page.getByRole('button', { name: 'Train', exact: true }).click();
	}
	// Each press tried a tenth of the last rate, and the last one trained past step 150 without diverging.
	expect(rates[0]).toBe('1');
	expect(rates.length).toBeGreaterThanOrEqual(1);
	expect(Number(rates.at(-1))).toBeLessThanOrEqual(0.1);
	expect(await statusStep(page)).toBeGreaterThan(150);
	await expect(alert).toHaveCount(0);
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
});

test('Reset undoes the changes made while training; "Back to this page’s set-up" restores the page’s own set-up', async ({ page }) => {
	await page.goto('/concepts/activation?backend=wasm&act=tanh&cmp=1&b.act=elu');
	await trainPast(page, 20);
	// A live change while training, then Reset: fresh weights with the settings training started with.
	await page.getByLabel('Learning rate', { exact: true }).fill('300');
	await expect(page).toHaveURL(/[?&]lr=0\.01(&|$)/);
	await page.getByRole('button', { name: 'Reset', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Step 0 ');
	await expect(page).not.toHaveURL(/[?&]lr=/);
	await expect(page.getByLabel('Activation', { exact: true })).toHaveValue('tanh');
	// Back to the page's set-up: its defaults, the comparison off; the learner's backend stays.
	await page.getByRole('button', { name: 'Back to this page’s set-up', exact: true }).click();
	await expect(page).toHaveURL(/\/concepts\/activation\?backend=wasm$/);
	await expect(page.getByLabel('Activation', { exact: true })).toHaveValue('sigmoid');
	await expect(page.getByLabel('Compare side by side')).not.toBeChecked();
	await expect(page.getByTestId('comparison-table')).toHaveCount(0);
	await expect(page.getByRole('status')).toContainText('Step 0 ');
});
