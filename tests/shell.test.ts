import { CONCEPTS, CONCEPT_PAGES, conceptPath, conceptTitle } from '../src/lib/concepts/pages';
import { en } from '../src/lib/i18n/en';
import { expect, test } from './fixtures';

test('the home page lists every concept of the table, in its order, and links the MNIST lab first', async ({ page }) => {
	await page.goto('/');
	const links = page.getByRole('main').getByRole('link');
	await expect(links.first()).toHaveText(/MNIST lab/);
	const listed = await page.getByRole('main').locator('li').allInnerTexts();
	const titles = CONCEPTS.map((c) => en[conceptTitle(c.slug)]);
	// Each item starts with its concept's title; the table's order is the learning order.
	expect(listed.map((text, i) => text.startsWith(titles[i]))).toEqual(titles.map(() => true));
	await links.first().click();
	await expect(page).toHaveURL(/\/mnist$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('MNIST lab');
});

test('switches the interface to Simplified Chinese and remembers it', async ({ page }) => {
	await page.goto('/mnist');
	await page.getByRole('button', { name: /Language/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('MNIST 实验室');
	await expect(page.getByRole('button', { name: '训练' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await page.reload();
	await expect(page.getByRole('button', { name: '训练' })).toBeVisible();
	await page.getByRole('button', { name: /语言/ }).click();
	await expect(page.getByRole('button', { name: 'Train' })).toBeVisible();
});

const UNKNOWN_ROUTES = [
	'/no-such-page',
	'/nope',
	'/concepts/nope',
	'/concepts/',
	'/mnist/extra/deep',
	'/concepts/activation/more',
	`/${encodeURIComponent('<img src=x onerror=__pwned=1>')}`,
	`/concepts/${encodeURIComponent('<script>__pwned=1</script>')}`
];

for (const route of UNKNOWN_ROUTES) {
	test(`an unknown address gets a friendly page with the concept list: ${route}`, async ({ page, consoleErrors }) => {
		const response = await page.goto(route);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.getByRole('main').getByRole('link', { name: 'Multilayer perceptron (MLP)' })).toBeVisible();
		await expect(page.getByRole('main').getByRole('link', { name: 'Dropout', exact: true })).toBeVisible();
		expect(await page.locator('img').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		// Chromium logs the 404 of the document itself; that one is the point of this test.
		consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/status of 404/.test(e)));
		await page.getByRole('main').getByRole('link', { name: 'Back to the home page' }).click();
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByRole('main').getByRole('link').first()).toHaveText(/MNIST lab/);
	});
}

test('the home page links every concept page of the table, and a concept page reads in Chinese', async ({ page }) => {
	await page.goto('/');
	expect(CONCEPT_PAGES.length).toBeGreaterThanOrEqual(5);
	for (const concept of CONCEPTS) {
		const link = page.getByRole('main').getByRole('link', { name: en[conceptTitle(concept.slug)], exact: true });
		const path = conceptPath(concept.slug);
		if (path) await expect(link).toHaveAttribute('href', new RegExp(`${path}$`));
		else await expect(link).toHaveCount(0);
	}
	await page.getByRole('main').getByRole('link', { name: 'Dropout', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dropout');
	await page.getByRole('button', { name: /Language/ }).click();
	await expect(page.getByRole('heading', { name: '试试看' })).toBeVisible();
	await expect(page.getByRole('button', { name: '训练' })).toBeVisible();
	await expect(page.getByLabel('丢弃比例', { exact: true })).toBeVisible();
});
