/** Presentation mode, the keyboard shortcuts and the runs' line patterns (issue 14: Present, Keyboard). */
import type { Page } from '@playwright/test';
import { statusStep } from './a11y';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

const train = (page: Page) => page.getByRole('button', { name: 'Train', exact: true });
const pause = (page: Page) => page.getByRole('button', { name: 'Pause', exact: true });
const lossChart = (page: Page) => page.locator('figure').filter({ hasText: 'Loss falls as the network learns' }).first();

async function ready(page: Page) {
	await expect(train(page)).toBeEnabled({ timeout: 60_000 });
}

/** Presses a key with nothing focused, as a presenter would after clicking on the page. */
async function pressOnPage(page: Page, key: string) {
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await page.keyboard.press(key);
}

/** The page fits the window: no scrollbar either way. */
async function fits(page: Page) {
	const size = await page.evaluate(() => ({
		height: document.documentElement.scrollHeight,
		width: document.documentElement.scrollWidth,
		innerHeight,
		innerWidth
	}));
	expect(size.height, 'page height').toBeLessThanOrEqual(size.innerHeight);
	expect(size.width, 'page width').toBeLessThanOrEqual(size.innerWidth);
}

/** Train, the status line and the loss chart's drawn plot are all on the one screen. */
async function essentialsShown(page: Page) {
	await expect(train(page)).toBeInViewport({ ratio: 1 });
	await expect(page.getByRole('status')).toBeInViewport({ ratio: 1 });
	await expect(lossChart(page).locator('.chart-plot')).toBeInViewport({ ratio: 1 });
}

test('presentation mode fits the lab on one 1280×720 screen, and Escape brings the page back', async ({ page }) => {
	await page.goto('/mnist?backend=wasm');
	await ready(page);
	const intro = page.locator('main > .intro');
	await expect(intro).toBeVisible();

	const present = page.getByRole('button', { name: 'Present', exact: true });
	await expect(present).toHaveAttribute('aria-pressed', 'false');
	await present.click();
	await expect(present).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveAttribute('data-present', '');
	await expect(intro).toBeHidden();
	await fits(page);
	await essentialsShown(page);
	await expect(page.locator('figure').filter({ hasText: 'Share of the 2,000 test digits' }).first().locator('.chart-plot')).toBeInViewport({ ratio: 1 });

	await pressOnPage(page, 'Escape');
	await expect(page.locator('html')).not.toHaveAttribute('data-present');
	await expect(present).toHaveAttribute('aria-pressed', 'false');
	await expect(intro).toBeVisible();
});

test('presentation mode on a concept page keeps the question and folds the prose; P turns it on and off', async ({ page }) => {
	await page.goto('/concepts/learning-rate?backend=wasm');
	await ready(page);
	const prose = page.getByRole('heading', { name: 'Try this' });
	await expect(prose).toBeVisible();

	await pressOnPage(page, 'p');
	await expect(page.locator('html')).toHaveAttribute('data-present', '');
	await expect(prose).toBeHidden();
	await expect(page.locator('.question')).toBeInViewport({ ratio: 1 });
	await fits(page);
	await essentialsShown(page);

	// Space trains and pauses, the status line counting the steps.
	await pressOnPage(page, 'Space');
	await expect(pause(page)).toBeVisible();
	await expect.poll(() => statusStep(page), { timeout: 30_000, intervals: [200] }).toBeGreaterThan(0);
	await page.keyboard.press('Space');
	await expect(train(page)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeEnabled();
	const paused = await statusStep(page);
	await page.waitForTimeout(600);
	expect(await statusStep(page)).toBe(paused);
	await fits(page);

	await page.keyboard.press('P');
	await expect(page.locator('html')).not.toHaveAttribute('data-present');
	await expect(prose).toBeVisible();
});

test('S steps once and R resets; none fires while typing in a field or with Ctrl held; ? lists the keys', async ({ page }) => {
	await page.goto('/mnist?backend=wasm');
	await ready(page);

	// Typing in a number field: Space and the letters are the field's.
	const seed = page.getByLabel('Random seed', { exact: true });
	await seed.focus();
	await page.keyboard.press('Space');
	await page.keyboard.press('s');
	// A modifier held: nothing either.
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await page.keyboard.press('Control+Space');
	await page.keyboard.press('Control+s');
	await page.keyboard.press('Alt+p');
	await expect(page.locator('html')).not.toHaveAttribute('data-present');

	// Then S on the page steps exactly once: had any key above acted, the count would be past 1 or training.
	await page.keyboard.press('s');
	await expect.poll(() => statusStep(page), { timeout: 30_000, intervals: [200] }).toBeGreaterThanOrEqual(1);
	await page.waitForTimeout(1000);
	expect(await statusStep(page)).toBe(1);
	await expect(train(page)).toBeVisible();

	await page.keyboard.press('r');
	await expect(page.getByRole('status')).toContainText('Step 0');

	await page.keyboard.press('?');
	const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(dialog).toBeVisible();
	for (const key of ['Space', 'S', 'R', 'P', 'Esc', '?']) await expect(dialog.locator('kbd', { hasText: key }).first()).toBeVisible();
	await expect(dialog).toContainText('Train, or pause training');
	// Keys in the open list do not act on the experiment behind it.
	await page.keyboard.press('s');
	expect(await statusStep(page)).toBe(0);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await page.getByRole('button', { name: 'Keyboard shortcuts', exact: true }).click();
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Close shortcuts', exact: true }).click();
	await expect(dialog).toBeHidden();
});

test('runs A and B are told apart by line pattern and marker in the legend, not by colour alone', async ({ page }) => {
	await page.goto('/concepts/learning-rate?cmp=1&backend=wasm');
	const legend = lossChart(page).locator('.legend li');
	const swatch = (name: RegExp) => legend.filter({ hasText: name }).locator('svg');
	await expect(swatch(/^Run A/)).toHaveCount(1);
	const a = { dash: await swatch(/^Run A/).getAttribute('data-dash'), marker: await swatch(/^Run A/).getAttribute('data-marker') };
	const b = { dash: await swatch(/^Run B/).getAttribute('data-dash'), marker: await swatch(/^Run B/).getAttribute('data-marker') };
	expect(a.dash).toBe('solid');
	expect(b.dash).not.toBe(a.dash);
	expect(b.marker).not.toBe(a.marker);
	// The drawn legend line carries the pattern.
	expect(await swatch(/^Run B/).locator('line').getAttribute('stroke-dasharray')).toBe(b.dash);
});
