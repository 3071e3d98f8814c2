/**
 * What a shared link carries: the address a session writes reproduces its settings, the seed
 * included, on the lab and on every concept page. The seed is written when it differs from the
 * page's own; otherwise the page's default seed is implied, which is the same for everyone.
 */
import { describe, expect, it } from 'vitest';
import { CONCEPT_PAGES } from '../concepts/pages';
import { Session, type SessionPlan } from '../session/session.svelte';
import { DEFAULT_SETTINGS } from '../session/settings';

const LAB: [string, SessionPlan] = ['the lab', { defaults: DEFAULT_SETTINGS, fixed: ['data'] }];
const PLANS: [string, SessionPlan][] = [
	LAB,
	...CONCEPT_PAGES.map((page): [string, SessionPlan] => [
		page.slug,
		{ defaults: { ...DEFAULT_SETTINGS, ...page.defaults }, compare: page.compare, race: page.race }
	])
];

/** The session a fresh browser makes from a shared address's query. */
function opened(plan: SessionPlan, query: string): Session {
	const session = new Session(plan, '/data.bin');
	session.read(new URLSearchParams(query));
	return session;
}

describe('a shared link', () => {
	it.each(PLANS)('%s: a changed seed and two other controls come back exactly, with no notices', (_name, plan) => {
		const teacher = opened(plan, '');
		const seed = plan.defaults.seed === 4242 ? 4243 : 4242;
		const learningRate = plan.defaults.learningRate === 0.003 ? 0.03 : 0.003;
		const layerWidth = plan.defaults.layerWidth === 16 ? 8 : 16;
		teacher.set('seed', seed);
		teacher.set('learningRate', learningRate);
		teacher.set('layerWidth', layerWidth);
		const query = teacher.query();
		expect(query.get('seed')).toBe(String(seed));
		const student = opened(plan, query.toString());
		expect(student.notices).toEqual([]);
		expect(student.settings).toEqual(teacher.settings);
		expect(student.settings).toMatchObject({ seed, learningRate, layerWidth });
		expect(student.experiment.specs()).toEqual(teacher.experiment.specs());
	});

	it.each(PLANS)('%s: the page’s own seed is left out and comes back as that seed', (_name, plan) => {
		const teacher = opened(plan, '');
		teacher.set('learningRate', plan.defaults.learningRate === 0.003 ? 0.03 : 0.003);
		const query = teacher.query();
		expect(query.has('seed')).toBe(false);
		expect(opened(plan, query.toString()).settings.seed).toBe(plan.defaults.seed);
	});

	it('keeps the comparison and run B of a concept page', () => {
		const page = CONCEPT_PAGES.find((p) => p.compare && Object.keys(p.compare).length > 0)!;
		const plan: SessionPlan = { defaults: { ...DEFAULT_SETTINGS, ...page.defaults }, compare: page.compare, race: page.race };
		const teacher = opened(plan, '');
		teacher.toggleCompare();
		teacher.set('seed', 77);
		const student = opened(plan, teacher.query().toString());
		expect(student.compare).toBe(true);
		expect(student.experiment.specs()).toEqual(teacher.experiment.specs());
	});
});
