/**
 * The table of pages, the prose, the URL table, the panel table and the message catalogues must
 * agree: a page that names a control, panel, step or neighbour that does not exist fails here.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { zh } from '../i18n/zh';
import type { Settings } from '../session/settings';
import { PARAMS } from '../url/params';
import { CONCEPTS, CONCEPT_PAGES, PARTS, conceptPath, conceptTitle, type Slug } from './pages';
import { PANELS } from './panels';
import { PROSE } from './prose';
import type { ConceptProse } from './prose/types';

const CATALOGUES = { en, zh } as Record<'en' | 'zh', Record<string, string>>;
const FIELDS = new Set(PARAMS.map((p) => p.field));
const order = (slug: Slug) => CONCEPTS.findIndex((c) => c.slug === slug);

/** Every field of ConceptProse; the type check fails here if the type gains one this list lacks. */
const PROSE_FIELDS = ['question', 'definition', 'formula', 'symbols', 'whyItMatters', 'experiment', 'tryThis', 'remember', 'misconception'] as const;
type Missing = Exclude<keyof ConceptProse, (typeof PROSE_FIELDS)[number]>;
const exhaustive: Missing extends never ? true : false = true;

/** The settings a change names, each checked against the URL table and, for choices, the catalogue. */
function settingsIn(change: Partial<Settings> | null | undefined): [keyof Settings, unknown][] {
	return Object.entries(change ?? {}) as [keyof Settings, unknown][];
}

it('lists every concept once, in a known part, titled in both languages', () => {
	expect(exhaustive).toBe(true);
	const parts = PARTS.map((p) => p.part);
	expect(new Set(CONCEPTS.map((c) => c.slug)).size).toBe(CONCEPTS.length);
	for (const concept of CONCEPTS) {
		expect(parts).toContain(concept.part);
		for (const catalogue of Object.values(CATALOGUES)) expect(catalogue).toHaveProperty([conceptTitle(concept.slug)]);
	}
});

it('gives every page an address under /concepts, and a concept taught on another page that page’s', () => {
	for (const page of CONCEPT_PAGES) expect(conceptPath(page.slug)).toBe(`/concepts/${page.slug}`);
	expect(conceptPath('mlp')).toBe('/concepts/mlp');
	expect(conceptPath('layers')).toBe('/concepts/mlp');
	expect(conceptPath('filters')).toBe('/concepts/cnn');
});

describe.each(CONCEPT_PAGES.map((page) => [page.slug, page] as const))('%s', (slug, page) => {
	it('names only settings of the URL table, with values the catalogues can name', () => {
		const named: [keyof Settings, unknown][] = [
			...settingsIn(page.defaults),
			...settingsIn(page.compare),
			...page.tryThis.flatMap((step) => [...settingsIn(step.change), ...settingsIn(step.compare)]),
			...page.controls.map((field) => [field, undefined] as [keyof Settings, unknown])
		];
		for (const [field, value] of named) {
			expect(FIELDS, field).toContain(field);
			for (const catalogue of Object.values(CATALOGUES)) {
				expect(catalogue, field).toHaveProperty([`setting.${field}`]);
				const param = PARAMS.find((p) => p.field === field)!;
				if (param.kind === 'choice' && value !== undefined) {
					expect(param.values).toContain(value);
					expect(catalogue).toHaveProperty([`option.${field}.${value}`]);
				}
			}
		}
	});

	it('shows only panels of the panel table', () => {
		for (const panel of page.panels) expect(Object.keys(PANELS)).toContain(panel);
	});

	it('races a setting of the URL table, with a toggle worded in both languages', () => {
		if (!page.race) return expect(page.tryThis.some((step) => step.race)).toBe(false);
		expect(FIELDS).toContain(page.race.field);
		for (const catalogue of Object.values(CATALOGUES)) expect(catalogue).toHaveProperty([`race.toggle.${page.race.field}`]);
	});

	it('builds on earlier concepts and leads to later ones, so no two pages point only at each other', () => {
		for (const earlier of page.buildsOn) expect(order(earlier), earlier).toBeLessThan(order(slug));
		for (const later of page.leadsTo) expect(order(later), later).toBeGreaterThan(order(slug));
	});

	it.each(['en', 'zh'] as const)('has every field of its prose in %s, and words exactly its "Try this" steps', (language) => {
		const prose = PROSE[language][slug];
		expect(prose, `prose/${language}/${slug}.ts`).toBeDefined();
		for (const field of PROSE_FIELDS) expect(prose, field).toHaveProperty([field]);
		expect(Object.keys(prose.tryThis).sort()).toEqual(page.tryThis.map((step) => step.id).sort());
		expect(new Set(page.tryThis.map((step) => step.id)).size).toBe(page.tryThis.length);
		for (const step of Object.values(prose.tryThis)) {
			for (const text of [step.predict, step.label, step.lookFor]) expect(text?.trim()).toBeTruthy();
		}
	});
});

it('has prose for no page the table lacks', () => {
	const slugs = CONCEPT_PAGES.map((page) => page.slug).sort();
	for (const language of ['en', 'zh'] as const) expect(Object.keys(PROSE[language]).sort()).toEqual(slugs);
});

it('names as each page\'s signature one of its own panels, or its loss and accuracy', () => {
	for (const page of CONCEPT_PAGES) expect(['progress', ...page.panels], page.slug).toContain(page.signature);
});
