import type { Page } from '@playwright/test';
import { CONCEPT_PAGES } from '../src/lib/concepts/pages';
import { expect, test } from './fixtures';

/** The latest value of one column of the comparison table, one number per run. */
async function column(page: Page, index: number): Promise<number[]> {
	const cells = page.getByTestId('comparison-table').locator(`tbody tr td:nth-child(${index + 1})`);
	return (await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')))).map(Number);
}
const TEST_LOSS = 3;
const GAP = 4;
const ACCURACY = 5;

const statusStep = async (page: Page) => Number((await page.getByRole('status').innerText()).match(/Step (\d+)/)?.[1] ?? 0);

/**
 * Trains until the main run passes `step`, pauses, then takes one more Step: a step taken while
 * paused always comes with a fresh evaluation of every run, so the table is current once it shows.
 */
async function trainUntilStep(page: Page, step: number, timeout = 90_000) {
	await page.getByRole('button', { name: 'Train', exact: true }).click();
	await expect.poll(() => statusStep(page), { timeout, intervals: [500] }).toBeGreaterThanOrEqual(step);
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
	// Step is enabled once the worker has reported the chunk that was under way.
	await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeEnabled();
	const settled = await statusStep(page);
	await page.getByRole('button', { name: 'Step', exact: true }).click();
	await expect.poll(() => statusStep(page)).toBe(settled + 1);
}

test('the comparison runs share seed and data: the same settings give identical curves', async ({ page }) => {
	await page.goto('/concepts/dropout?cmp=1&b.drop=0&backend=wasm&train=300&width=64');
	await trainUntilStep(page, 40);
	const rows = page.getByTestId('comparison-table').locator('tbody tr');
	await expect(rows).toHaveCount(2);
	for (const index of [1, 2, 3, 4, 5]) {
		const [a, b] = await column(page, index);
		expect(Number.isFinite(a)).toBe(true);
		expect(b).toBe(a);
	}
});

test('vanishing gradients: with 12 sigmoid layers the first layer gets 100× less gradient than the last', async ({ page }) => {
	await page.goto('/concepts/vanishing-gradients?layers=12&act=sigmoid&init=glorotUniform&backend=wasm');
	await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeEnabled({ timeout: 30_000 });
	await page.getByRole('button', { name: 'Step', exact: true }).click();
	const cells = page.getByTestId('gradient-norms-0').getByTestId('layer-values').locator('td[data-value]');
	await expect(cells).toHaveCount(13);
	const norms = (await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')))).map(Number);
	expect(norms[0] * 100).toBeLessThan(norms[12]);
});

test('dropout: the train–test gap ends smaller with dropout than without, on the same seed', async ({ page }) => {
	await page.goto('/concepts/dropout?cmp=1&backend=wasm');
	await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 30_000 });
	await trainUntilStep(page, 250, 120_000);
	const [without, withDropout] = await column(page, GAP);
	expect(without).toBeGreaterThan(0);
	expect(withDropout).toBeLessThan(without);
});

test('learning rate: a race trains five rates at once and shows the divergent one as a lesson', async ({ page }) => {
	await page.goto('/concepts/learning-rate?backend=wasm');
	await page.getByLabel('Sweep five learning rates').check();
	await expect(page).toHaveURL(/race=1/);
	await expect(page.getByTestId('comparison-table').locator('tbody tr')).toHaveCount(5);
	await trainUntilStep(page, 60);
	// ReLU units die rather than overflow, so the loss seldom turns NaN: it shoots up and is marked.
	await expect(page.getByTestId('comparison-table')).toContainText(/rate 10 \((diverged|blew up)\)/);
	const accuracy = await column(page, ACCURACY);
	expect(Math.max(...accuracy)).toBeGreaterThan(0.5);
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('batch norm: the run with batch normalization learns faster', async ({ page }) => {
	await page.goto('/concepts/batch-norm?cmp=1&backend=wasm');
	await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 30_000 });
	await trainUntilStep(page, 150);
	const [plain, normalized] = await column(page, ACCURACY);
	expect(normalized).toBeGreaterThan(plain + 0.2);
});

test('activation: sigmoid against ReLU, and "Try this" sets up the comparison in one click', async ({ page }) => {
	await page.goto('/concepts/activation?backend=wasm');
	await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 30_000 });
	const step = CONCEPT_PAGES.find((c) => c.slug === 'activation')!.tryThis.findIndex((s) => s.id === 'sigmoidVsRelu');
	await page.getByRole('listitem').filter({ hasText: 'Look for' }).nth(step).getByRole('button').click();
	await expect(page).toHaveURL(/cmp=1/);
	await expect(page.getByTestId('comparison-table').locator('tbody tr')).toHaveCount(2);
	await trainUntilStep(page, 150);
	const [sigmoid, relu] = await column(page, ACCURACY);
	expect(relu).toBeGreaterThan(sigmoid);
});
