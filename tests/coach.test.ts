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

test('the lab with its defaults trains past 400 steps without a single coach message', async ({ page }) => {
	await page.goto('/mnist');
	const train = page.getByRole('button', { name: 'Train', exact: true });
	await expect(train).toBeEnabled({ timeout: 30_000 });
	await train.click();
	const status = page.getByRole('status');
	await expect.poll(async () => statusNumber(await status.innerText(), 'Step'), { timeout: 20_000 }).toBeGreaterThanOrEqual(400);
	await expect(status).toContainText(/Accuracy [1-9]/);
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
	await expect(page.locator('[data-coach]')).toHaveCount(0);
	await expect(page.getByTestId('coach')).toBeEmpty();
});
