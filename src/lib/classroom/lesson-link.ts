/**
 * A lesson meets the rest of an experiment's address: it is read from the link beside the page's
 * settings, and its locked values win over the link's other parameters (a student who edits
 * `lr=` beside a lesson that locks the rate is told the lesson keeps it).
 */
import type { Race } from '../concepts/pages';
import type { Setting, Settings, SettingValue } from '../session/settings';
import type { PageSettings } from '../url/page-settings';
import { formatValue, paramFor, shorten, valuesByKey, type Notice } from '../url/params';
import { LESSON_KEY, decodeLesson, encodeLesson, type Lesson } from './lesson';

/** The link's lesson, if it has one; like any key given twice, the last one counts. */
export function readLessonParam(
	query: URLSearchParams,
	defaults: Readonly<Settings>,
	fixed: readonly Setting[] = []
): { lesson: Lesson | null; notices: Notice[] } {
	const texts = valuesByKey(query).get(LESSON_KEY);
	if (!texts) return { lesson: null, notices: [] };
	const read = decodeLesson(texts[texts.length - 1], defaults, fixed);
	if (texts.length > 1 && read.lesson) read.notices.unshift({ key: LESSON_KEY, given: '…', used: '…', reason: 'repeated' });
	return read;
}

/** The fields a lesson locks. */
export function lockedFields(lesson: Lesson | null): Setting[] {
	return Object.keys(lesson?.locked ?? {}) as Setting[];
}

/**
 * Puts a lesson's locked values over what the rest of the link said: the main run takes them,
 * run B may not change them, and a race of a locked setting is off. Each link value overruled
 * gets a `locked` notice in place of any other notice for that key.
 */
export function holdLocks(
	query: URLSearchParams,
	value: PageSettings,
	notices: readonly Notice[],
	lesson: Lesson | null,
	race: Race | undefined
): { value: PageSettings; notices: Notice[] } {
	if (!lesson) return { value, notices: [...notices] };
	const given = valuesByKey(query);
	const overruled = new Map<string, Notice>();
	const settings = { ...value.settings };
	const variant = { ...value.variant };
	for (const [field, locked] of Object.entries(lesson.locked) as [Setting, SettingValue][]) {
		const key = paramFor(field).key;
		const texts = given.get(key);
		// A link value the lesson overrules, or one that was bad anyway: either way the lesson's stands.
		if (texts && (formatValue(settings[field]) !== formatValue(locked) || notices.some((n) => n.key === key))) {
			overruled.set(key, { key, given: shorten(texts[texts.length - 1]), used: formatValue(locked), reason: 'locked' });
		}
		(settings as Record<Setting, SettingValue>)[field] = locked;
		const bTexts = given.get(`b.${key}`);
		if (bTexts && field in variant) {
			overruled.set(`b.${key}`, { key: `b.${key}`, given: shorten(bTexts[bTexts.length - 1]), used: formatValue(locked), reason: 'locked' });
		}
		delete variant[field];
	}
	let raced = value.race;
	if (raced && race && race.field in lesson.locked) {
		raced = false;
		const key = given.has('race') || !given.has('sweep') ? 'race' : 'sweep';
		overruled.set(key, { key, given: '1', used: '0', reason: 'locked' });
	}
	const kept = notices.filter((n) => !overruled.has(n.key));
	return { value: { ...value, settings, variant, race: raced }, notices: [...kept, ...overruled.values()] };
}

/** An experiment's query with its lesson: locked keys live in the lesson only, so editing them elsewhere does nothing. */
export function withLesson(search: URLSearchParams, lesson: Lesson | null): URLSearchParams {
	const out = new URLSearchParams(search);
	out.delete(LESSON_KEY);
	if (!lesson) return out;
	for (const field of lockedFields(lesson)) {
		const key = paramFor(field).key;
		out.delete(key);
		out.delete(`b.${key}`);
	}
	out.set(LESSON_KEY, encodeLesson(lesson));
	return out;
}
