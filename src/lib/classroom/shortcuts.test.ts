import { describe, expect, it } from 'vitest';
import { isTyping, shortcutFor, type FocusTarget, type KeyPress } from './shortcuts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
	key,
	ctrlKey: false,
	altKey: false,
	metaKey: false,
	repeat: false,
	defaultPrevented: false,
	...more
});
const on = (tagName: string, more: Partial<FocusTarget> = {}): FocusTarget => ({ tagName, ...more });

describe('keyboard shortcuts', () => {
	it.each([
		[' ', 'train'],
		['s', 'step'],
		['S', 'step'],
		['r', 'reset'],
		['R', 'reset'],
		['p', 'present'],
		['P', 'present'],
		['?', 'help'],
		['Escape', 'leave'],
		['x', null],
		['Enter', null]
	])('maps %j to %s with nothing focused', (key, shortcut) => {
		expect(shortcutFor(press(key), null)).toBe(shortcut);
	});

	it.each([
		['a text field', on('INPUT', { type: 'text' })],
		['a number field', on('INPUT', { type: 'number' })],
		['a search field', on('INPUT', { type: 'search' })],
		['a text area', on('TEXTAREA')],
		['a select', on('SELECT')],
		['an editable element', on('DIV', { isContentEditable: true })],
		['a text box widget', on('DIV', { role: 'textbox' })]
	])('fires nothing while typing in %s', (_, target) => {
		expect(isTyping(target)).toBe(true);
		for (const key of [' ', 's', 'r', 'p', '?', 'Escape']) expect(shortcutFor(press(key), target)).toBeNull();
	});

	it.each(['ctrlKey', 'altKey', 'metaKey'] as const)('fires nothing with %s held', (modifier) => {
		for (const key of [' ', 's', 'r', 'p', '?']) expect(shortcutFor(press(key, { [modifier]: true }), null)).toBeNull();
	});

	it('lets Shift through, for ? and capitals', () => {
		expect(shortcutFor(press('?'), null)).toBe('help');
		expect(shortcutFor(press('S'), on('BODY'))).toBe('step');
	});

	it.each([
		['a button', on('BUTTON')],
		['a checkbox', on('INPUT', { type: 'checkbox' })],
		['a slider', on('INPUT', { type: 'range' })],
		['a link', on('A')],
		['a summary', on('SUMMARY')],
		['a button widget', on('SPAN', { role: 'button' })]
	])('leaves Space to %s, but not the letters', (_, target) => {
		expect(isTyping(target)).toBe(false);
		expect(shortcutFor(press(' '), target)).toBeNull();
		expect(shortcutFor(press('s'), target)).toBe('step');
	});

	it('ignores held-down keys, keys already handled, and keys inside a dialog', () => {
		expect(shortcutFor(press(' ', { repeat: true }), null)).toBeNull();
		expect(shortcutFor(press('s', { defaultPrevented: true }), null)).toBeNull();
		expect(shortcutFor(press('r'), on('BUTTON', { inDialog: true }))).toBeNull();
	});
});
