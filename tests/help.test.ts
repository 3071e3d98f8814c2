import type { Locator, Page } from '@playwright/test';
import { en, type MessageKey } from '../src/lib/i18n/en';
import { zh } from '../src/lib/i18n/zh';
import { PARAMS } from '../src/lib/url/params';
import { expect, test } from './fixtures';

type Catalogue = Record<MessageKey, string>;

/** The text an ⓘ button opens: the element its aria-controls names. */
async function helpOf(page: Page, button: Locator): Promise<Locator> {
	const id = await button.getAttribute('aria-controls');
	expect(id, 'the help button names the text it opens').toBeTruthy();
	return page.locator(`[id="${id}"]`);
}

/**
 * Every setting on the page: its control keeps its own label, and an "About <label>" button
 * beside it shows the setting's sentence on keyboard focus, and (with `everyWay`) on a click and
 * on hover. How the button behaves does not depend on the language, so the second language
 * checks the words alone.
 */
async function expectEverySettingExplained(
	page: Page,
	catalogue: Catalogue,
	about: (name: string) => string,
	least: number,
	everyWay = true
) {
	let found = 0;
	for (const { field } of PARAMS) {
		const label = catalogue[`setting.${field}` as MessageKey];
		if ((await page.getByLabel(label, { exact: true }).count()) === 0) continue;
		found++;
		const button = page.getByRole('button', { name: about(label), exact: true });
		await expect(button, `help button for ${label}`).toHaveCount(1);
		const text = await helpOf(page, button);
		const sentence = catalogue[`help.setting.${field}` as MessageKey];

		await expect(text).toBeHidden();
		await button.focus();
		await expect(text, `${label}: shown on focus`).toBeVisible();
		await expect(text).toContainText(sentence);
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await page.keyboard.press('Escape');
		await expect(text, `${label}: Escape closes it`).toBeHidden();
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		if (!everyWay) continue;

		await button.click();
		await expect(text, `${label}: shown on a click`).toBeVisible();
		await button.click();
		await expect(text, `${label}: a second click closes it`).toBeHidden();
		await page.mouse.move(0, 0);
		await button.blur();

		await button.hover();
		await expect(text, `${label}: shown on hover`).toBeVisible();
		await page.mouse.move(0, 0);
		await expect(text, `${label}: gone when the pointer leaves`).toBeHidden();
	}
	expect(found, 'settings found on the page').toBeGreaterThanOrEqual(least);
}

async function switchToChinese(page: Page) {
	await page.getByRole('button', { name: /Language/ }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

const aboutEnglish = (name: string) => `About ${name}`;
const aboutChinese = (name: string) => `关于“${name}”`;

for (const path of ['/mnist', '/concepts/learning-rate']) {
	test(`${path}: every setting has a help button that opens on focus, click and hover, and its words in English and Chinese`, async ({ page }) => {
		await page.goto(`${path}?backend=wasm`);
		await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 30_000 });
		await expectEverySettingExplained(page, en, aboutEnglish, path === '/mnist' ? 15 : 6);
		await switchToChinese(page);
		await expectEverySettingExplained(page, zh, aboutChinese, path === '/mnist' ? 15 : 6, false);
	});
}

test('the learning rate’s help links to the learning-rate page, and the control keeps its name', async ({ page }) => {
	await page.goto('/mnist?backend=wasm');
	await expect(page.getByRole('slider', { name: 'Learning rate' })).toHaveCount(1);
	const button = page.getByRole('button', { name: 'About Learning rate' });
	await button.focus();
	const link = (await helpOf(page, button)).getByRole('link');
	await expect(link).toHaveAttribute('href', '/concepts/learning-rate');
	await expect(link).toHaveText('Read more: Learning rate');
	// Tabbing into the link keeps the text open, so the link can be followed from the keyboard.
	await page.keyboard.press('Tab');
	await expect(link).toBeFocused();
});

test('charts carry help too: the gallery’s says what its 24 digits are', async ({ page }) => {
	await page.goto('/mnist?backend=wasm');
	const gallery = page.locator('figure').filter({ has: page.locator('figcaption', { hasText: 'Test digits and what the network' }) });
	await expect(gallery.locator('figcaption')).toContainText('a fixed sample of 24');
	const button = gallery.getByRole('button', { name: 'About this chart' });
	await button.hover();
	await expect(await helpOf(page, button)).toContainText('24 test digits');

	await page.getByRole('button', { name: 'Train', exact: true }).click();
	await expect(page.getByRole('status')).toContainText(/Accuracy \d/, { timeout: 60_000 });
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
	await expect(gallery.getByTestId('gallery-summary')).toHaveText(/^\d+ of these 24 right\. .*the 2,000 test digits \(while training, sometimes fewer; once paused, all of them\)/);
});

test('the gradient charts of runs A and B share one y range after a step', async ({ page }) => {
	await page.goto('/concepts/vanishing-gradients?cmp=1&backend=wasm');
	await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeEnabled({ timeout: 30_000 });
	await page.getByRole('button', { name: 'Step', exact: true }).click();
	const ticks = (run: number) => page.getByTestId(`gradient-norms-${run}`).locator('svg .tick text');
	await expect(page.getByTestId('gradient-norms-0').locator('[data-mark="dot"]')).not.toHaveCount(0);
	await expect(page.getByTestId('gradient-norms-1').locator('[data-mark="dot"]')).not.toHaveCount(0);
	const a = await ticks(0).allTextContents();
	const b = await ticks(1).allTextContents();
	// Only the y axis's labels: the x axis names layers, and both runs have the same layers.
	const numeric = (labels: string[]) => labels.filter((l) => /\d/.test(l) && !/layer|Layer/.test(l));
	expect(numeric(a).length).toBeGreaterThan(1);
	expect(numeric(b)).toEqual(numeric(a));
	await expect(page.getByTestId('gradient-norms-1').locator('figcaption')).toContainText('same scale for every run');
});
