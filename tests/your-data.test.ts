/**
 * Your own data, end to end: drawn classes learnt and tested on held-out drawings, the sample
 * table learnt, every bad input refused with its message while the dataset stays, a saved file
 * opened again giving the same examples and the same first losses, a reload keeping the data,
 * and nothing fetched from anywhere but the site.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { seriousViolations } from './a11y';
import { expect, statusNumber, test } from './fixtures';

const ADDRESS = '/your-data?backend=wasm';
const READY = /Step 0 · Loss/;
const AT_LEAST_90 = /Accuracy (9\d|100)\.\d%/;

/** Fails the test if the page asks anything of another origin. */
function sameOriginOnly(page: Page): string[] {
	const away: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['http:', 'https:'].includes(url.protocol)) return;
		if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') away.push(request.url());
	});
	return away;
}

/** A small seeded generator, so the jitter is the same on every run. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

type Shape = 'vertical' | 'horizontal' | 'ring';

/** The stroke of a shape, in the pad's unit square, with jitter in place, size and slant. */
function stroke(shape: Shape, next: () => number): [number, number][] {
	const jitter = (amount: number) => (next() - 0.5) * 2 * amount;
	const cx = 0.5 + jitter(0.1);
	const cy = 0.5 + jitter(0.1);
	const half = 0.3 + jitter(0.08);
	const slant = jitter(0.08);
	const steps = 12;
	return Array.from({ length: steps + 1 }, (_, i) => {
		const s = i / steps;
		if (shape === 'vertical') return [cx + slant * (s - 0.5), cy - half + 2 * half * s];
		if (shape === 'horizontal') return [cx - half + 2 * half * s, cy + slant * (s - 0.5)];
		const angle = 2 * Math.PI * s * 1.05;
		return [cx + half * Math.cos(angle), cy + half * 0.9 * Math.sin(angle)];
	});
}

async function draw(page: Page, padName: RegExp, points: [number, number][]) {
	const pad = page.getByRole('img', { name: padName });
	await pad.scrollIntoViewIfNeeded();
	const box = (await pad.boundingBox())!;
	const at = ([x, y]: [number, number]) => [box.x + box.width * x, box.y + box.height * y] as const;
	await page.mouse.move(...at(points[0]));
	await page.mouse.down();
	for (const point of points.slice(1)) await page.mouse.move(...at(point));
	await page.mouse.up();
}

const EXAMPLE_PAD = /Drawing area: draw an example of/;
const TEST_PAD = /Drawing area: draw a new example/;

async function stepTenLosses(page: Page): Promise<number[]> {
	const status = page.getByRole('status');
	const step = page.getByRole('button', { name: 'Step', exact: true });
	const losses: number[] = [];
	for (let i = 1; i <= 10; i++) {
		await step.click();
		await expect(status).toContainText(`Step ${i} ·`);
		losses.push(statusNumber((await status.textContent()) ?? '', 'Loss'));
	}
	return losses;
}

test('drawn classes: train, test on a new drawing, save, delete, open, reload', async ({ page }) => {
	const away = sameOriginOnly(page);
	// A fixed length of training, so the drawing is tested on the same model every time.
	await page.goto(`${ADDRESS}&epochs=30`);
	const status = page.getByRole('status');
	await expect(page.getByTestId('nothing-to-train')).toBeVisible();

	const shapes: Shape[] = ['vertical', 'horizontal', 'ring'];
	const next = random(16);
	for (const [c, shape] of shapes.entries()) {
		await page.getByRole('radio', { name: `Draw Class ${c + 1}` }).check();
		for (let n = 0; n < 12; n++) {
			await draw(page, EXAMPLE_PAD, stroke(shape, next));
			await page.getByRole('button', { name: 'Add example', exact: true }).click();
			if (c === 0 && n === 0) {
				// One example so far: a plain warning, and the empty classes left out of training.
				await expect(page.getByTestId('few-examples')).toContainText('Only 1 so far');
				await expect(page.getByTestId('left-out')).toContainText('Class 2, Class 3');
			}
		}
	}
	await expect(page.getByTestId('class-count')).toHaveText(['examples: 12', 'examples: 12', 'examples: 12']);
	await expect(page.getByTestId('few-examples')).toHaveCount(0);
	await expect(page.getByTestId('left-out')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Delete example 12 of Class 3' })).toBeVisible();

	// The models hold every drawing (handed over once the adding settles), two of each class held out.
	await expect(page.getByTestId('training-on')).toHaveText('The network learns from 30 of your 36 examples (3 classes) and is tested on the other 6.');
	await expect(status).toContainText(READY);
	await page.getByRole('button', { name: 'Train', exact: true }).click();
	await expect(page.getByTestId('stopped')).toContainText('Stopped after epoch 30', { timeout: 40_000 });
	await expect(status).toContainText(AT_LEAST_90);
	await draw(page, TEST_PAD, stroke('ring', random(99)));
	await expect(page.getByTestId('own-prediction')).toContainText('The network says Class 3');

	// The first ten losses from fresh weights.
	await page.getByRole('button', { name: 'Reset', exact: true }).click();
	await expect(status).toContainText(READY);
	const before = await stepTenLosses(page);

	// Save, delete, open: the same examples, and the same first ten losses.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save dataset' }).click()]);
	const saved = await download.path();
	const savedText = await readFile(saved, 'utf8');
	await page.getByRole('button', { name: 'Delete dataset' }).click();
	await page.getByRole('button', { name: 'Yes, delete it' }).click();
	await expect(page.getByTestId('class-count')).toHaveText(['examples: 0', 'examples: 0', 'examples: 0']);
	await page.getByLabel('Open dataset').setInputFiles(saved);
	await expect(page.getByTestId('file-message')).toContainText('Opened a dataset of 36 examples in 3 classes');
	await expect(page.getByTestId('class-count')).toHaveText(['examples: 12', 'examples: 12', 'examples: 12']);
	// Handed to the models again: fresh ones, built on it.
	await expect(status).toContainText(READY);
	const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save dataset' }).click()]);
	expect(await readFile(await again.path(), 'utf8')).toBe(savedText);
	expect(await stepTenLosses(page)).toEqual(before);

	// A reload keeps the dataset.
	await page.reload();
	await expect(page.getByTestId('class-count')).toHaveText(['examples: 12', 'examples: 12', 'examples: 12']);
	await expect(status).toContainText(READY);
	expect(away).toEqual([]);
});

test('the sample table trains to 90%, and bad tables, pictures and files are refused with the dataset kept', async ({ page }) => {
	const away = sameOriginOnly(page);
	await page.goto(ADDRESS);
	const status = page.getByRole('status');

	// Picture files for a class: a real PNG (a dark bar on white, made by the browser) is added; a file that is not a picture is refused.
	const bar = await page.evaluate(() => {
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = 60;
		const context = canvas.getContext('2d')!;
		context.fillStyle = '#fff';
		context.fillRect(0, 0, 60, 60);
		context.fillStyle = '#000';
		context.fillRect(25, 5, 10, 50);
		return canvas.toDataURL('image/png').split(',')[1];
	});
	await page.getByLabel('Add picture files to Class 1').setInputFiles([
		{ name: 'bar.png', mimeType: 'image/png', buffer: Buffer.from(bar, 'base64') },
		{ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not a picture at all') }
	]);
	await expect(page.getByTestId('draw-message')).toContainText('Pictures added to Class 1: 1.');
	await expect(page.getByTestId('draw-message')).toContainText('notes.png is not a picture');
	await expect(page.getByTestId('class-count').first()).toHaveText('examples: 1');

	await page.getByLabel('A table (CSV file)').check();
	await page.getByRole('button', { name: 'Use the sample table' }).click();
	const summary = page.getByTestId('table-summary');
	await expect(summary).toHaveText('150 rows, 4 features, 3 classes.');
	await expect(status).toContainText(READY);
	await page.getByRole('button', { name: 'Train', exact: true }).click();
	await expect(status).toContainText(AT_LEAST_90, { timeout: 40_000 });
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
	expect(await seriousViolations(page)).toEqual([]);

	const csv = page.getByLabel('Upload a CSV file');
	const problem = page.getByTestId('table-problem');
	const rows = (n: number) => 'a,label\n' + Array.from({ length: n }, (_, i) => `${i},${i % 2}`).join('\n');
	const wide = Array.from({ length: 51 }, (_, i) => `f${i}`);
	const cases: [string, string | Buffer, string][] = [
		['no header', '1,2,3\n4,5,6\n', 'The first row holds numbers'],
		['one label', 'a,b\n1,x\n2,x\n', 'has only one value'],
		['too many labels', 'a,b\n' + Array.from({ length: 51 }, (_, i) => `${i},k${i}`).join('\n'), 'has 51 different values'],
		['not numeric', 'a,b,c\n1,oops,x\n2,3,y\n', 'holds “oops”, not a number'],
		['ragged', 'a,b\n1,x\n2\n', 'Line 3 has 1 cells'],
		['empty', '', 'That file is empty'],
		['too many rows', rows(10_001), 'has 10001 rows'],
		['too many columns', `${wide.join(',')}\n${wide.map(() => 1).join(',')}\n`, 'has 51 columns'],
		['not a CSV', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'not a CSV table']
	];
	for (const [name, content, message] of cases) {
		await csv.setInputFiles({ name: `${name}.csv`, mimeType: 'text/csv', buffer: Buffer.from(content) });
		await expect(problem, name).toContainText(message);
		await expect(problem, name).toContainText('Your dataset is unchanged.');
		await expect(summary, name).toHaveText('150 rows, 4 features, 3 classes.');
	}

	const open = page.getByLabel('Open dataset');
	const message = page.getByTestId('file-message');
	const files: [string, string, string][] = [
		['not JSON', 'sepal,species\n1,a\n', 'not a dataset file'],
		['from elsewhere', '{"name": "someone else’s file", "rows": []}', 'was not saved by Step One'],
		['damaged', '{"format": "step-one-dataset", "version": 1, "kind": "table", "classes": ["a"], "features": [], "examples": []}', 'is damaged']
	];
	for (const [name, content, text] of files) {
		await open.setInputFiles({ name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(content) });
		await expect(message, name).toContainText(text);
		await expect(message, name).toContainText('Your dataset is unchanged.');
		await expect(summary, name).toHaveText('150 rows, 4 features, 3 classes.');
	}
	expect(away).toEqual([]);
});

test('axe finds nothing serious on the drawing page in Chinese, warning and note shown', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('step-one.language', 'zh'));
	await page.goto(ADDRESS);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	// A first visit's classes are named in the visit's language.
	await expect(page.getByRole('radio', { name: '画 类别 1' })).toBeChecked();
	await draw(page, /画板：用鼠标/, stroke('vertical', random(3)));
	await page.getByRole('button', { name: '添加例子', exact: true }).click();
	await expect(page.getByTestId('few-examples')).toBeVisible();
	await expect(page.getByTestId('nothing-to-train')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});
