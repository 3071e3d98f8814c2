import type { Locator, Page } from '@playwright/test';
import { seriousViolations, trainBriefly } from './a11y';
import { expect, test } from './fixtures';

/** Opens every figure's "Show the numbers" and checks it holds a row of finite numbers. */
async function expectTablesOfNumbers(page: Page, figures: Locator) {
	expect(await figures.count()).toBeGreaterThanOrEqual(4);
	for (const figure of await figures.all()) {
		const caption = await figure.locator('figcaption').innerText();
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

test('MNIST lab: after training, every figure has a table of numbers and axe passes with them open', async ({ page }) => {
	await page.goto('/mnist?backend=wasm');
	await trainBriefly(page);
	// The probability bars need a drawing: one stroke, like a "1".
	const pad = page.getByRole('img', { name: /Drawing area/ });
	await pad.scrollIntoViewIfNeeded();
	const box = (await pad.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.8, { steps: 8 });
	await page.mouse.up();
	await expect(page.getByTestId('prediction')).toContainText(/The network says \d/);
	await expectTablesOfNumbers(page, page.locator('figure'));
	expect(await seriousViolations(page)).toEqual([]);
});
