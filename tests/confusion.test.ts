import { statusStep, trainBriefly } from './a11y';
import { expect, test } from './fixtures';

test('MNIST lab: the confusion matrix counts the 2,000 test digits, its diagonal is the status line’s accuracy, and a cell opens exactly its digits', async ({
	page
}) => {
	await page.goto('/mnist?backend=wasm');
	await trainBriefly(page, 20);
	// A step taken while paused comes with a report of every metric, so the matrix, the status
	// line and a cell's digits all describe the same weights.
	const step = page.getByRole('button', { name: 'Step', exact: true });
	await expect(step).toBeEnabled();
	const before = await statusStep(page);
	await step.click();
	await expect.poll(() => statusStep(page)).toBe(before + 1);
	const cells = page.locator('[data-mark="cell"]');
	await expect(cells).toHaveCount(100);
	const counts = await cells.evaluateAll((buttons) =>
		buttons.map((b) => ({ label: Number(b.dataset.label), predicted: Number(b.dataset.predicted), count: Number(b.dataset.count) }))
	);
	expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(2000);

	const status = await page.getByRole('status').first().innerText();
	const shown = status.match(/Accuracy (\d+\.\d)%/)![1];
	const right = counts.filter((c) => c.label === c.predicted).reduce((sum, c) => sum + c.count, 0);
	expect(((right / 2000) * 100).toFixed(1)).toBe(shown);

	// The commonest mistake that fits on screen whole, opened from the keyboard.
	const mistake = counts
		.filter((c) => c.label !== c.predicted && c.count > 0 && c.count <= 32)
		.sort((a, b) => b.count - a.count)[0];
	const cell = page.getByRole('button', { name: `${mistake.label} called ${mistake.predicted}: ${mistake.count} ${mistake.count === 1 ? 'digit' : 'digits'}`, exact: true });
	await cell.focus();
	await page.keyboard.press('Enter');
	const digits = page.getByTestId('cell-examples').locator('[data-mark="digit"]');
	await expect(digits).toHaveCount(mistake.count);
	const shownDigits = await digits.evaluateAll((items) => items.map((li) => [Number(li.dataset.label), Number(li.dataset.prediction)]));
	expect(shownDigits).toEqual(Array.from({ length: mistake.count }, () => [mistake.label, mistake.predicted]));
	await expect(page.getByTestId('cell-examples').locator('figcaption').first()).toContainText(
		`${mistake.label} called ${mistake.predicted} at step`
	);
});
