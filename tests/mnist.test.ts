import { expect, statusNumber, test } from './fixtures';

test.describe('MNIST lab', () => {
	test('trains on WebGL: the loss falls and test accuracy reaches 90% within 60 s', async ({ page }) => {
		await page.goto('/mnist');
		const status = page.getByRole('status');
		await page.getByLabel('Backend').selectOption('webgl');
		await expect(page).toHaveURL(/backend=webgl/);
		const train = page.getByRole('button', { name: 'Train', exact: true });
		await expect(train).toBeEnabled({ timeout: 30_000 });
		await expect(status).toContainText('WebGL');
		await expect(status).toContainText('Step 0');

		await train.click();
		await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
		await expect(status).toContainText(/Step [1-9]/);
		const firstLoss = statusNumber(await status.innerText(), 'Loss');
		expect(firstLoss).toBeGreaterThan(0);

		const started = Date.now();
		await expect
			.poll(async () => statusNumber(await status.innerText(), 'Accuracy'), { timeout: 60_000, intervals: [500] })
			.toBeGreaterThanOrEqual(90);
		test.info().annotations.push({ type: 'seconds to 90% on WebGL', description: String((Date.now() - started) / 1000) });

		const text = await status.innerText();
		expect(text).toMatch(/Epoch \d+/);
		expect(text).toContain('WebGL');
		expect(statusNumber(text, 'Loss')).toBeLessThan(firstLoss);

		await page.getByRole('button', { name: 'Pause', exact: true }).click();
		await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
	});

	test('draws every chart as a captioned figure while training', async ({ page }) => {
		await page.goto('/mnist');
		await page.getByRole('button', { name: 'Train', exact: true }).click();
		await expect(page.getByRole('status')).toContainText(/Accuracy \d/, { timeout: 30_000 });
		const figures = page.locator('figure');
		expect(await figures.count()).toBeGreaterThanOrEqual(6);
		for (const figure of await figures.all()) await expect(figure.locator('figcaption')).not.toBeEmpty();
		// The loss chart draws the run's own curve: a data line through several points, not a frame or clip box.
		const loss = figures.filter({ has: page.locator('figcaption', { hasText: 'Loss falls as the network learns' }) });
		await expect(loss.locator('path[data-mark="line"][d*="L"]').first()).toBeVisible();
		// The gallery shows 24 test digits, each marked right or wrong.
		const gallery = figures.filter({ has: page.locator('figcaption', { hasText: 'Test digits and what the network' }) });
		await expect(gallery.locator('[data-mark="digit"]')).toHaveCount(24);
		await expect(gallery.locator('[data-mark="digit"]:is([data-verdict="right"], [data-verdict="wrong"])')).toHaveCount(24);
		await page.getByRole('button', { name: 'Pause', exact: true }).click();
	});

	test('predicts a digit drawn with the mouse', async ({ page }) => {
		await page.goto('/mnist');
		const train = page.getByRole('button', { name: 'Train', exact: true });
		await train.click();
		await expect(page.getByRole('status')).toContainText(/Accuracy (8|9)\d/, { timeout: 60_000 });
		await page.getByRole('button', { name: 'Pause', exact: true }).click();

		const pad = page.getByRole('img', { name: /Drawing area/ });
		await pad.scrollIntoViewIfNeeded();
		const box = (await pad.boundingBox())!;
		// A "1": one vertical stroke down the middle.
		await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.15);
		await page.mouse.down();
		for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * (0.15 + 0.07 * i));
		await page.mouse.up();
		await expect(page.getByTestId('prediction')).toContainText(/The network says \d \(\d+% sure\)/);
		await expect(page.getByTestId('prediction')).toContainText('The network says 1');
	});

	test('Step trains exactly one step and Reset starts over', async ({ page }) => {
		await page.goto('/mnist?backend=wasm');
		const status = page.getByRole('status');
		const step = page.getByRole('button', { name: 'Step', exact: true });
		await expect(step).toBeEnabled({ timeout: 30_000 });
		await step.click();
		await expect(status).toContainText('Step 1 ');
		await step.click();
		await expect(status).toContainText('Step 2 ');
		await page.getByRole('button', { name: 'Reset', exact: true }).click();
		await expect(status).toContainText('Step 0 ');
		// After Pause, Step waits for the chunk under way, then adds exactly one.
		await page.getByRole('button', { name: 'Train', exact: true }).click();
		await expect.poll(async () => statusNumber(await status.innerText(), 'Step')).toBeGreaterThan(20);
		await page.getByRole('button', { name: 'Pause', exact: true }).click();
		await expect(step).toBeEnabled();
		const paused = statusNumber(await status.innerText(), 'Step');
		await step.click();
		await expect(status).toContainText(`Step ${paused + 1} `);
		await page.waitForTimeout(500);
		await expect(status).toContainText(`Step ${paused + 1} `);
	});

	test('keeps settings in the URL and replaces bad ones with a notice', async ({ page }) => {
		await page.goto('/mnist?lr=banana&act=tanh&layers=99&seed=7');
		await expect(page.getByTestId('url-notices')).toContainText('lr=banana');
		await expect(page.getByTestId('url-notices')).toContainText('layers=99');
		await expect(page.getByLabel('Activation')).toHaveValue('tanh');
		await expect(page.getByLabel('Random seed')).toHaveValue('7');
		await expect(page).toHaveURL(/act=tanh/);
		await expect(page).toHaveURL(/layers=20/);
		await expect(page).not.toHaveURL(/lr=/);
		await page.getByLabel('Optimizer').selectOption('sgd');
		await expect(page).toHaveURL(/opt=sgd/);
		await page.reload();
		await expect(page.getByLabel('Optimizer')).toHaveValue('sgd');
		await expect(page.getByLabel('Activation')).toHaveValue('tanh');
	});

	test('Auto falls back from software WebGL to WASM and says so', async ({ page }) => {
		await page.goto('/mnist');
		await expect(page.getByRole('status')).toContainText('WASM', { timeout: 30_000 });
		await expect(page.getByText(/WebGL here is software-only|no hardware WebGL/)).toBeVisible();
	});

	test('a diverging run stops with a plain message and Reset recovers', async ({ page }) => {
		await page.goto('/mnist?backend=wasm&opt=sgd&lr=10&init=largeNormal&layers=3');
		await page.getByRole('button', { name: 'Train', exact: true }).click();
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('diverged', { timeout: 30_000 });
		await expect(alert).toContainText('smaller learning rate');
		// The loss curve stops at the last finite point: no chart draws a NaN or infinite mark.
		const badMarks = await page.locator('figure svg *').evaluateAll((elements) =>
			elements.flatMap((element) =>
				[...element.attributes].filter((a) => /NaN|Infinity/.test(a.value)).map((a) => `${element.tagName} ${a.name}="${a.value.slice(0, 40)}"`)
			)
		);
		expect(badMarks).toEqual([]);
		await expect(page.locator('figure svg path').first()).toBeVisible();
		await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
		await page.getByRole('button', { name: 'Reset', exact: true }).click();
		await expect(alert).toHaveCount(0);
		await expect(page.getByRole('status')).toContainText('Step 0 ');
		await page.getByLabel('Initial weights').selectOption('heNormal');
		// The slider moves in powers of ten: 100 positions a decade from 1e-5.
		await page.getByLabel('Learning rate').fill('400');
		await expect(page).toHaveURL(/lr=0\.1(&|$)/);
		await page.getByRole('button', { name: 'Train', exact: true }).click();
		await expect(page.getByRole('status')).toContainText(/Accuracy [1-9]/, { timeout: 30_000 });
		await page.getByRole('button', { name: 'Pause', exact: true }).click();
	});

	test('a run that blows up without diverging is named, with what to try, and the loss axis turns logarithmic', async ({ page }) => {
		// Adam at rate 10: the loss shoots to tens of thousands, then the network sits at chance, all finite.
		await page.goto('/mnist?backend=wasm&lr=10');
		await page.getByRole('button', { name: 'Train', exact: true }).click();
		const message = page.getByTestId('blew-up');
		await expect(message).toContainText(/The loss shot up to [\d,.]+ at step \d+/, { timeout: 30_000 });
		await expect(message).toContainText('10× smaller learning rate');
		// The first evaluation may come while the wrecked network still gets more than chance right;
		// a later one, while it trains on, finds it at chance.
		await expect(message).toContainText('no better than guessing', { timeout: 30_000 });
		await page.getByRole('button', { name: 'Pause', exact: true }).click();
		await expect(page.getByRole('alert')).toHaveCount(0);
		// Ticks a decade apart: the loss chart switched to a log scale for values spanning orders of magnitude.
		const lossFigure = page.locator('figure').filter({ hasText: 'Loss falls' });
		// The y axis's labels are the ticks anchored at their end, left of the plot.
		const labels = await lossFigure.locator('.tick text[text-anchor="end"]').evaluateAll((texts) => texts.map((t) => t.textContent ?? ''));
		const ticks = labels.map((t) => Number(t.replace(/,/g, '')));
		const decades = ticks.filter((v) => v > 0 && Number.isInteger(Math.log10(v)));
		expect(decades.length).toBeGreaterThanOrEqual(3);
	});
});
