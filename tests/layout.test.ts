/**
 * The layout a room and a phone need: Train and the page's own chart on the first screen of a
 * projector, Train near the top of a phone and no page wider than the phone, "Try this" taking the
 * learner to the experiment and saying what it set up, and Train before the settings in Tab order.
 */
import type { Locator, Page } from '@playwright/test';
import { CONCEPT_PAGES } from '../src/lib/concepts/pages';
import { statusStep } from './a11y';
import { expect, test } from './fixtures';

async function waitUntilReady(page: Page) {
	await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 30_000 });
}

/** Presses Step and waits for the status line to count it. */
async function stepOnce(page: Page) {
	const before = await statusStep(page);
	await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeEnabled();
	await page.getByRole('button', { name: 'Step', exact: true }).click();
	await expect.poll(() => statusStep(page), { timeout: 30_000 }).toBeGreaterThan(before);
}

/** An element's box in page coordinates (from the top of the document, not the viewport). */
function pageBox(locator: Locator) {
	return locator.evaluate((element) => {
		const box = element.getBoundingClientRect();
		return { top: box.top + scrollY, bottom: box.bottom + scrollY, left: box.left + scrollX, right: box.right + scrollX };
	});
}

test.describe('a projector, 1280×720', () => {
	test.use({ viewport: { width: 1280, height: 720 } });

	test('vanishing gradients: the comparison table fits its box', async ({ page }) => {
		await page.goto('/concepts/vanishing-gradients?cmp=1&backend=wasm');
		await waitUntilReady(page);
		await stepOnce(page);
		const table = page.getByTestId('comparison-table');
		const widths = await table.evaluate((element) => ({ table: element.scrollWidth, box: element.parentElement!.clientWidth }));
		expect(widths.table).toBeLessThanOrEqual(widths.box);
	});

	test('Train comes before every setting in the Tab order, on the lab and a concept page', async ({ page }) => {
		for (const route of ['/mnist?backend=wasm', '/concepts/dropout?backend=wasm']) {
			await page.goto(route);
			await waitUntilReady(page);
			let reached = false;
			for (let i = 0; i < 15 && !reached; i++) {
				await page.keyboard.press('Tab');
				const now = await page.evaluate(() => {
					const element = document.activeElement as HTMLElement;
					return { text: element.textContent?.trim() ?? '', setting: element.closest('fieldset') !== null };
				});
				expect(now.setting, `${route}: a setting came before Train`).toBe(false);
				reached = now.text === 'Train';
			}
			expect(reached, `${route}: Train within 15 Tab presses`).toBe(true);
		}
	});

	test('"Try this" takes the learner to the experiment, says what it set up, and does not train', async ({ page }) => {
		await page.goto('/concepts/activation?backend=wasm');
		await waitUntilReady(page);
		// Even from a run under way: it pauses, so nothing trains that the learner did not start.
		await page.getByRole('button', { name: 'Train', exact: true }).click();
		await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
		const index = CONCEPT_PAGES.find((c) => c.slug === 'activation')!.tryThis.findIndex((s) => s.id === 'sigmoidVsRelu');
		const button = page.getByRole('listitem').filter({ hasText: 'Look for' }).nth(index).getByRole('button');
		await button.scrollIntoViewIfNeeded();
		await button.click();
		await expect(page.locator('#experiment-heading')).toBeFocused();
		const heading = await page.locator('#experiment-heading').boundingBox();
		expect(heading!.y).toBeGreaterThanOrEqual(0);
		expect(heading!.y).toBeLessThan(720);
		const announcement = page.getByTestId('announcement');
		await expect(announcement).toHaveAttribute('aria-live', 'polite');
		await expect(announcement).toHaveText(/Run A: Sigmoid, Hidden layers 3; Run B: ReLU\. Press Train/);
		await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
		await expect(page.getByTestId('comparison-table').locator('tbody tr')).toHaveCount(2);
		// The announcement goes once the learner trains the new set-up.
		await page.getByRole('button', { name: 'Train', exact: true }).click();
		await expect(announcement).toBeEmpty();
	});
});

test.describe('150% zoom, 853×480', () => {
	test.use({ viewport: { width: 853, height: 480 } });

	test('the sticky bar stays two short lines at most and the comparison table shows below it', async ({ page }) => {
		await page.goto('/concepts/vanishing-gradients?cmp=1&backend=wasm');
		await waitUntilReady(page);
		await stepOnce(page);
		const bar = page.getByTestId('sticky-controls');
		expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(130);
		// Scrolled so the bar is stuck: the table still starts below it.
		await page.getByTestId('comparison-table').scrollIntoViewIfNeeded();
		const stuck = (await bar.boundingBox())!;
		const table = (await page.getByTestId('comparison-table').boundingBox())!;
		expect(table.y).toBeGreaterThanOrEqual(stuck.y + stuck.height - 1);
	});
});

test.describe('a phone, 390×844', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	// Each concept page's phone check is part of the shared loop (concept-loop.test.ts).
	for (const route of ['/mnist']) {
		const address = `${route}?backend=wasm`;
		test(`${route}: Train near the top, Pause in reach beside the charts, never wider than the phone with every table open`, async ({ page }) => {
			await page.goto(address);
			await waitUntilReady(page);
			expect((await pageBox(page.getByRole('button', { name: 'Train', exact: true }))).bottom).toBeLessThanOrEqual(900);
			for (let i = 0; i < 3; i++) await stepOnce(page);
			for (const summary of await page.locator('details > summary').all()) {
				await summary.click();
			}
			await expect(page.locator('details[open] table').first()).toBeVisible();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
			// Down among the charts, the training controls are still on screen.
			await page.locator('figure').last().scrollIntoViewIfNeeded();
			const train = (await page.getByRole('button', { name: 'Train', exact: true }).boundingBox())!;
			expect(train.y).toBeGreaterThanOrEqual(0);
			expect(train.y + train.height).toBeLessThanOrEqual(844);
		});
	}
});
