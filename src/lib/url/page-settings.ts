/**
 * A concept page's address: the main run's settings (as in the lab, relative to the page's own
 * defaults), plus `cmp=1` for the side-by-side comparison with run B's changes as `b.<key>`,
 * and `sweep=1` for the learning-rate sweep.
 */
import {
	PARAMS,
	formatValue,
	parseFlag,
	parseSettings,
	serializeSettings,
	shorten,
	valuesByKey,
	type Notice,
	type Settings
} from './params';

export interface PageSettings {
	settings: Settings;
	compare: boolean;
	/** Run B's changes from the main run. */
	variant: Partial<Settings>;
	sweep: boolean;
}

const B = 'b.';
/** Run B always trains where run A does: `b.backend` is no setting. */
const B_PARAMS = PARAMS.filter((p) => p.field !== 'backend');

/**
 * Reads a concept page's address. `offersSweep` says whether the page has a sweep; `sweep=1`
 * on a page without one is reported and ignored.
 */
export function parsePageSettings(
	query: URLSearchParams,
	defaults: Readonly<Settings>,
	defaultVariant: Partial<Settings>,
	offersSweep = true
): { value: PageSettings; notices: Notice[] } {
	const { settings, notices } = parseSettings(query, defaults);
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
	const sweep = readFlag(given, 'sweep', offersSweep, notices);
	return { value: { settings, compare, variant, sweep }, notices };
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
	if (value.sweep) search.set('sweep', '1');
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
