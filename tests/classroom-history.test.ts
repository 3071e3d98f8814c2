import type { Page } from '@playwright/test';
import { seriousViolations, statusStep } from './a11y';
import { expect, test } from './fixtures';

/** The learning-rate slider moves 100 positions a decade from 1e-5: 300 is 0.01, 400 is 0.1. */
const RATE_POSITION = { '0.01': '300', '0.1': '400' } as const;

const lossFigure = (page: Page) => page.locator('figure').filter({ has: page.locator('figcaption', { hasText: 'Loss falls' }) });
const accuracyFigure = (page: Page) =>
	page.locator('figure').filter({ has: page.locator('figcaption', { hasText: 'Share of the 2,000 test digits' }) });

/** Presses Step `count` times, each time waiting for its step to show. */
async function step(page: Page, count: number) {
	const button = page.getByRole('button', { name: 'Step', exact: true });
	for (let i = 0; i < count; i++) {
		const before = await statusStep(page);
		await expect(button).toBeEnabled({ timeout: 30_000 });
		await button.click();
		await expect.poll(() => statusStep(page)).toBe(before + 1);
	}
}

async function openPastRuns(page: Page, count: number) {
	await page.getByRole('button', { name: `Past runs (${count})`, exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Past runs on this page' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByTestId('past-run')).toHaveCount(count);
	return dialog;
}

test('past runs are kept, overlaid, restored and deleted, and outlast a reload', async ({ page }) => {
	await page.goto('/mnist?backend=wasm');
	await expect(page.getByRole('button', { name: 'Past runs (0)', exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeEnabled({ timeout: 30_000 });

	// Run 1 at a learning rate of 0.01; Reset starts run 2, which trains at 0.1.
	await page.getByLabel('Learning rate').fill(RATE_POSITION['0.01']);
	await expect(page).toHaveURL(/[?&]lr=0\.01(&|$)/);
	await step(page, 3);
	await page.getByRole('button', { name: 'Reset', exact: true }).click();
	await expect.poll(() => statusStep(page)).toBe(0);
	await page.getByLabel('Learning rate').fill(RATE_POSITION['0.1']);
	await expect(page).toHaveURL(/[?&]lr=0\.1(&|$)/);
	await step(page, 3);

	// Both are listed, newest first, with what they changed and how far they got.
	let dialog = await openPastRuns(page, 2);
	const rows = dialog.getByTestId('past-run');
	await expect(rows.nth(0)).toContainText('Past run 2');
	await expect(rows.nth(0)).toContainText('Learning rate 0.1');
	await expect(rows.nth(1)).toContainText('Past run 1');
	await expect(rows.nth(1)).toContainText('Learning rate 0.01');
	await expect(rows.nth(1).locator('td').nth(2)).toHaveText('3');
	expect(await seriousViolations(page)).toEqual([]);

	// Overlaid, run 1 draws its own curves, is named in the legends and has its column of numbers.
	await dialog.getByRole('checkbox', { name: 'Overlay Past run 1', exact: true }).check();
	await dialog.getByRole('button', { name: 'Close past runs', exact: true }).click();
	await expect(lossFigure(page).locator('path[data-mark="past-run"]')).toHaveCount(1);
	await expect(lossFigure(page).locator('.legend')).toContainText('Past run 1 · Learning rate 0.01');
	await expect(accuracyFigure(page).locator('[data-mark="past-run"]')).not.toHaveCount(0);
	await lossFigure(page).getByText('Show the numbers').click();
	const table = lossFigure(page).locator('table');
	await expect(table.locator('thead th', { hasText: 'Past run 1 · Learning rate 0.01' })).toHaveCount(1);
	const column = (await table.locator('thead th').allInnerTexts()).indexOf('Past run 1 · Learning rate 0.01');
	expect(column).toBeGreaterThan(0);
	await expect(table.locator('tbody tr').first().locator('th, td').nth(column)).toHaveAttribute('data-value', /^\d/);

	// Restored, run 1's learning rate is back in the control and the address.
	dialog = await openPastRuns(page, 2);
	await dialog.getByRole('button', { name: 'Restore settings Past run 1', exact: true }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByLabel('Learning rate')).toHaveValue(RATE_POSITION['0.01']);
	await expect(page).toHaveURL(/[?&]lr=0\.01(&|$)/);

	// A reload keeps them both.
	await page.reload();
	await expect(page.getByLabel('Learning rate')).toHaveValue(RATE_POSITION['0.01']);
	dialog = await openPastRuns(page, 2);

	// Delete one, then all (after a confirmation).
	await dialog.getByRole('button', { name: 'Delete Past run 2', exact: true }).click();
	await expect(dialog.getByTestId('past-run')).toHaveCount(1);
	await dialog.getByRole('button', { name: 'Delete all past runs', exact: true }).click();
	await expect(dialog.getByTestId('past-run')).toHaveCount(1);
	await dialog.getByRole('button', { name: 'Yes, delete them all', exact: true }).click();
	await expect(dialog.getByTestId('past-run')).toHaveCount(0);
	await dialog.getByRole('button', { name: 'Close past runs', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Past runs (0)', exact: true })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('button', { name: 'Past runs (0)', exact: true })).toBeVisible();
});
