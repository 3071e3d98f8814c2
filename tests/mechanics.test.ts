/**
 * What the mechanics pages add in the browser beyond the shared loop: the neuron's sliders set
 * the model itself (and a weight typed out of range gets a plain message), a test digit out of
 * range on the forward-propagation page gets one too, and the backpropagation page's check of
 * every gradient against a finite difference agrees on the live model.
 */
import type { Page } from '@playwright/test';
import { statusStep } from './a11y';
import { expect, test } from './fixtures';

async function ready(page: Page) {
	await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 30_000 });
}

/** The neuron's weights as the page writes them: "ŷ = σ(w₁·x₁ + w₂·x₂ + b)", signs as − or +. */
async function neuronWeights(page: Page): Promise<number[]> {
	const text = (await page.getByTestId('neuron-formula').innerText()).replace(/\s+/g, '').replace(/−/g, '-');
	const match = text.match(/σ\((-?[\d.]+)·x₁([+-][\d.]+)·x₂([+-][\d.]+)\)/);
	expect(match, text).not.toBeNull();
	return match!.slice(1, 4).map(Number);
}

test('neuron: a typed weight becomes the model’s own, training moves on from it, and 99 gets a plain message', async ({ page }) => {
	await page.goto('/concepts/neuron?backend=wasm');
	await ready(page);
	const w1 = page.getByLabel('Type w₁', { exact: true });
	await w1.fill('-4');
	await w1.press('Enter');
	await expect.poll(async () => (await neuronWeights(page))[0]).toBe(-4);
	// One step of Adam at 0.05 moves each weight by about 0.05: the model trained from −4.
	await page.getByRole('button', { name: 'Step', exact: true }).click();
	await expect.poll(() => statusStep(page)).toBe(1);
	await expect.poll(async () => (await neuronWeights(page))[0]).not.toBe(-4);
	const [after] = await neuronWeights(page);
	expect(Math.abs(after + 4)).toBeLessThan(0.2);
	await w1.fill('99');
	await w1.press('Enter');
	await expect(page.getByRole('alert').filter({ hasText: 'Type a number from −10 to 10.' })).toBeVisible();
	expect((await neuronWeights(page))[0]).toBe(after);
});

test('forward propagation: a test digit out of range gets a plain message and the walk stays on the last one', async ({ page }) => {
	await page.goto('/concepts/forward-propagation?backend=wasm');
	await ready(page);
	const box = page.getByLabel('Test digit (1–2000)');
	await box.fill('5000');
	await box.press('Enter');
	await expect(page.getByRole('alert').filter({ hasText: 'Choose a whole number from 1 to 2000' })).toBeVisible();
	await expect(page.locator('figcaption').filter({ hasText: /Test digit 1 \(a \d\) going through the network/ })).toBeVisible();
});

test('backpropagation: after training, every gradient of the live network agrees with its finite difference', async ({ page }) => {
	await page.goto('/concepts/backpropagation?backend=wasm');
	await ready(page);
	await page.getByRole('button', { name: 'Train', exact: true }).click();
	await expect.poll(() => statusStep(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(200);
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
	await expect(page.getByText(/Every gradient agrees with its central difference/)).toBeVisible();
});
