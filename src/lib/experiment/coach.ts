/**
 * THE COACH'S TABLE: the known problems a training run can show, one row each, with its
 * thresholds, the pages that explain it and the words that name it. Each rule reads a run's
 * series and settings and says whether the problem holds now, so a message stays while it does
 * and goes when it stops. Plain TypeScript: no TF.js, no Svelte; tested on recorded series.
 */
import { CONCEPTS, conceptPath, conceptTitle, type Slug } from '../concepts/pages';
import type { ActivationSnapshot, GradientNormPoint, LossPoint, TestPoint } from '../engine/types';
import type { MessageKey } from '../i18n/en';
import type { Settings } from '../session/settings';

/** What a rule reads of a run: a page's Run has all of it. */
export interface CoachRun {
	losses: readonly LossPoint[];
	tests: readonly TestPoint[];
	gradients: readonly GradientNormPoint[];
	activations: readonly ActivationSnapshot[];
	/** The loss became NaN or infinite. */
	diverged: boolean;
	/** The loss shot above ten times its start without becoming NaN. */
	exploded: boolean;
}

export type CoachSettings = Pick<Settings, 'data' | 'optimizer' | 'learningRate'> & {
	/** Classes of the run's data, where its name does not say (a learner's own data). */
	classes?: number;
};

export type CoachRuleId = 'diverged' | 'blewUp' | 'stuck' | 'vanishing' | 'deadRelu' | 'overfitting' | 'slow';

export interface CoachRule {
	id: CoachRuleId;
	/** The pages that explain it, most useful first; those without a page yet are left out of the links. */
	pages: readonly string[];
	/**
	 * The words: what is happening and what to try. Null where the divergence messages above the
	 * coach already name the problem (they carry the links themselves).
	 */
	message: MessageKey | null;
	holds: (run: CoachRun, settings: CoachSettings) => boolean;
	/** Rules this one makes redundant while it holds: a blown-up run is also stuck, its ReLUs dead, and its message says so. */
	hides?: readonly CoachRuleId[];
}

/** Stuck: accuracy no better than this many times chance, after this many steps, at the last evaluations. */
export const STUCK = { chanceFactor: 1.2, afterStep: 300, evaluations: 2 };
/** Vanishing: the first layer's gradient norm this many times below the last's, in each of the last snapshots. */
export const VANISHING = { ratio: 1000, snapshots: 5 };
/** Dead ReLUs: this share of one layer's units dead, in each of the last snapshots. */
export const DEAD = { share: 0.5, snapshots: 3 };
/** Overfitting: test loss this much above its lowest, that many evaluations on, while the training loss fell. */
export const OVERFITTING = { rise: 1.05, evaluationsSince: 4, recent: 3 };
/**
 * Slow: over the last `window` steps the loss fell by less than `fall` (relative), still above
 * `farFrom` of where it started, at a rate no larger than `tinyRate` for the optimizer.
 */
export const SLOW = {
	window: 400,
	fall: 0.03,
	farFrom: 0.5,
	// Adam and RMSProp scale their steps themselves, so their tiny rates are smaller.
	tinyRate: { sgd: 1e-3, momentum: 1e-4, rmsprop: 1e-4, adam: 1e-4 } satisfies Record<Settings['optimizer'], number>
};

/** How many classes the run's data has: chance accuracy is one over it. */
export function classesOf(data: Settings['data']): number {
	return data === 'digits' ? 10 : 2;
}

function stuck(run: CoachRun, settings: CoachSettings): boolean {
	const recent = run.tests.slice(-STUCK.evaluations);
	if (recent.length < STUCK.evaluations || recent[0].step < STUCK.afterStep) return false;
	const chance = STUCK.chanceFactor / (settings.classes ?? classesOf(settings.data));
	return recent.every((p) => p.accuracy <= chance);
}

function vanishing(run: CoachRun): boolean {
	const recent = run.gradients.slice(-VANISHING.snapshots);
	if (recent.length < VANISHING.snapshots) return false;
	return recent.every(({ layers }) => {
		if (layers.length < 2) return false;
		const first = layers[0].norm;
		const last = layers[layers.length - 1].norm;
		return Number.isFinite(first) && Number.isFinite(last) && last > 0 && first * VANISHING.ratio <= last;
	});
}

function deadRelu(run: CoachRun): boolean {
	const recent = run.activations.filter((s) => s.step > 0).slice(-DEAD.snapshots);
	if (recent.length < DEAD.snapshots) return false;
	const layers = recent[0].layers.length;
	for (let i = 0; i < layers; i++) {
		if (recent.every((s) => (s.layers[i]?.dead ?? 0) >= DEAD.share)) return true;
	}
	return false;
}

function overfitting(run: CoachRun): boolean {
	const tests = run.tests;
	let lowest = -1;
	for (let i = 0; i < tests.length; i++) {
		if (Number.isFinite(tests[i].loss) && (lowest < 0 || tests[i].loss < tests[lowest].loss)) lowest = i;
	}
	if (lowest < 0 || tests.length - 1 - lowest < OVERFITTING.evaluationsSince) return false;
	const recent = tests.slice(-OVERFITTING.recent);
	const recentLoss = recent.reduce((sum, p) => sum + p.loss, 0) / recent.length;
	const last = tests[tests.length - 1];
	return recentLoss >= tests[lowest].loss * OVERFITTING.rise && last.trainLoss < tests[lowest].trainLoss;
}

function mean(points: readonly LossPoint[]): number {
	return points.reduce((sum, p) => sum + p.loss, 0) / points.length;
}

function slow(run: CoachRun, settings: CoachSettings): boolean {
	if (settings.learningRate > SLOW.tinyRate[settings.optimizer]) return false;
	const losses = run.losses;
	const last = losses.at(-1);
	if (!last || last.step < SLOW.window) return false;
	const window = losses.filter((p) => p.step > last.step - SLOW.window);
	const middle = last.step - SLOW.window / 2;
	const early = window.filter((p) => p.step <= middle);
	const late = window.filter((p) => p.step > middle);
	if (!early.length || !late.length) return false;
	const before = mean(early);
	const after = mean(late);
	if (!Number.isFinite(before) || !Number.isFinite(after)) return false;
	return (before - after) / before < SLOW.fall && after >= SLOW.farFrom * losses[0].loss;
}

export const COACH_RULES: readonly CoachRule[] = [
	{ id: 'diverged', pages: ['learning-rate'], message: null, holds: (run) => run.diverged, hides: ['blewUp', 'stuck', 'slow', 'vanishing', 'deadRelu'] },
	{ id: 'blewUp', pages: ['learning-rate'], message: null, holds: (run) => run.exploded, hides: ['stuck', 'slow', 'deadRelu'] },
	{ id: 'stuck', pages: ['learning-rate', 'activation', 'vanishing-gradients'], message: 'coach.stuck', holds: stuck },
	{ id: 'vanishing', pages: ['vanishing-gradients'], message: 'coach.vanishing', holds: vanishing },
	{ id: 'deadRelu', pages: ['activation'], message: 'coach.deadRelu', holds: deadRelu },
	{ id: 'overfitting', pages: ['overfitting', 'dropout', 'regularization'], message: 'coach.overfitting', holds: overfitting },
	{ id: 'slow', pages: ['learning-rate'], message: 'coach.slow', holds: slow }
];

export function coachRule(id: CoachRuleId): CoachRule {
	return COACH_RULES.find((rule) => rule.id === id)!;
}

/** The problems the run shows now, in the table's order, without those a graver one already covers. */
export function coachFindings(run: CoachRun, settings: CoachSettings): CoachRuleId[] {
	const holding = COACH_RULES.filter((rule) => rule.holds(run, settings));
	const hidden = new Set(holding.flatMap((rule) => rule.hides ?? []));
	return holding.filter((rule) => !hidden.has(rule.id)).map((rule) => rule.id);
}

export interface CoachLink {
	slug: Slug;
	href: string;
	title: MessageKey;
}

/** The pages that explain a rule and exist on the site, except `here` (the page the learner is on). */
export function coachLinks(id: CoachRuleId, here?: string): CoachLink[] {
	const links: CoachLink[] = [];
	for (const name of coachRule(id).pages) {
		const concept = CONCEPTS.find((c) => c.slug === name);
		const href = concept ? conceptPath(concept.slug) : undefined;
		if (!concept || !href || href === `/concepts/${here}` || links.some((l) => l.href === href)) continue;
		links.push({ slug: concept.slug, href, title: conceptTitle(concept.slug) });
	}
	return links;
}
