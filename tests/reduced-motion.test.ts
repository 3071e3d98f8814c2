import type { Page } from '@playwright/test';
import { trainBriefly } from './a11y';
import { expect, test } from './fixtures';

/** Every element (and ::before/::after) whose transition or animation lasts over 0.01 s, and what scrolls smoothly. */
async function motion(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const seconds = (list: string) =>
			Math.max(0, ...list.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d)) || 0));
		const found: string[] = [];
		for (const element of [document.documentElement, ...document.querySelectorAll('*')]) {
			for (const pseudo of [null, '::before', '::after']) {
				const style = getComputedStyle(element, pseudo);
				const name = `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}${pseudo ?? ''}`;
				if (seconds(style.transitionDuration) > 0.01) found.push(`${name} transition ${style.transitionDuration}`);
				if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01) {
					found.push(`${name} animation ${style.animationDuration}`);
				}
				if (pseudo === null && style.scrollBehavior === 'smooth') found.push(`${name} scroll-behavior smooth`);
			}
		}
		// Script-driven animations (the Web Animations API) too.
		for (const animation of document.getAnimations()) {
			const duration = Number(animation.effect?.getComputedTiming().duration ?? 0);
			if (duration > 10) found.push(`script animation of ${duration} ms`);
		}
		return found;
	});
}

for (const route of ['/mnist?backend=wasm', '/concepts/dropout?cmp=1&backend=wasm']) {
	test(`${route}: with reduced motion asked for, nothing moves longer than 0.01 s while training`, async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(route);
		await page.getByRole('button', { name: 'Train', exact: true }).click({ timeout: 30_000 });
		await expect(page.getByRole('status')).toContainText(/Accuracy \d/, { timeout: 60_000 });
		expect(await motion(page)).toEqual([]);
		await page.getByRole('button', { name: 'Pause', exact: true }).click();
	});
}

test('the motion check can fail: without the preference, the dropout diagram fades its units', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto('/concepts/dropout?cmp=1&backend=wasm');
	await trainBriefly(page, 5);
	expect((await motion(page)).some((m) => m.includes('transition'))).toBe(true);
});
