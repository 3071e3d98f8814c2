/** A school laptop without WebGL: the browser here is started with no GPU and no software rasterizer. */
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './chromium.js';
import { expect, statusNumber, test } from './fixtures';

test.use({ launchOptions: { executablePath: requireChromium(), args: [...CHROMIUM_ARGS, '--disable-gpu', '--disable-software-rasterizer'] } });

const step = async (page: Page) => statusNumber(await page.getByRole('status').innerText(), 'Step');

for (const arch of ['mlp', 'cnn']) {
	test(`asking for WebGL without it trains the ${arch.toUpperCase()} on WASM and says why`, async ({ page }) => {
		await page.goto(`/mnist?backend=webgl&arch=${arch}`);
		await expect(page.getByText('This browser has no hardware WebGL, so training runs on WASM instead.')).toBeVisible({
			timeout: 30_000
		});
		await page.getByRole('button', { name: 'Train', exact: true }).click();
		await expect(page.getByRole('status')).toContainText('WASM');
		await expect.poll(() => step(page), { timeout: 30_000 }).toBeGreaterThan(5);
		await page.getByRole('button', { name: 'Pause', exact: true }).click();
	});
}

test('Auto without WebGL picks WASM and says why', async ({ page }) => {
	await page.goto('/mnist');
	await expect(page.getByText('This browser has no hardware WebGL, so training runs on WASM instead.')).toBeVisible({
		timeout: 30_000
	});
});
