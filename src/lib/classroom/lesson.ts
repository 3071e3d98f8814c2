/**
 * A lesson in one link parameter, `lesson=`: settings the teacher locks at their values, a goal
 * for the main run's test figures, ceilings on some settings, and the teacher's own words. It is
 * versioned ("1.") base64url of a compact JSON object whose setting keys are the URL table's own
 * (`lr`, `width`), so one link stays short enough for a QR code. Reading it never throws: a part
 * that cannot be read is left out and reported, like every other bad value in a link.
 */
import type { Setting, Settings, SettingValue } from '../session/settings';
import { DEFAULT_SETTINGS } from '../session/settings';
import { PARAMS, formatValue, parseSettings, shorten, type Notice, type NumberParam, type Param } from '../url/params';

export const LESSON_KEY = 'lesson';
const VERSION = '1.';
/** The teacher's text, per language, in characters: a QR code of the link stays readable. */
export const TEXT_LIMIT = 280;
/** A longer parameter is no lesson this page made: refused before decoding. */
const ENCODED_LIMIT = 4000;

export type GoalMetric = 'accuracy' | 'loss';
export interface Goal {
	metric: GoalMetric;
	/** Accuracy in percent (at least this); loss (at most this). */
	value: number;
}
/** The run must train with this setting at most `max`. */
export interface Limit {
	field: Setting;
	max: number;
}
export interface Lesson {
	locked: Partial<Settings>;
	goal: Goal | null;
	limits: Limit[];
	text: { en: string; zh: string };
}

/** Where the run trains is about the machine, not the lesson: never locked. */
const LOCKABLE: readonly Param[] = PARAMS.filter((p) => p.field !== 'backend');
const NUMERIC = LOCKABLE.filter((p): p is NumberParam => p.kind === 'int' || p.kind === 'float');

export function lockable(field: Setting): boolean {
	return LOCKABLE.some((p) => p.field === field);
}
export function limitable(field: Setting): boolean {
	return NUMERIC.some((p) => p.field === field);
}

export function emptyLesson(): Lesson {
	return { locked: {}, goal: null, limits: [], text: { en: '', zh: '' } };
}

/** The lesson as its link parameter's value. */
export function encodeLesson(lesson: Lesson): string {
	const wire: Record<string, unknown> = {};
	const locked: Record<string, SettingValue> = {};
	for (const param of LOCKABLE) {
		const value = lesson.locked[param.field];
		if (value !== undefined) locked[param.key] = value;
	}
	if (Object.keys(locked).length) wire.l = locked;
	if (lesson.goal) wire.g = { m: lesson.goal.metric === 'accuracy' ? 'acc' : 'loss', v: lesson.goal.value };
	if (lesson.limits.length) {
		wire.x = Object.fromEntries(
			NUMERIC.flatMap((p) => lesson.limits.filter((l) => l.field === p.field).map((l) => [p.key, l.max]))
		);
	}
	if (lesson.text.en) wire.en = lesson.text.en;
	if (lesson.text.zh) wire.zh = lesson.text.zh;
	return VERSION + toBase64Url(JSON.stringify(wire));
}

export interface ReadLesson {
	lesson: Lesson | null;
	notices: Notice[];
}

/**
 * Reads a lesson parameter. Settings in `fixed` (the page keeps them whatever a link says) are
 * not locked. Notices are keyed `lesson`, `lesson.<key>`, `lesson.max.<key>`, `lesson.goal`,
 * `lesson.en`, `lesson.zh`, so none repeats another.
 */
export function decodeLesson(
	text: string,
	defaults: Readonly<Settings> = DEFAULT_SETTINGS,
	fixed: readonly Setting[] = []
): ReadLesson {
	const wire = readWire(text);
	if (!wire) return { lesson: null, notices: [{ key: LESSON_KEY, given: shorten(text), used: '', reason: 'lessonUnreadable' }] };
	const notices: Notice[] = [];
	const dropped = (key: string, given: unknown) =>
		notices.push({ key: `${LESSON_KEY}.${key}`, given: shorten(describeGiven(given)), used: '', reason: 'lessonPart' });
	const lesson = emptyLesson();

	// Locked values are read with the URL table, as if they were `key=value` in the link.
	const lockedWire = asObject(wire.l);
	if (wire.l !== undefined && !lockedWire) dropped('l', wire.l);
	const query = new URLSearchParams();
	for (const [key, value] of Object.entries(lockedWire ?? {})) {
		const param = LOCKABLE.find((p) => p.key === key);
		if (!param || fixed.includes(param.field) || !isSettingValue(value)) dropped(key, value);
		else query.set(key, typeof value === 'string' ? value : formatValue(value));
	}
	const given = LOCKABLE.filter((p) => query.has(p.key));
	const parsed = parseSettings(query, defaults, given);
	for (const param of given) {
		const notice = parsed.notices.find((n) => n.key === param.key);
		if (notice?.reason === 'invalid') {
			dropped(param.key, query.get(param.key));
			continue;
		}
		if (notice) notices.push({ ...notice, key: `${LESSON_KEY}.${notice.key}` });
		(lesson.locked as Record<Setting, SettingValue>)[param.field] = parsed.settings[param.field];
	}

	if (wire.g !== undefined) {
		const goal = readGoal(wire.g);
		if (goal) lesson.goal = goal;
		else dropped('goal', wire.g);
	}

	const limitsWire = asObject(wire.x);
	if (wire.x !== undefined && !limitsWire) dropped('x', wire.x);
	for (const [key, value] of Object.entries(limitsWire ?? {})) {
		const param = NUMERIC.find((p) => p.key === key);
		if (param && typeof value === 'number' && value >= param.min && value <= param.max) lesson.limits.push({ field: param.field, max: value });
		else notices.push({ key: `${LESSON_KEY}.max.${key}`, given: shorten(describeGiven(value)), used: '', reason: 'lessonPart' });
	}

	for (const language of ['en', 'zh'] as const) {
		const value = wire[language];
		if (value === undefined) continue;
		const clean = typeof value === 'string' ? cleanText(value) : null;
		if (clean !== null && Array.from(clean).length <= TEXT_LIMIT) lesson.text[language] = clean;
		else dropped(language, value);
	}
	return { lesson, notices };
}

/** Whether the settings a run trained with keep within the lesson's ceilings. */
export function withinLimits(limits: readonly Limit[], settings: Readonly<Settings>): boolean {
	return limits.every((limit) => (settings[limit.field] as number) <= limit.max);
}

/** Whether one test evaluation reaches the goal (accuracy 0..1, as the engine reports it). */
export function reachesGoal(goal: Goal, test: { accuracy: number; loss: number }): boolean {
	return goal.metric === 'accuracy' ? test.accuracy * 100 >= goal.value : Number.isFinite(test.loss) && test.loss <= goal.value;
}

/** Whether the run's settings still hold the lesson's locked values. */
export function keepsLocks(locked: Partial<Settings>, settings: Readonly<Settings>): boolean {
	return (Object.entries(locked) as [Setting, SettingValue][]).every(([field, value]) => formatValue(settings[field]) === formatValue(value));
}

function readWire(text: string): Record<string, unknown> | null {
	const trimmed = text.trim();
	if (!trimmed.startsWith(VERSION) || trimmed.length > ENCODED_LIMIT) return null;
	try {
		return asObject(JSON.parse(fromBase64Url(trimmed.slice(VERSION.length))));
	} catch {
		return null;
	}
}

function readGoal(value: unknown): Goal | null {
	const goal = asObject(value);
	if (!goal || typeof goal.v !== 'number' || !Number.isFinite(goal.v)) return null;
	if (goal.m === 'acc' && goal.v > 0 && goal.v <= 100) return { metric: 'accuracy', value: goal.v };
	if (goal.m === 'loss' && goal.v > 0 && goal.v <= 100) return { metric: 'loss', value: goal.v };
	return null;
}

/** A plain object (not an array, not null), read as data only. */
function asObject(value: unknown): Record<string, unknown> | null {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function isSettingValue(value: unknown): value is SettingValue {
	return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

function describeGiven(value: unknown): string {
	if (typeof value === 'string') return value;
	try {
		return JSON.stringify(value) ?? String(value);
	} catch {
		return String(value);
	}
}

/** Line breaks stay; other control characters and direction overrides would garble the page's own text. */
function cleanText(text: string): string {
	return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '');
}

function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on anything that is not base64url of UTF-8. */
function fromBase64Url(text: string): string {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
	return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
