import type { Page } from '@playwright/test';
import { statusStep } from './a11y';
import { expect, test } from './fixtures';

/** What has focus: its tag and its name as a learner would hear it, and whether its focus can be seen. */
interface Focused {
	tag: string;
	name: string;
	outlined: boolean;
	/** The middle of its on-screen part is the element itself, not a sticky bar over it. */
	unobscured: boolean;
}

async function focused(page: Page): Promise<Focused> {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return { tag: 'body', name: '', outlined: true, unobscured: true };
		const labels = (element as HTMLInputElement).labels;
		const name = (element.getAttribute('aria-label') ?? (labels?.[0]?.textContent || element.textContent) ?? '').trim();
		const style = getComputedStyle(element);
		const box = element.getBoundingClientRect();
		const left = Math.max(0, box.left);
		const right = Math.min(innerWidth, box.right);
		const top = Math.max(0, box.top);
		const bottom = Math.min(innerHeight, box.bottom);
		const hit = right > left && bottom > top ? document.elementFromPoint((left + right) / 2, (top + bottom) / 2) : null;
		return {
			tag: element.tagName.toLowerCase(),
			name,
			outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
			unobscured: hit !== null && (hit === element || element.contains(hit))
		};
	});
}

/**
 * Presses Tab (or Shift+Tab) until focus reaches an element whose name matches, checking at every
 * stop that the focus can be seen. Fails if the element is not reached within `limit` presses.
 */
async function tabTo(page: Page, name: RegExp, { back = false, limit = 60 } = {}): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		const now = await focused(page);
		if (now.tag !== 'body') {
			expect(now.outlined, `focus ring on ${now.tag} "${now.name}"`).toBe(true);
			expect(now.unobscured, `${now.tag} "${now.name}" is not hidden under anything`).toBe(true);
		}
		if (name.test(now.name)) return;
	}
	throw new Error(`No element named ${name} within ${limit} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

async function waitUntilReady(page: Page) {
	await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 30_000 });
}

/** Trains from the focused Train button until the step count grows, then pauses with Space. */
async function trainAndPause(page: Page) {
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeFocused();
	await expect.poll(() => statusStep(page), { timeout: 60_000, intervals: [300] }).toBeGreaterThan(0);
	const early = await statusStep(page);
	await expect.poll(() => statusStep(page), { timeout: 60_000, intervals: [300] }).toBeGreaterThan(early);
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeFocused();
	// Step is enabled once the chunk that was under way has reported.
	await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeEnabled();
}

/** Opens the first "Show the numbers" after the focus and checks its table has numbers. */
async function openFirstTable(page: Page) {
	await tabTo(page, /^Show the numbers$/);
	await page.keyboard.press('Enter');
	const details = page.locator('details:has(> summary:focus)');
	await expect(details).toHaveAttribute('open', '');
	await expect(details.locator('tbody tr').first()).toBeVisible();
	await expect(details.locator('td[data-value]').first()).toHaveAttribute('data-value', /^-?\d/);
}

test('MNIST lab from the keyboard: train, pause, step, reset, a slider, a table and the language', async ({ page }) => {
	await page.goto('/mnist?backend=wasm');
	await waitUntilReady(page);

	await tabTo(page, /^Train$/);
	await trainAndPause(page);

	await tabTo(page, /^Step$/);
	const paused = await statusStep(page);
	await page.keyboard.press('Enter');
	await expect.poll(() => statusStep(page)).toBe(paused + 1);

	await openFirstTable(page);

	await tabTo(page, /^Reset$/, { back: true });
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toContainText('Step 0 ');

	// The key settings come right after the training controls.
	await tabTo(page, /^Learning rate$/);
	const slider = page.getByLabel('Learning rate');
	const before = await slider.getAttribute('aria-valuetext');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(slider).not.toHaveAttribute('aria-valuetext', before ?? '');
	await expect(page).toHaveURL(/[?&]lr=/);

	await tabTo(page, /^Language/, { back: true });
	await page.keyboard.press('Enter');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('MNIST 实验室');
	await expect(page.getByRole('button', { name: '训练', exact: true })).toBeVisible();
});

test('a concept page from the keyboard: compare side by side, a slider, train, a table and the language', async ({ page }) => {
	await page.goto('/concepts/dropout?backend=wasm');
	await waitUntilReady(page);

	await tabTo(page, /^Dropout$/);
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/[?&]drop=/);

	await tabTo(page, /^Compare side by side$/);
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/[?&]cmp=1/);
	await expect(page.getByTestId('comparison-table').locator('tbody tr')).toHaveCount(2);

	await waitUntilReady(page);
	await tabTo(page, /^Train$/, { back: true });
	await trainAndPause(page);
	await openFirstTable(page);

	await tabTo(page, /^Language/, { back: true, limit: 80 });
	await page.keyboard.press('Space');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { name: '试试看' })).toBeVisible();
});

for (const route of ['/mnist?backend=wasm', '/concepts/learning-rate?cmp=1&backend=wasm']) {
	test(`${route}: Tab and Shift+Tab visit every control with a visible focus ring and never get stuck`, async ({ page }) => {
		await page.goto(route);
		await waitUntilReady(page);
		// Forward from the top of the page round to the body again, then the same way back.
		for (const back of [false, true]) {
			const names: string[] = [];
			// Every setting and chart has its own help button, so a tour is long.
			for (let i = 0; i < 300; i++) {
				await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
				const now = await focused(page);
				if (now.tag === 'body') break;
				expect(now.outlined, `focus ring on ${now.tag} "${now.name}"`).toBe(true);
				expect(now.unobscured, `${now.tag} "${now.name}" is not hidden under anything`).toBe(true);
				names.push(now.name);
			}
			expect(names.length, 'focus came back round to the page').toBeLessThan(300);
			for (const name of ['Train', 'Step', 'Reset', 'Learning rate']) expect(names).toContain(name);
		}
	});
}
