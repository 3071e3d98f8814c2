/**
 * The coach in the lab: a run that blows up is named with a link to the page that explains it,
 * within seconds of Train; a run with the lab's defaults gets no coach message at all.
 */
import { expect, statusNumber, test } from './fixtures';

test('the lab at learning rate 10 (Adam) shows the "blew up" message with a link to the learning-rate page within 10 s of Train', async ({ page }) => {
	await page.goto('/mnist?lr=10');
	const train = page.getByRole('button', { name: 'Train', exact: true });
	await expect(train).toBeEnabled({ timeout: 30_000 });
	await train.click();
	const message = page.locator('[data-coach="blewUp"]');
	await expect(message).toContainText(/The loss shot up to [\d,.]+ at step \d+/, { timeout: 10_000 });
	await expect(message.getByRole('link', { name: 'Learning rate' })).toHaveAttribute('href', /\/concepts\/learning-rate$/);
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
});

test('the lab with its defaults trains past 200 steps without a single coach message, not even for a moment', async ({ page }) => {
	await page.goto('/mnist');
	const train = page.getByRole('button', { name: 'Train', exact: true });
	await expect(train).toBeEnabled({ timeout: 30_000 });
	// Records every coach message that ever enters the page, so one that came and went is caught too.
	await page.evaluate(() => {
		const seen: string[] = [];
		Object.assign(window, { coachSeen: seen });
		new MutationObserver(() => {
			for (const element of document.querySelectorAll('[data-coach]')) seen.push(element.getAttribute('data-coach') ?? '');
		}).observe(document.body, { childList: true, subtree: true });
	});
	await train.click();
	const status = page.getByRole('status');
	// Past 200 steps the rules have had several evaluations and snapshots to fire on.
	await expect.poll(async () => statusNumber(await status.innerText(), 'Step'), { timeout: 20_000 }).toBeGreaterThanOrEqual(200);
	await expect(status).toContainText(/Accuracy [1-9]/);
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
	await expect(page.locator('[data-coach]')).toHaveCount(0);
	await expect(page.getByTestId('coach')).toBeEmpty();
	expect(await page.evaluate(() => (window as unknown as { coachSeen: string[] }).coachSeen)).toEqual([]);
});
