import type { Page } from '@playwright/test';
import { readDigits } from '../src/lib/testing/digits';
import { expect, test } from './fixtures';

interface Upload {
	name: string;
	mimeType: string;
	buffer: Buffer;
}

/**
 * A photo-like PNG of one test-set digit, made in the browser: dark ink on off-white paper
 * (the opposite of MNIST's light on dark), eight times the size, with a margin.
 */
async function digitPhoto(page: Page, pixels: number[]): Promise<Upload> {
	const base64 = await page.evaluate(async (values) => {
		const scale = 8;
		const margin = 40;
		const canvas = new OffscreenCanvas(28 * scale + 2 * margin, 28 * scale + 2 * margin);
		const context = canvas.getContext('2d')!;
		context.fillStyle = 'rgb(235, 230, 220)';
		context.fillRect(0, 0, canvas.width, canvas.height);
		values.forEach((v, i) => {
			const shade = Math.round(235 - (v / 255) * 205);
			context.fillStyle = `rgb(${shade}, ${shade}, ${shade + 10})`;
			context.fillRect(margin + (i % 28) * scale, margin + Math.floor(i / 28) * scale, scale, scale);
		});
		const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
		return btoa(String.fromCharCode(...bytes));
	}, pixels);
	return { name: 'digit.png', mimeType: 'image/png', buffer: Buffer.from(base64, 'base64') };
}

/** A blank white PNG, made in the browser. */
async function blankPng(page: Page): Promise<Upload> {
	const base64 = await page.evaluate(async () => {
		const canvas = new OffscreenCanvas(100, 100);
		const context = canvas.getContext('2d')!;
		context.fillStyle = '#fff';
		context.fillRect(0, 0, 100, 100);
		const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
		return btoa(String.fromCharCode(...bytes));
	});
	return { name: 'blank.png', mimeType: 'image/png', buffer: Buffer.from(base64, 'base64') };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A PNG signature and header for `width`×`height`, then noise instead of image data. */
function brokenPng(width: number, height: number): Buffer {
	const header = Buffer.alloc(25);
	header.writeUInt32BE(13, 0);
	header.write('IHDR', 4, 'ascii');
	header.writeUInt32BE(width, 8);
	header.writeUInt32BE(height, 12);
	header.set([8, 0, 0, 0, 0], 16);
	return Buffer.concat([PNG_SIGNATURE, header, Buffer.from('IDATnot really compressed pixels')]);
}

test('a photo of a digit, uploaded, is predicted like a drawing', async ({ page }) => {
	const digits = await readDigits();
	const index = [...digits.test.labels].indexOf(1);
	const pixels = [...digits.test.images.subarray(index * 784, (index + 1) * 784)];

	// Two epochs and a stop, so the picture is read by the same model every time.
	await page.goto('/mnist?backend=wasm&epochs=2');
	await page.getByRole('button', { name: 'Train', exact: true }).click();
	await expect(page.getByTestId('stopped')).toContainText('Stopped after epoch 2', { timeout: 60_000 });
	await expect(page.getByRole('status')).toContainText(/Accuracy 9\d/);

	await page.getByLabel('Upload a picture').setInputFiles(await digitPhoto(page, pixels));
	await expect(page.getByTestId('prediction')).toContainText('The network says 1');
	await expect(page.getByRole('figure').filter({ hasText: 'What the network thinks your drawing is' }).locator('rect').first()).toBeAttached();
	await expect(page.getByTestId('upload-problem')).toHaveText('');
	// The picture went onto the pad as pixels: no image element, no object URL anywhere in the page.
	expect(await page.locator('img').count()).toBe(0);
	// (The policy's own text names blob:, for exported charts; no element may point at one.)
	const objectUrls = await page.evaluate(() =>
		[...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((a) => a.value.includes('blob:')).map((a) => `${element.tagName} ${a.name}`))
	);
	expect(objectUrls.filter((where) => !where.startsWith('META '))).toEqual([]);
});

test('files that are not usable pictures get a plain message and run nothing', async ({ page }) => {
	await page.goto('/mnist');
	const input = page.getByLabel('Upload a picture');
	await expect(input).toBeEnabled();
	const problem = page.getByTestId('upload-problem');
	const cases: [Upload, RegExp][] = [
		[
			{
				name: 'digit.svg',
				mimeType: 'image/svg+xml',
				buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="28" height="28"><script>window.__pwned=1</script><text y="20">7</text></svg>')
			},
			/not a picture this page can read/
		],
		[{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('seven\n') }, /not a picture this page can read/],
		// A text file named like a picture is still only text.
		[{ name: '<img src=x onerror=__pwned=1>.png', mimeType: 'image/png', buffer: Buffer.from('<img src=x onerror=__pwned=1>') }, /not a picture/],
		[{ name: 'broken.png', mimeType: 'image/png', buffer: brokenPng(28, 28) }, /not a picture this page can read/],
		[{ name: 'huge.png', mimeType: 'image/png', buffer: brokenPng(5000, 300) }, /5000×300 pixels; pictures up to 4096/],
		[{ name: 'heavy.png', mimeType: 'image/png', buffer: Buffer.concat([brokenPng(28, 28), Buffer.alloc(11 * 1024 * 1024)]) }, /11 MB; pictures up to 10 MB/],
		[await blankPng(page), /No digit could be found/]
	];
	for (const [file, message] of cases) {
		await input.setInputFiles(file);
		await expect(problem, file.name).toHaveText(message);
		await expect(page.getByTestId('prediction')).toContainText('Draw a digit');
	}
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(await page.locator('img').count()).toBe(0);

	// Said in Chinese too, and cleared along with the pad.
	await page.getByRole('button', { name: /Language/ }).click();
	await page.getByLabel('上传图片').setInputFiles(cases[1][0]);
	await expect(problem).toContainText('不是本页能读取的图片');
	await page.getByRole('button', { name: '清除' }).click();
	await expect(problem).toHaveText('');
});
