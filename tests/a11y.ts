/** Helpers the accessibility tests share: axe's serious findings in words, and a short training run. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** axe's serious and critical findings on the page as it is now, one readable line per element. */
export async function seriousViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.flatMap((v) =>
			v.nodes.map(
				(node) =>
					`${v.impact} ${v.id} (${v.help}) at ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`
			)
		);
}

/** The step number in the experiment's status line ("Step 12" or "第 12 步"). */
export async function statusStep(page: Page): Promise<number> {
	const text = await page.getByRole('status').first().innerText();
	return Number(text.match(/Step (\d+)|第 (\d+) 步/)?.slice(1).find(Boolean) ?? 0);
}

/** Trains (English interface) until the status line shows a test accuracy and `steps` steps, then pauses. */
export async function trainBriefly(page: Page, steps = 30): Promise<void> {
	await page.getByRole('button', { name: 'Train', exact: true }).click({ timeout: 30_000 });
	await expect(page.getByRole('status')).toContainText(/Accuracy \d/, { timeout: 60_000 });
	await expect.poll(() => statusStep(page), { timeout: 60_000, intervals: [500] }).toBeGreaterThanOrEqual(steps);
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
}
