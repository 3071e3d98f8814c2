/**
 * The interface language. Components call `t(key, values)`; because it reads `locale.language`,
 * everything re-renders when the learner switches language.
 */
import { en, type MessageKey } from './en';
import { zh } from './zh';

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

const CATALOGUES: Record<Language, Record<MessageKey, string>> = { en, zh };
const STORAGE_KEY = 'step-one.language';

class Locale {
	language = $state<Language>('en');

	/** Picks the stored choice, else the browser's preference. Call once in the browser. */
	restore(): void {
		let stored: string | null = null;
		try {
			stored = localStorage.getItem(STORAGE_KEY);
		} catch {
			// Storage can be blocked; the browser's language still applies.
		}
		if (stored === 'en' || stored === 'zh') this.set(stored, false);
		else if (navigator.languages?.some((l) => l.toLowerCase().startsWith('zh'))) this.set('zh', false);
	}

	set(language: Language, remember = true): void {
		this.language = language;
		if (typeof document !== 'undefined') document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
		if (!remember) return;
		try {
			localStorage.setItem(STORAGE_KEY, language);
		} catch {
			// Not remembered, but switched.
		}
	}
}

export const locale = new Locale();

export type MessageValues = Record<string, string | number>;

export function translate(language: Language, key: MessageKey, values?: MessageValues): string {
	const text: string = CATALOGUES[language][key];
	if (!values) return text;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Interface text in the current language. */
export function t(key: MessageKey, values?: MessageValues): string {
	return translate(locale.language, key, values);
}
