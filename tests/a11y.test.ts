import { seriousViolations } from './a11y';
import { expect, test } from './fixtures';

// Each concept page is checked in both languages by the shared loop (concept-loop.test.ts), tables open.
const ROUTES = ['/', '/mnist', '/no-such-page'];
const LANGUAGES = [
	{ language: 'en', lang: 'en' },
	{ language: 'zh', lang: 'zh-CN' }
];

for (const { language, lang } of LANGUAGES) {
	for (const route of ROUTES) {
		test(`axe finds nothing serious on ${route} in ${language}`, async ({ page, consoleErrors }) => {
			await page.addInitScript((choice) => localStorage.setItem('step-one.language', choice), language);
			await page.goto(route);
			// Chromium logs the 404 of the unknown page itself; that one is expected.
			consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/status of 404/.test(e)));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			// Experiment pages: wait until the worker is up and the controls are live.
			const controls = page.getByRole('group').getByRole('button');
			if ((await controls.count()) > 0) await expect(controls.first()).toBeEnabled({ timeout: 30_000 });
			expect(await seriousViolations(page)).toEqual([]);
		});
	}
}
