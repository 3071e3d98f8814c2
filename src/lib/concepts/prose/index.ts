/**
 * Every concept page's words, found by convention: prose/<language>/<slug>.ts exports `prose`.
 * A new page's prose needs no registration; the prose test checks each page has both languages.
 */
import type { Language } from '../../i18n/locale.svelte';
import type { ConceptProse } from './types';

export type { ConceptProse, TryThisProse } from './types';

const modules = import.meta.glob<{ prose: ConceptProse }>(['./en/*.ts', './zh/*.ts'], { eager: true });

/** PROSE[language][slug], as found on disk. */
export const PROSE: Record<Language, Record<string, ConceptProse>> = { en: {}, zh: {} };
for (const [path, module] of Object.entries(modules)) {
	const [, language, slug] = path.match(/^\.\/(en|zh)\/(.+)\.ts$/)!;
	PROSE[language as Language][slug] = module.prose;
}
