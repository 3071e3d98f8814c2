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

test('an unknown address gets a friendly page with the concept list', async ({ page, consoleErrors }) => {
	const response = await page.goto('/no-such-page');
	expect(response?.status()).toBe(404);
	// Chromium logs the 404 of the document itself; that one is the point of this test.
	consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/status of 404/.test(e)));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('link', { name: 'Multilayer perceptron (MLP)' })).toBeVisible();
});

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
