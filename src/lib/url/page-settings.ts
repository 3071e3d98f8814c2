/**
 * An experiment's address: the main run's settings (relative to the page's own defaults), plus,
 * where the page offers them, `cmp=1` for the side-by-side comparison with run B's changes as
 * `b.<key>`, and `race=1` for a race of several values of one setting (`sweep=1`, the learning-rate
 * page's older word for it, still reads as `race=1`).
 */
import type { Settings } from '../session/settings';
import {
	PARAMS,
	formatValue,
	parseFlag,
	parseSettings,
	serializeSettings,
	shorten,
	valuesByKey,
	type Notice
} from './params';

export interface PageSettings {
	settings: Settings;
	compare: boolean;
	/** Run B's changes from the main run. */
	variant: Partial<Settings>;
	race: boolean;
}

/** What a page offers beyond its settings. The lab offers neither: there these keys are unknown and ignored. */
export interface PageOffers {
	compare: boolean;
	race: boolean;
	/** Settings the page keeps at its own value (the lab trains on the digits only): a link's other value is reported and ignored. */
	fixed?: readonly (keyof Settings)[];
}

const B = 'b.';
/** Run B always trains where run A does and stops when it does: no `b.backend`, `b.epochs`, `b.until`. */
const B_PARAMS = PARAMS.filter((p) => p.field !== 'backend' && !('shared' in p && p.shared));

/**
 * Reads an experiment's address. On a page with a comparison, `race=1` where the page has no race
 * is reported and ignored; on a page without one (the lab) the page keys are not read at all.
 */
export function parsePageSettings(
	query: URLSearchParams,
	defaults: Readonly<Settings>,
	defaultVariant: Partial<Settings>,
	offers: PageOffers = { compare: true, race: true }
): { value: PageSettings; notices: Notice[] } {
	const { settings, notices } = parseSettings(query, defaults);
	for (const field of offers.fixed ?? []) {
		if (settings[field] === defaults[field]) continue;
		const param = PARAMS.find((p) => p.field === field)!;
		notices.push({ key: param.key, given: shorten(formatValue(settings[field])), used: formatValue(defaults[field]), reason: 'invalid' });
		(settings as Record<keyof Settings, unknown>)[field] = defaults[field];
	}
	if (!offers.compare) return { value: { settings, compare: false, variant: { ...defaultVariant }, race: false }, notices };
	const given = valuesByKey(query);
	// Run B's keys are read with the same table, as if they were the main run's.
	const bQuery = new URLSearchParams();
	for (const [key, texts] of given) {
		if (key.startsWith(B)) for (const text of texts) bQuery.append(key.slice(B.length), text);
	}
	const bGiven = B_PARAMS.filter((p) => bQuery.has(p.key));
	const parsedB = parseSettings(bQuery, settings, B_PARAMS);
	notices.push(...parsedB.notices.map((n) => ({ ...n, key: B + n.key })));
	const variant: Partial<Settings> = bGiven.length
		? Object.fromEntries(bGiven.map((p) => [p.field, parsedB.settings[p.field]]))
		: { ...defaultVariant };
	const compare = readFlag(given, 'cmp', true, notices);
	// `sweep` is the older key for a race; notices name the key the link used.
	const race = readFlag(given, given.has('race') || !given.has('sweep') ? 'race' : 'sweep', offers.race, notices);
	return { value: { settings, compare: compare && !race, variant, race }, notices };
}

/** A page switch such as `cmp=1`: off unless given as a flag, and off where the page lacks it. */
function readFlag(given: Map<string, string[]>, key: string, offered: boolean, notices: Notice[]): boolean {
	const texts = given.get(key);
	if (!texts) return false;
	const text = texts[texts.length - 1];
	const flag = parseFlag(text);
	const value = offered && flag === true;
	const reason = flag === undefined || (flag && !offered) ? 'invalid' : texts.length > 1 ? 'repeated' : undefined;
	if (reason) notices.push({ key, given: shorten(text), used: formatValue(value), reason });
	return value;
}

export function serializePageSettings(
	value: PageSettings,
	defaults: Readonly<Settings>,
	defaultVariant: Partial<Settings>
): URLSearchParams {
	const search = serializeSettings(value.settings, defaults);
	if (value.compare) search.set('cmp', '1');
	if (value.race) search.set('race', '1');
	if (!sameVariant(value.variant, defaultVariant)) {
		// Every changed field is written, even one that happens to equal the main run's.
		for (const param of PARAMS) {
			const changed = value.variant[param.field];
			if (changed !== undefined) search.set(B + param.key, formatValue(changed));
		}
	}
	return search;
}

function sameVariant(a: Partial<Settings>, b: Partial<Settings>): boolean {
	const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Settings>;
	return [...keys].every((k) => a[k] !== undefined && b[k] !== undefined && formatValue(a[k]) === formatValue(b[k]));
}
