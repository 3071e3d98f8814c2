/** What every figure on an experiment's page must hold once it has trained: a caption, marks and a table of numbers. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Checks every figure on the page (at least four): a caption; with `drawn`, marks made from the
 * runs' numbers (a line's points, a bar, a cell), not the frame, grid or clip every chart has, or
 * a canvas that counts the marks it drew; and a "Show the numbers" table, opened here, with at
 * most 32 rows and a row of finite numbers.
 */
export async function expectFigures(page: Page, { drawn }: { drawn: boolean }) {
	const figures = page.locator('figure');
	expect(await figures.count()).toBeGreaterThanOrEqual(4);
	for (const figure of await figures.all()) {
		const caption = await figure.locator('figcaption').innerText();
		expect(caption.trim(), 'every figure has a caption').not.toBe('');
		if (drawn) {
			await expect(figure.locator('[data-mark], canvas[data-marks]:not([data-marks="0"])').first(), `"${caption}" draws`).toBeAttached();
		}
		const toggle = figure.locator('details > summary');
		await expect(toggle, `"${caption}" has a table toggle`).toHaveCount(1);
		await toggle.click();
		const table = figure.locator('details table');
		await expect(table).toBeVisible();
		await expect(table.locator('thead th').first()).not.toBeEmpty();
		const rows = await table.locator('tbody tr').evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('td[data-value]')].map((td) => Number(td.getAttribute('data-value'))))
		);
		expect(rows.length, `"${caption}" has rows`).toBeGreaterThan(0);
		expect(rows.length, `"${caption}" is thinned`).toBeLessThanOrEqual(32);
		expect(
			rows.some((row) => row.length > 0 && row.every(Number.isFinite)),
			`"${caption}" has a row of finite numbers: ${JSON.stringify(rows.slice(0, 3))}`
		).toBe(true);
	}
}
