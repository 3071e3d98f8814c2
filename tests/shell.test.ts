import { expect, test } from './fixtures';

test('the home page lists the concepts and links the MNIST lab first', async ({ page }) => {
	await page.goto('/');
	const links = page.getByRole('main').getByRole('link');
	await expect(links.first()).toHaveText(/MNIST lab/);
	for (const name of ['Neuron', 'Backpropagation', 'Dropout', 'Pooling', 'Recurrent neural network (RNN)', 'SGD, momentum and Adam']) {
		await expect(page.getByRole('main')).toContainText(name);
	}
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

test('the home page links every concept page, and a concept page reads in Chinese', async ({ page }) => {
	await page.goto('/');
	for (const [name, slug] of [
		['Activation functions', 'activation'],
		['Learning rate', 'learning-rate'],
		['Dropout', 'dropout'],
		['Batch normalization', 'batch-norm'],
		['Vanishing and exploding gradients', 'vanishing-gradients']
	]) {
		await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toHaveAttribute('href', new RegExp(`/concepts/${slug}$`));
	}
	await page.getByRole('main').getByRole('link', { name: 'Dropout', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dropout');
	await page.getByRole('button', { name: /Language/ }).click();
	await expect(page.getByRole('heading', { name: '试试看' })).toBeVisible();
	await expect(page.getByRole('button', { name: '训练' })).toBeVisible();
	await expect(page.getByLabel('Dropout 比例', { exact: true })).toBeVisible();
});
