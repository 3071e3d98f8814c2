import { seriousViolations, trainBriefly } from './a11y';
import { expect, test } from './fixtures';
import { expectFigures } from './figures';

test('MNIST lab: after training, every figure has a table of numbers and axe passes with them open', async ({ page }) => {
	await page.goto('/mnist?backend=wasm');
	await trainBriefly(page);
	// The probability bars need a drawing: one stroke, like a "1".
	const pad = page.getByRole('img', { name: /Drawing area/ });
	await pad.scrollIntoViewIfNeeded();
	const box = (await pad.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.8, { steps: 8 });
	await page.mouse.up();
	await expect(page.getByTestId('prediction')).toContainText(/The network says \d/);
	await expectFigures(page, { drawn: false });
	expect(await seriousViolations(page)).toEqual([]);
});
