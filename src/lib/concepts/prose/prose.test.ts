import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { CONCEPT_PAGES } from '../pages';
import { PROSE } from './index';
import type { ConceptProse } from './types';

const LANGUAGES = ['en', 'zh'] as const;

/** Throws on any LaTeX error, and on anything KaTeX would only warn about. */
function typeset(latex: string, displayMode: boolean): string {
	return katex.renderToString(latex, { displayMode, throwOnError: true, strict: 'error', output: 'htmlAndMathml' });
}

/** The fields a learner reads, as one list of strings. */
function texts(prose: ConceptProse): string[] {
	return [
		prose.question,
		prose.definition,
		prose.whyItMatters,
		prose.experiment,
		prose.remember,
		prose.misconception,
		...prose.symbols.map((s) => s.meaning),
		...Object.values(prose.tryThis).flatMap((step) => [step.label, step.predict, step.lookFor])
	];
}

it('has prose for exactly the configured pages, in both languages', () => {
	const slugs = CONCEPT_PAGES.map((page) => page.slug).sort();
	for (const language of LANGUAGES) expect(Object.keys(PROSE[language]).sort()).toEqual(slugs);
});

describe.each(LANGUAGES)('%s', (language) => {
	describe.each(CONCEPT_PAGES.map((page) => [page.slug, page] as const))('%s', (_, page) => {
		const prose = PROSE[language][page.slug];

		it('fills in every field', () => {
			expect(prose).toBeDefined();
			for (const text of [...texts(prose), prose.formula, ...prose.symbols.map((s) => s.symbol)]) {
				expect(text.trim()).not.toBe('');
			}
			expect(prose.symbols.length).toBeGreaterThan(0);
		});

		it('words exactly the page’s "Try this" steps', () => {
			expect(Object.keys(prose.tryThis).sort()).toEqual(page.tryThis.map((step) => step.id).sort());
		});

		it('asks the learner to predict before every "Try this" step, in one question', () => {
			for (const [id, step] of Object.entries(prose.tryThis)) {
				const question = step.predict.trim();
				expect(question, id).toMatch(language === 'zh' ? /？$/ : /\?$/);
				// One sentence: no full stop or second question mark before the end.
				expect(question.slice(0, -1), id).not.toMatch(language === 'zh' ? /[。？！]/ : /[.?!]\s/);
			}
		});

		it('writes no raw LaTeX subscripts or commands in the text a learner reads', () => {
			for (const text of texts(prose)) expect(text, text).not.toMatch(/[A-Za-z\u03b1-\u03c9]_[A-Za-z{]|\\[a-zA-Z]+/);
		});

		it('typesets the formula and every symbol', () => {
			expect(() => typeset(prose.formula, true)).not.toThrow();
			for (const { symbol } of prose.symbols) expect(() => typeset(symbol, false), symbol).not.toThrow();
		});

		if (language === 'zh') {
			it('uses full-width punctuation next to Chinese characters', () => {
				const halfWidth = /[\u4e00-\u9fff][,.;:?!()]|[,;:?!()][\u4e00-\u9fff]/;
				for (const text of texts(prose)) expect(text, text).not.toMatch(halfWidth);
			});
		}
	});
});
