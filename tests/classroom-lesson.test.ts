/**
 * Lessons: a link that locks settings and carries a challenge. Locked controls are disabled and
 * say why; neither the keyboard, the mouse nor the link's other parameters change them; training
 * meets the challenge; a garbled lesson is a notice, not a broken page; the builder's link opens
 * with the locks it was given.
 */
import type { Page } from '@playwright/test';
import { encodeLesson, emptyLesson, type Lesson } from '../src/lib/classroom/lesson';
import { expect, test } from './fixtures';

const LESSON: Lesson = {
	...emptyLesson(),
	locked: { learningRate: 0.003, hiddenLayers: 1 },
	goal: { metric: 'accuracy', value: 50 },
	text: { en: 'Reach 50% test accuracy <b>without</b> touching the rate.', zh: '' }
};
const LINK = `/mnist?backend=wasm&lesson=${encodeLesson(LESSON)}`;

const control = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Waits until the page's script has taken over: a control the lesson leaves open is enabled. */
async function ready(page: Page, open = 'Units per layer') {
	await expect(control(page, open)).toBeEnabled();
}

test('locked controls are disabled, say why, and neither keyboard nor mouse changes them; training meets the challenge', async ({ page }) => {
	await page.goto(LINK);
	await ready(page);
	const rate = control(page, 'Learning rate');
	const layers = control(page, 'Hidden layers');
	for (const locked of [rate, layers]) {
		await expect(locked).toBeDisabled();
		await expect(locked).toHaveAccessibleDescription('Locked by this lesson');
	}
	await expect(page.getByTestId('locked-reason')).toHaveCount(2);
	const before = [await rate.inputValue(), await layers.inputValue()];
	for (const locked of [rate, layers]) {
		await locked.focus();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('End');
		const box = (await locked.boundingBox())!;
		await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
	}
	expect([await rate.inputValue(), await layers.inputValue()]).toEqual(before);
	await expect(rate).toHaveAttribute('aria-valuetext', '0.003');

	const challenge = page.getByTestId('challenge');
	// The teacher's words are text: the tag shows as typed.
	await expect(challenge).toContainText('<b>without</b>');
	await expect(challenge).toHaveAttribute('data-met', 'false');
	await page.getByRole('button', { name: 'Train', exact: true }).click();
	await expect(challenge).toHaveAttribute('data-met', 'true', { timeout: 30_000 });
	await expect(challenge).toContainText('Challenge met');
	const met = await page.evaluate(() => JSON.parse(localStorage.getItem('step-one.progress') ?? '{}').met);
	expect(met).toContain('mnist');
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
});

test('the link’s other parameters cannot change a locked setting: the lesson keeps it and says so', async ({ page }) => {
	await page.goto(`${LINK}&lr=0.5&layers=3&width=64`);
	await ready(page);
	await expect(control(page, 'Learning rate')).toHaveAttribute('aria-valuetext', '0.003');
	await expect(control(page, 'Hidden layers')).toHaveValue('1');
	await expect(control(page, 'Units per layer')).toHaveAttribute('aria-valuetext', '64');
	const notices = page.getByTestId('url-notices');
	await expect(notices).toContainText('“lr=0.5” is ignored: the lesson in this link keeps it at 0.003.');
	await expect(notices).toContainText('“layers=3” is ignored');
	// The address keeps the lesson and drops the overruled values.
	await expect(page).toHaveURL(/[?&]width=64/);
	await expect(page).not.toHaveURL(/[?&]lr=/);
	await expect(page).toHaveURL(/[?&]lesson=1\./);
});

test('a lesson with garbled parts is a notice: the page opens without them and trains', async ({ page }) => {
	const part = `1.${Buffer.from('{"l":{"lr":"banana","layers":2},"g":{"m":"acc","v":"lots"}}').toString('base64url')}`;
	await page.goto(`/mnist?backend=wasm&lesson=${part}`);
	await ready(page);
	const notices = page.getByTestId('url-notices');
	await expect(notices).toContainText('Part of the lesson (“lesson.lr”) could not be read');
	await expect(notices).toContainText('“lesson.goal”');
	await expect(control(page, 'Hidden layers')).toBeDisabled();
	await expect(control(page, 'Learning rate')).toBeEnabled();

	await page.goto('/mnist?backend=wasm&lesson=1.eyJsIjp7ImxyIj&width=32');
	await ready(page);
	await expect(page.getByTestId('url-notices')).toContainText('The lesson in this link (“lesson=1.eyJsIjp7ImxyIj”) could not be read');
	await expect(control(page, 'Learning rate')).toBeEnabled();
	await expect(control(page, 'Units per layer')).toHaveAttribute('aria-valuetext', '32');
	await page.getByRole('button', { name: 'Step', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Step 1', { timeout: 30_000 });
});

test('the builder makes a link that opens with the locks and challenge it was given', async ({ page }) => {
	await page.goto('/mnist?backend=wasm&width=64');
	await ready(page);
	const builder = page.getByTestId('lesson-builder');
	await builder.getByText('Make a lesson', { exact: true }).click();
	await builder.getByRole('checkbox', { name: 'Learning rate', exact: true }).check();
	await builder.getByRole('checkbox', { name: 'Units per layer', exact: true }).check();
	await builder.getByLabel('Target', { exact: true }).fill('50');
	await builder.getByRole('button', { name: 'Add a limit', exact: true }).click();
	await builder.getByLabel('Setting to limit', { exact: true }).selectOption('hiddenLayers');
	await builder.getByLabel('At most', { exact: true }).fill('2');
	await builder.getByLabel('At most', { exact: true }).blur();
	await builder.getByLabel('Challenge text in Chinese', { exact: true }).fill('用最多两层达到 50%。');
	const href = await builder.getByTestId('lesson-link').getAttribute('href');
	expect(href).toMatch(/[?&]lesson=1\.[A-Za-z0-9_-]+$/);
	expect(href).not.toMatch(/backend=|[?&]width=/);

	await page.goto(`${href}&backend=wasm`);
	await ready(page, 'Hidden layers');
	await expect(control(page, 'Learning rate')).toBeDisabled();
	await expect(control(page, 'Units per layer')).toBeDisabled();
	await expect(control(page, 'Units per layer')).toHaveAttribute('aria-valuetext', '64');
	await expect(control(page, 'Hidden layers')).toBeEnabled();
	const challenge = page.getByTestId('challenge');
	await expect(challenge).toContainText('Reach a test accuracy of at least 50% with hidden layers at most 2');
	await expect(challenge).toContainText('用最多两层达到 50%。');
	await expect(page.getByTestId('url-notices')).toHaveCount(0);
});
