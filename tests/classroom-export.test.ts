/**
 * Export and the path: the lab's trained model downloads as TF.js files that load back in Node and
 * predict; its numbers download as CSV that parses; a chart saves as SVG and PNG; and the home
 * page counts the concept pages visited, which link their neighbours in learning order.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import * as tf from '@tensorflow/tfjs';
import { csvParseRows } from 'd3-dsv';
import { CONCEPT_PAGES, conceptTitle } from '../src/lib/concepts/pages';
import { en } from '../src/lib/i18n/en';
import { seriousViolations, statusStep } from './a11y';
import { expect, test } from './fixtures';

async function waitUntilReady(page: Page) {
	await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 30_000 });
}

async function stepOnce(page: Page) {
	const before = await statusStep(page);
	await page.getByRole('button', { name: 'Step', exact: true }).click();
	await expect.poll(() => statusStep(page), { timeout: 30_000 }).toBeGreaterThan(before);
}

/** Clicks and collects the `count` downloads it starts. */
async function downloadsOf(page: Page, click: () => Promise<void>, count = 1): Promise<Download[]> {
	const downloads: Download[] = [];
	const collect = (download: Download) => downloads.push(download);
	page.on('download', collect);
	await click();
	await expect.poll(() => downloads.length, { timeout: 15_000 }).toBe(count);
	page.off('download', collect);
	return downloads;
}

async function bytesOf(download: Download): Promise<Buffer> {
	return readFile(await download.path());
}

test('the lab exports its model, its numbers and a chart, and they read back', async ({ page }) => {
	await page.goto('/mnist?backend=wasm');
	await waitUntilReady(page);
	for (let i = 0; i < 3; i++) await stepOnce(page);

	await page.getByText('Export', { exact: true }).click();

	// The model: model.json names the weights file beside it; both load back with TF.js in Node.
	const files = await downloadsOf(page, () => page.getByRole('button', { name: 'Download the model', exact: true }).click(), 2);
	const byName = new Map(files.map((file) => [file.suggestedFilename(), file]));
	const json = JSON.parse((await bytesOf(byName.get('step-one-model.json')!)).toString('utf8'));
	const manifest = json.weightsManifest[0];
	expect(manifest.paths).toEqual(['./step-one-model.weights.bin']);
	const bin = await bytesOf(byName.get('step-one-model.weights.bin')!);
	expect(bin.byteLength).toBeGreaterThan(784 * 4);
	await tf.setBackend('cpu');
	const weightData = bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength);
	const model = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: manifest.weights, weightData }));
	const batch = tf.randomUniform([3, 784]);
	const output = model.predict(batch) as tf.Tensor2D;
	expect(output.shape).toEqual([3, 10]);
	for (const row of (await output.array()) as number[][]) {
		expect(row.every(Number.isFinite)).toBe(true);
		expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
	}
	tf.dispose([batch, output]);
	model.dispose();

	// The numbers: a header, then rows of finite numbers, steps ascending.
	const [csvFile] = await downloadsOf(page, () => page.getByRole('button', { name: 'Download metrics (CSV)', exact: true }).click());
	expect(csvFile.suggestedFilename()).toBe('step-one-metrics.csv');
	const [header, ...rows] = csvParseRows((await bytesOf(csvFile)).toString('utf8').replace(/^\ufeff/, ''));
	expect(header).toEqual(['run', 'step', 'epoch', 'batch_loss', 'batch_accuracy', 'test_loss', 'test_accuracy', 'train_loss', 'train_accuracy']);
	expect(rows.length).toBeGreaterThanOrEqual(3);
	for (const row of rows) {
		expect(row).toHaveLength(9);
		expect(row[0]).toBe('Run A');
		for (const cell of row.slice(1)) if (cell !== '') expect(Number.isFinite(Number(cell)), `"${cell}" is a number`).toBe(true);
	}
	const steps = rows.map((row) => Number(row[1]));
	expect(steps).toEqual([...steps].sort((a, b) => a - b));
	expect(rows.filter((row) => row[3] !== '').map((row) => Number(row[1]))).toEqual([1, 2, 3]);

	// A chart: its svg with the look inlined and the caption as title, and a PNG twice its size.
	const figure = page.locator('figure').filter({ has: page.locator('.chart-plot > svg path[data-mark]') }).first();
	const caption = (await figure.locator('figcaption > span').first().innerText()).trim();
	const [svgFile] = await downloadsOf(page, () => figure.getByRole('button', { name: `Download “${caption}” as SVG`, exact: true }).click());
	expect(svgFile.suggestedFilename()).toMatch(/\.svg$/);
	const svg = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const marks = [...doc.querySelectorAll('path, line')];
		return {
			root: doc.documentElement.nodeName,
			broken: doc.querySelector('parsererror') !== null,
			title: doc.querySelector('svg > title')?.textContent ?? '',
			width: Number(doc.documentElement.getAttribute('width')),
			marks: marks.length,
			stroked: marks.some((mark) => /stroke:\s*rgb/.test(mark.getAttribute('style') ?? '') && (mark.getAttribute('d') ?? '').length > 10)
		};
	}, (await bytesOf(svgFile)).toString('utf8'));
	expect(svg).toMatchObject({ root: 'svg', broken: false, title: caption, stroked: true });
	expect(svg.marks).toBeGreaterThan(0);

	const [pngFile] = await downloadsOf(page, () => figure.getByRole('button', { name: `Download “${caption}” as PNG`, exact: true }).click());
	const png = await bytesOf(pngFile);
	expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	// IHDR: the width, big-endian, right after the signature and the chunk's length and type.
	expect(png.readUInt32BE(16)).toBe(Math.round(svg.width * 2));
	expect(png.byteLength).toBeGreaterThan(1000);

	// A chart drawn on a canvas: its pixels go into the SVG file as a picture (and nothing loads in the page).
	const painted = page.locator('figure').filter({ has: page.locator('.chart-plot canvas') }).first();
	const paintedCaption = (await painted.locator('figcaption > span').first().innerText()).trim();
	const [paintedSvg] = await downloadsOf(page, () => painted.getByRole('button', { name: `Download “${paintedCaption}” as SVG`, exact: true }).click());
	const pictures = await page.evaluate(
		(text) => [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('image')].map((image) => (image.getAttribute('xlink:href') ?? '').slice(0, 22)),
		(await bytesOf(paintedSvg)).toString('utf8')
	);
	expect(pictures.length).toBeGreaterThan(0);
	expect(pictures.every((href) => href === 'data:image/png;base64,')).toBe(true);

	// A figure drawn in HTML alone (the confusion matrix's grid of buttons) offers nothing to save.
	const grid = page.locator('figure').filter({ hasNot: page.locator('svg, canvas') });
	await expect(grid.first()).toBeAttached();
	await expect(grid.getByRole('button', { name: /as (SVG|PNG)$/ })).toHaveCount(0);
	expect(await seriousViolations(page), 'axe, with the export tools open').toEqual([]);
});

test('the path: concept pages link their neighbours, and the home page counts those visited', async ({ page }) => {
	const [first, second, third] = CONCEPT_PAGES;
	const title = (slug: string) => en[conceptTitle(slug)];
	await page.goto(`/concepts/${first.slug}?backend=wasm`);
	await waitUntilReady(page);
	const pager = page.getByRole('navigation', { name: 'Learning path' });
	await expect(pager.getByRole('link')).toHaveCount(1);
	await pager.getByRole('link', { name: `Next: ${title(second.slug)} →`, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(second.slug));
	await waitUntilReady(page);
	await expect(pager.getByRole('link', { name: `Next: ${title(third.slug)} →`, exact: true })).toHaveAttribute('href', new RegExp(`/concepts/${third.slug}$`));
	await pager.getByRole('link', { name: `← Previous: ${title(first.slug)}`, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(first.slug));
	await waitUntilReady(page);

	await page.goto('/');
	await expect(page.getByTestId('path-progress')).toHaveText(`2 of ${CONCEPT_PAGES.length} pages visited`);
	const marked = page.getByRole('main').locator('li').filter({ has: page.getByTestId('visited-mark') });
	await expect(marked).toHaveCount(2);
	await expect(marked.nth(0).getByRole('link')).toHaveText(title(first.slug));
	await expect(marked.nth(1).getByRole('link')).toHaveText(title(second.slug));
	await expect(marked.nth(0)).toContainText('✓ visited');
	expect(await seriousViolations(page), 'axe, on the path').toEqual([]);
});
