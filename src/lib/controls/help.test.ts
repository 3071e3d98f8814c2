import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../i18n/en';
import { translate } from '../i18n/locale.svelte';
import { zh } from '../i18n/zh';
import { PARAMS } from '../url/params';
import { conceptPath } from '../concepts/pages';
import {
	CHART_CONCEPTS,
	CONTROL_HELP,
	SETTING_CONCEPTS,
	chartHelp,
	chartHelpKey,
	controlHelpKey,
	settingHelp,
	settingHelpKey,
	type ChartId
} from './help';

const english = (key: MessageKey, values?: Record<string, string>) => translate('en', key, values);
const chinese = (key: MessageKey, values?: Record<string, string>) => translate('zh', key, values);
const HAN = /\p{Script=Han}/u;

/** One sentence, written out in both languages: Chinese in Chinese characters, not left in English. */
function expectExplained(key: MessageKey) {
	const inEnglish: string | undefined = (en as Record<string, string>)[key];
	const inChinese: string | undefined = (zh as Record<string, string>)[key];
	expect(inEnglish, `${key} in English`).toBeTruthy();
	expect(inChinese, `${key} in Chinese`).toBeTruthy();
	expect(inEnglish!.length, key).toBeGreaterThan(30);
	expect(inEnglish, key).toMatch(/\.$/);
	expect(inChinese, key).toMatch(HAN);
	expect(inChinese, key).toMatch(/。$/);
	expect(inChinese, key).not.toBe(inEnglish);
}

describe('help for every setting', () => {
	it.each(PARAMS.map((p) => p.field))('%s has a sentence in English and Chinese', (field) => {
		expectExplained(settingHelpKey(field));
	});

	it('names a concept for exactly the settings of the URL table', () => {
		expect(Object.keys(SETTING_CONCEPTS).sort()).toEqual(PARAMS.map((p) => p.field).sort());
	});

	it('links the learning rate, dropout, batch norm and activation to their pages', () => {
		expect(settingHelp(english, 'learningRate').link?.href).toBe('/concepts/learning-rate');
		expect(settingHelp(english, 'dropout').link?.href).toBe('/concepts/dropout');
		expect(settingHelp(english, 'batchNorm').link?.href).toBe('/concepts/batch-norm');
		expect(settingHelp(english, 'activation').link?.href).toBe('/concepts/activation');
		for (const field of ['residual', 'clipNorm', 'initializer'] as const)
			expect(settingHelp(english, field).link?.href).toBe('/concepts/vanishing-gradients');
	});

	it('has no link where no page explains the setting yet, and names the page in the reader’s language', () => {
		expect(settingHelp(english, 'seed').link).toBeUndefined();
		expect(settingHelp(english, 'backend').link).toBeUndefined();
		for (const param of PARAMS) {
			const slug = SETTING_CONCEPTS[param.field];
			expect(settingHelp(english, param.field).link?.href).toBe(slug ? conceptPath(slug) : undefined);
		}
		expect(settingHelp(chinese, 'learningRate').link?.label).toBe('详见：学习率');
		expect(settingHelp(english, 'learningRate').link?.label).toBe('Read more: Learning rate');
	});
});

describe('help for every chart and button', () => {
	it.each(Object.keys(CHART_CONCEPTS) as ChartId[])('chart %s has a sentence in English and Chinese', (chart) => {
		expectExplained(chartHelpKey(chart));
		expect(chartHelp(chinese, chart).text).toBe(zh[chartHelpKey(chart)]);
	});

	it.each(CONTROL_HELP)('button %s has a sentence in English and Chinese', (control) => {
		expectExplained(controlHelpKey(control));
	});

	it('says when training stops, in the Train button’s help', () => {
		expect(en['help.control.train']).toMatch(/Pause/);
		expect(en['help.control.train']).toMatch(/epoch/);
	});

	it('counts the gallery’s own 24 digits apart from the 2,000 behind the accuracy', () => {
		expect(en['chart.galleryCaption']).toMatch(/24/);
		expect(translate('en', 'chart.gallerySummary', { right: 19, count: 24 })).toMatch(/^19 of these 24 right\. .*the 2,000 test digits \(while training, sometimes fewer; once paused, all of them\)/);
		expect(translate('zh', 'chart.gallerySummary', { right: 19, count: 24 })).toMatch(/24 个中答对 19 个.*2,000/);
	});
});
