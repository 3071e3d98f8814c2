import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en';
import { zh } from './zh';
import { translate } from './locale.svelte';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
	it('has every key in both languages, none empty', () => {
		expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
		for (const text of [...Object.values(en), ...Object.values(zh)]) expect(text.trim()).not.toBe('');
	});

	it.each(Object.keys(en) as MessageKey[])('%s has the same placeholders in both languages', (key) => {
		expect(placeholders(zh[key])).toEqual(placeholders(en[key]));
	});

	it('fills placeholders and leaves unknown ones alone', () => {
		expect(translate('en', 'status.step', { step: 12 })).toBe('Step 12');
		expect(translate('zh', 'status.step', { step: 12 })).toBe('第 12 步');
		expect(translate('en', 'status.step')).toBe('Step {step}');
	});
});
