/**
 * The shared concept-page loop, for every page in the table of pages: once on a projector in
 * English, once on a phone in Chinese. On the projector: the first screen, then the comparison
 * (the page's core move) turned on and trained until the loss falls; on the phone: a link with
 * the comparison on, Train near the top, a few steps, and Train still in reach among the
 * charts. Both then check every figure (a caption, marks drawn from the runs' numbers and a
 * table of finite numbers; a digit experiment's figures include its confusion matrix), that nothing is wider than the screen, and that axe finds nothing
 * serious with the tables open. The fixture fails the test on any console error.
 */
import type { Locator, Page } from '@playwright/test';
import { CONCEPT_PAGES } from '../src/lib/concepts/pages';
import { en } from '../src/lib/i18n/en';
import { zh } from '../src/lib/i18n/zh';
import { seriousViolations, statusStep } from './a11y';
import { expect, test } from './fixtures';
import { expectFigures } from './figures';

const SETUPS = [
	{
		name: 'a projector in English',
		viewport: { width: 1280, height: 720 },
		language: 'en',
		words: en,
		status: /Epoch \d+ · Step \d+ · Loss [\d.]+ · Accuracy [\d.]+% · WASM/
	},
	{
		name: 'a phone in Chinese',
		viewport: { width: 390, height: 844 },
		language: 'zh',
		words: zh,
		status: /第 \d+ 轮 · 第 \d+ 步 · 损失 [\d.]+ · 准确率 [\d.]+% · WASM/
	}
] as const;

type Words = (typeof SETUPS)[number]['words'];

/** The latest test loss of every run, from the comparison table. */
async function testLosses(page: Page): Promise<number[]> {
	const cells = page.getByTestId('comparison-table').locator('tbody tr td:nth-child(4)');
	return (await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')))).map(Number);
}

function button(page: Page, name: string): Locator {
	return page.getByRole('button', { name, exact: true });
}

/**
 * Trains until the main run passes `step`, pauses, then takes one more Step: a step taken while
 * paused always comes with a fresh evaluation of every run, so the table is current once it shows.
 */
async function trainUntilStep(page: Page, words: Words, step: number) {
	await button(page, words['control.train']).click();
	await expect.poll(() => statusStep(page), { timeout: 90_000, intervals: [250] }).toBeGreaterThanOrEqual(step);
	await button(page, words['control.pause']).click();
	// Step is enabled once the worker has reported the chunk that was under way.
	await expect(button(page, words['control.step'])).toBeEnabled();
	const settled = await statusStep(page);
	await button(page, words['control.step']).click();
	await expect.poll(() => statusStep(page)).toBe(settled + 1);
}

/** An element's box in page coordinates (from the top of the document, not the viewport). */
function pageBox(locator: Locator) {
	return locator.evaluate((element) => {
		const box = element.getBoundingClientRect();
		return { top: box.top + scrollY, bottom: box.bottom + scrollY };
	});
}

for (const setup of SETUPS) {
	test.describe(setup.name, () => {
		test.use({ viewport: setup.viewport });

		for (const config of CONCEPT_PAGES) {
			const projector = setup.viewport.width > 800;
			test(`${config.slug}: ${projector ? 'first screen, side by side the loss falls' : 'side by side'}, every figure draws with its numbers, a confusion matrix on digits, axe passes`, async ({ page }) => {
				const { words } = setup;
				await page.addInitScript((choice) => localStorage.setItem('step-one.language', choice), setup.language);
				// The projector turns the comparison on as a learner would; the phone opens a shared link with it on.
				await page.goto(`/concepts/${config.slug}?${projector ? '' : 'cmp=1&'}backend=wasm`);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				await expect(page.locator('.katex').first()).toBeVisible();
				await expect(button(page, words['control.train'])).toBeEnabled({ timeout: 30_000 });
				const train = await pageBox(button(page, words['control.train']));
				if (projector) {
					// The question, Train and the page's own chart, drawn after one step, on the first screen.
					await button(page, words['control.step']).click();
					await expect.poll(() => statusStep(page)).toBeGreaterThan(0);
					expect((await pageBox(page.locator('.question'))).bottom).toBeLessThanOrEqual(720);
					expect(train.bottom).toBeLessThanOrEqual(720);
					const signature = page.locator('.chart-signature figure').first();
					expect((await pageBox(signature.locator('.chart-plot').first())).bottom, 'the page’s own chart ends above 720 px').toBeLessThanOrEqual(720);
					await expect(signature.locator('[data-mark], canvas').first()).toBeAttached();
					// Fresh models again, so turning on the comparison builds them without asking.
					await button(page, words['control.reset']).click();
					await expect.poll(() => statusStep(page)).toBe(0);
					await page.getByLabel(words['compare.toggle'], { exact: true }).check();
					await expect(page.getByTestId('comparison-table').locator('tbody tr')).toHaveCount(2);
					// One step, evaluated, gives the starting losses.
					await expect(button(page, words['control.step'])).toBeEnabled();
					await button(page, words['control.step']).click();
					await expect.poll(() => statusStep(page)).toBe(1);
					await expect.poll(async () => (await testLosses(page)).every(Number.isFinite)).toBe(true);
					const early = Math.min(...(await testLosses(page)));
					// Most pages' best loss has fallen by step 30; a slow starter (a deep net) gets until 100, then 150.
					for (const step of [30, 100, 150]) {
						await trainUntilStep(page, words, step);
						if (Math.min(...(await testLosses(page))) < early) break;
					}
					await expect.poll(async () => Math.min(...(await testLosses(page)))).toBeLessThan(early);
				} else {
					// Train near the top; a few steps, each evaluated, give every chart its numbers.
					expect(train.bottom).toBeLessThanOrEqual(900);
					await expect(page.getByTestId('comparison-table').locator('tbody tr')).toHaveCount(2);
					for (let i = 1; i <= 3; i++) {
						await expect(button(page, words['control.step'])).toBeEnabled();
						await button(page, words['control.step']).click();
						await expect.poll(() => statusStep(page)).toBe(i);
					}
					await expect.poll(async () => (await testLosses(page)).every(Number.isFinite)).toBe(true);
				}
				expect(await page.getByRole('status').innerText()).toMatch(setup.status);
				await expectFigures(page, { drawn: true });
				// The main run's mistakes, digit by digit; a point set has no digits to confuse.
				const digits = (config.defaults.data ?? 'digits') === 'digits';
				await expect(page.getByTestId('confusion-table')).toHaveCount(digits ? 1 : 0);
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(setup.viewport.width);
				if (!projector) {
					// Down among the charts, the training controls are still on screen.
					await page.locator('figure').last().scrollIntoViewIfNeeded();
					const box = (await button(page, words['control.train']).boundingBox())!;
					expect(box.y).toBeGreaterThanOrEqual(0);
					expect(box.y + box.height).toBeLessThanOrEqual(setup.viewport.height);
				}
				expect(await seriousViolations(page)).toEqual([]);
			});
		}
	});
}
