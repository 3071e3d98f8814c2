/** A page fixture that fails the test on any console error or uncaught exception. */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[] }>({
	consoleErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			await use(errors);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Reads a number that follows `label` in the status line, e.g. "Loss" in "Loss 0.2314". */
export function statusNumber(text: string, label: string): number {
	const match = text.match(new RegExp(`${label} (-?[\\d.]+|NaN|Infinity)`));
	return match ? Number(match[1]) : NaN;
}
