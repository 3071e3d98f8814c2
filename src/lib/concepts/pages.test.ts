import { expect, it } from 'vitest';
import { en } from '../i18n/en';
import { CONCEPTS, PARTS, conceptTitle } from './registry';

it('names every concept in the catalogue and places it in a known part', () => {
	const parts = PARTS.map((p) => p.part);
	for (const concept of CONCEPTS) {
		expect(en).toHaveProperty([conceptTitle(concept.slug)]);
		expect(parts).toContain(concept.part);
	}
	expect(new Set(CONCEPTS.map((c) => c.slug)).size).toBe(CONCEPTS.length);
});
