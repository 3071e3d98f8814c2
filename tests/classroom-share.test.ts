/**
 * Sharing an experiment: two controls changed, "Copy link", the link opened in a fresh browser
 * context gives the same control values and the same first ten losses (on WASM); its QR code
 * decodes to that link; the dialog closes on Escape and on Close, focus back on its button; and
 * where the clipboard is refused, the link is selected for the learner's own Ctrl+C.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { seriousViolations, statusStep } from './a11y';
import { expect, statusNumber, test } from './fixtures';

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

async function ready(page: Page): Promise<void> {
	await expect(button(page, 'Train')).toBeEnabled({ timeout: 30_000 });
}

/** Presses Step in each page `steps` times, side by side, reading each page's loss from its status line after each step. */
async function firstLosses(pages: Page[], steps = 10): Promise<number[][]> {
	const losses: number[][] = pages.map(() => []);
	for (let i = 1; i <= steps; i++) {
		for (const page of pages) {
			await expect(button(page, 'Step')).toBeEnabled();
			await button(page, 'Step').click();
		}
		for (const [p, page] of pages.entries()) {
			await expect.poll(() => statusStep(page), { timeout: 20_000, intervals: [50] }).toBe(i);
			await expect(page.getByRole('status').first()).toContainText(/Loss \d/);
			losses[p].push(statusNumber(await page.getByRole('status').first().innerText(), 'Loss'));
		}
	}
	return losses;
}

/** Every setting control's value, by id: what a learner sees set. */
function controlValues(page: Page): Promise<Record<string, string>> {
	return page.locator('.settings').locator('input, select').evaluateAll((elements) =>
		Object.fromEntries(
			elements
				.filter((e) => e.id.startsWith('setting-'))
				.map((e) => [e.id, e instanceof HTMLInputElement && e.type === 'checkbox' ? String(e.checked) : (e as HTMLInputElement).value])
		)
	);
}

/** Copies the experiment's link with the button and reads it back from the clipboard. */
async function copyLink(page: Page, context: BrowserContext): Promise<string> {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await button(page, 'Copy link').click();
	await expect(page.getByTestId('share-notice')).toHaveText('Link copied');
	return page.evaluate(() => navigator.clipboard.readText());
}

/** A page in a new browser context (nothing shared: storage, cache) that fails on console errors too. */
async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	page.on('pageerror', (error) => errors.push(error.message));
	return { context, page, errors };
}

/** What a phone camera would read from the QR code as drawn on screen (a screenshot of it). */
async function scanQr(page: Page, context: BrowserContext): Promise<string | undefined> {
	const png = await page.getByTestId('qr-code').screenshot();
	// Decoded to pixels on a blank page, outside the site's CSP; bytes travel as base64 (large arrays are slow to pass).
	const blank = await context.newPage();
	const image = await blank.evaluate(async (base64) => {
		const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
		const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const context2d = canvas.getContext('2d')!;
		context2d.drawImage(bitmap, 0, 0);
		const { data, width, height } = context2d.getImageData(0, 0, bitmap.width, bitmap.height);
		let binary = '';
		for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
		return { pixels: btoa(binary), width, height };
	}, png.toString('base64'));
	await blank.close();
	const pixels = new Uint8ClampedArray(Buffer.from(image.pixels, 'base64'));
	return jsQR(pixels, image.width, image.height)?.data;
}

/** Opens `link` in a fresh context: the same control values, and the same first ten losses as `page`. */
async function reproduces(browser: Browser, page: Page, link: string): Promise<void> {
	const fresh = await freshPage(browser);
	await fresh.page.goto(link);
	await ready(fresh.page);
	expect(fresh.page.url()).toBe(link);
	const values = await controlValues(page);
	expect(Object.keys(values).length).toBeGreaterThan(4);
	expect(await controlValues(fresh.page)).toEqual(values);
	const [here, there] = await firstLosses([page, fresh.page]);
	expect(here.every(Number.isFinite)).toBe(true);
	// Ten readings of a run that trains, not one number read ten times.
	expect(new Set(here).size).toBeGreaterThan(5);
	expect(there).toEqual(here);
	for (const trained of [page, fresh.page]) await expect(trained.getByRole('status').first()).toContainText('WASM');
	expect(fresh.errors).toEqual([]);
	await fresh.context.close();
}

test('the lab: a link with a new learning rate and width opens elsewhere with the same controls and first ten losses; its QR code decodes to it', async ({
	page,
	context,
	browser
}) => {
	await page.goto('/mnist?backend=wasm');
	await ready(page);
	// The learning-rate slider moves 100 positions a decade from 1e-5 (300 is 0.01); width stops at powers of two (5 is 32).
	await page.getByLabel('Learning rate').fill('300');
	await page.getByLabel('Units per layer').fill('5');
	await expect(page).toHaveURL(/[?&]lr=0\.01(&|$)/);
	await expect(page).toHaveURL(/[?&]width=32(&|$)/);

	const link = await copyLink(page, context);
	expect(link).toBe(page.url());
	expect(new URL(link).searchParams.get('backend')).toBe('wasm');

	const qr = button(page, 'QR code');
	await qr.click();
	const dialog = page.getByTestId('qr-dialog');
	await expect(dialog).toBeVisible();
	await expect(page.getByRole('img', { name: `QR code of ${link}`, exact: true })).toBeVisible();
	await expect(page.getByTestId('qr-address')).toHaveText(link);
	// Large: most of the dialog's height.
	const [code, box] = await Promise.all([page.getByTestId('qr-code').boundingBox(), dialog.boundingBox()]);
	expect(code!.height).toBeGreaterThan(0.6 * box!.height);
	expect(await scanQr(page, context)).toBe(link);
	expect(await seriousViolations(page)).toEqual([]);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(qr).toBeFocused();
	await qr.click();
	await dialog.getByRole('button', { name: 'Close', exact: true }).click();
	await expect(dialog).toBeHidden();
	await expect(qr).toBeFocused();

	await reproduces(browser, page, link);
});

test('a concept page: a link with dropout and a new seed reproduces the same first ten losses (dropout masks included)', async ({
	page,
	context,
	browser
}) => {
	await page.goto('/concepts/dropout?backend=wasm');
	await ready(page);
	await page.getByLabel('Dropout', { exact: true }).fill('0.5');
	const seed = page.getByLabel('Random seed', { exact: true });
	await seed.fill('42');
	await seed.press('Tab');
	await expect(page).toHaveURL(/[?&]drop=0\.5(&|$)/);
	await expect(page).toHaveURL(/[?&]seed=42(&|$)/);
	const link = await copyLink(page, context);
	expect(link).toBe(page.url());
	await reproduces(browser, page, link);
});

test('where the clipboard is refused, the link is selected in a field to copy by hand, then confirmed', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(Clipboard.prototype, 'writeText', {
			value: () => Promise.reject(new DOMException('Refused', 'NotAllowedError'))
		});
	});
	await page.goto('/mnist?backend=wasm&lr=0.02');
	await ready(page);
	await button(page, 'Copy link').click();
	await expect(page.getByTestId('share-notice')).toHaveText('Press Ctrl+C to copy');
	const field = page.getByRole('textbox', { name: 'Link to share', exact: true });
	await expect(field).toBeFocused();
	await expect(field).toHaveValue(page.url());
	expect(await field.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart!, input.selectionEnd!))).toBe(page.url());
	await page.keyboard.press('Control+C');
	await expect(page.getByTestId('share-notice')).toHaveText('Link copied');
});
