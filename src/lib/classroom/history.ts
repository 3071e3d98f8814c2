/**
 * Past runs of one experiment page, kept in this browser only: each run's settings (every setting,
 * as a link writes it), its final figures and its curves, thinned. Stored as versioned JSON, one
 * key per page, newest first, capped. Anything unreadable is ignored, never thrown.
 */
import type { Settings } from '../session/settings';
import { PARAMS, formatValue, parseSettings } from '../url/params';

export const HISTORY_VERSION = 1;
/** Runs kept per page; the oldest go first. */
export const MAX_RUNS = 20;
/** Points kept per curve: enough for a chart's shape, small enough for 20 runs on 20 pages. */
export const MAX_POINTS = 200;
/** Past runs drawn over the current one at most. */
export const MAX_OVERLAYS = 3;

const KEY_PREFIX = 'step-one.history.';

/** A curve as stored: [step, value] pairs, in step order. */
export type Curve = [number, number][];

export interface PastRun {
	/** One per training session (fresh models until Reset, a rebuild or leaving the page). */
	id: string;
	/** 1, 2, 3… in the order this page's runs were first kept: "Past run 3". */
	number: number;
	/** When it last trained, in milliseconds since 1970. */
	at: number;
	/** Every setting, as a link writes it (`lr=0.003&layers=1&…`). */
	settings: string;
	steps: number;
	epoch: number;
	/** The last training loss; null when it was not a number (the run diverged). */
	trainLoss: number | null;
	testLoss: number | null;
	/** 0..1 */
	testAccuracy: number | null;
	/** Where it trained: 'webgl', 'wasm', 'cpu'. */
	backend: string | null;
	/** Settings changed while it trained (so the kept settings are the ones it ended with). */
	changes: number;
	/** Training loss by step. */
	loss: Curve;
	/** Test accuracy by step, 0..1. */
	accuracy: Curve;
}

export function historyKey(page: string): string {
	return KEY_PREFIX + page;
}

/** Every setting as a link writes it, so a later version can read it back through the URL table. */
export function settingsText(settings: Readonly<Settings>): string {
	return new URLSearchParams(PARAMS.map((p) => [p.key, formatValue(settings[p.field])])).toString();
}

/** A kept run's settings, checked like any link: a value this version no longer takes becomes the page's own. */
export function settingsOf(run: Pick<PastRun, 'settings'>, defaults: Readonly<Settings>): Settings {
	return parseSettings(run.settings, defaults).settings;
}

/** The settings (but where it trained) that differ from `defaults`, in the URL table's order, as link text. */
export function changedSettings(settings: Readonly<Settings>, defaults: Readonly<Settings>): [keyof Settings, string][] {
	return PARAMS.filter((p) => p.field !== 'backend' && formatValue(settings[p.field]) !== formatValue(defaults[p.field])).map((p) => [
		p.field,
		formatValue(settings[p.field])
	]);
}

const round = (value: number) => Number(value.toPrecision(4));

/**
 * At most `max` points: the finite ones, and when there are more, the mean of each run of
 * consecutive points at the step the run ends (so the last point is the last step). Means,
 * not picks, so a noisy training loss keeps its trend rather than its noise.
 */
export function thinCurve(points: readonly { x: number; y: number }[], max = MAX_POINTS): Curve {
	const finite = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
	if (finite.length <= max) return finite.map((p) => [p.x, round(p.y)]);
	const curve: Curve = [];
	for (let b = 0; b < max; b++) {
		const from = Math.floor((b * finite.length) / max);
		const to = Math.floor(((b + 1) * finite.length) / max);
		let sum = 0;
		for (let i = from; i < to; i++) sum += finite[i].y;
		curve.push([finite[to - 1].x, round(sum / (to - from))]);
	}
	return curve;
}

/** The list with `run` kept: in place when its training session is kept already, else first; then capped, the oldest dropped. */
export function keepRun(runs: readonly PastRun[], run: PastRun, cap = MAX_RUNS): PastRun[] {
	const at = runs.findIndex((r) => r.id === run.id);
	const next = at >= 0 ? runs.map((r, i) => (i === at ? run : r)) : [run, ...runs];
	return next.slice(0, Math.max(1, cap));
}

/** The number the next new run of this page gets. */
export function nextNumber(runs: readonly PastRun[]): number {
	return runs.reduce((high, r) => Math.max(high, r.number), 0) + 1;
}

/**
 * Overlays after ticking or unticking one run: at most `max` at once; a further one is refused
 * (the list comes back unchanged and `refused` says so).
 */
export function toggleOverlay(overlaid: readonly string[], id: string, max = MAX_OVERLAYS): { overlaid: string[]; refused: boolean } {
	if (overlaid.includes(id)) return { overlaid: overlaid.filter((o) => o !== id), refused: false };
	if (overlaid.length >= max) return { overlaid: [...overlaid], refused: true };
	return { overlaid: [...overlaid, id], refused: false };
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isNumberOrNull = (value: unknown): value is number | null => value === null || isNumber(value);
const isCurve = (value: unknown): value is Curve =>
	Array.isArray(value) && value.every((p) => Array.isArray(p) && p.length === 2 && isNumber(p[0]) && isNumber(p[1]));

/** A stored run, if every field is what it should be. */
function readRun(value: unknown): PastRun | null {
	if (typeof value !== 'object' || value === null) return null;
	const r = value as Record<string, unknown>;
	const ok =
		typeof r.id === 'string' &&
		isNumber(r.number) &&
		isNumber(r.at) &&
		typeof r.settings === 'string' &&
		isNumber(r.steps) &&
		isNumber(r.epoch) &&
		isNumberOrNull(r.trainLoss) &&
		isNumberOrNull(r.testLoss) &&
		isNumberOrNull(r.testAccuracy) &&
		(r.backend === null || typeof r.backend === 'string') &&
		isNumber(r.changes) &&
		isCurve(r.loss) &&
		isCurve(r.accuracy);
	if (!ok) return null;
	const { id, number, at, settings, steps, epoch, trainLoss, testLoss, testAccuracy, backend, changes, loss, accuracy } = r as unknown as PastRun;
	return { id, number, at, settings, steps, epoch, trainLoss, testLoss, testAccuracy, backend, changes, loss, accuracy };
}

/** The runs kept in a page's stored text: none when it is missing, unreadable or of another version; bad entries skipped. */
export function parseHistory(text: string | null): PastRun[] {
	if (!text) return [];
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return [];
	}
	if (typeof parsed !== 'object' || parsed === null) return [];
	const { version, runs } = parsed as { version?: unknown; runs?: unknown };
	if (version !== HISTORY_VERSION || !Array.isArray(runs)) return [];
	const seen = new Set<string>();
	const kept: PastRun[] = [];
	for (const value of runs) {
		const run = readRun(value);
		if (!run || seen.has(run.id)) continue;
		seen.add(run.id);
		kept.push(run);
	}
	return kept.slice(0, MAX_RUNS);
}

export function serializeHistory(runs: readonly PastRun[]): string {
	return JSON.stringify({ version: HISTORY_VERSION, runs });
}

/** The storage a browser gives, or null where there is none (prerendering) or it is blocked. */
export function browserStorage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

export function loadHistory(storage: Pick<Storage, 'getItem'> | null, page: string): PastRun[] {
	try {
		return parseHistory(storage?.getItem(historyKey(page)) ?? null);
	} catch {
		return [];
	}
}

/**
 * Stores a page's runs. When the browser's storage is full, the oldest runs are left out until the
 * rest fit; when none fits (or storage is refused) what was stored stays as it was. Gives back how
 * many of the runs, newest first, were stored.
 */
export function saveHistory(storage: Pick<Storage, 'setItem' | 'removeItem'> | null, page: string, runs: readonly PastRun[]): number {
	if (!storage) return 0;
	if (runs.length === 0) {
		try {
			storage.removeItem(historyKey(page));
		} catch {
			// Nothing to free.
		}
		return 0;
	}
	for (let count = runs.length; count > 0; count--) {
		try {
			storage.setItem(historyKey(page), serializeHistory(runs.slice(0, count)));
			return count;
		} catch {
			// Full (or refused): try again with the oldest run left out.
		}
	}
	return 0;
}
