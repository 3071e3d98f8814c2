/**
 * A concept page's address: the main run's settings (as in the lab, relative to the page's own
 * defaults), plus `cmp=1` for the side-by-side comparison with run B's changes as `b.<key>`,
 * and `sweep=1` for the learning-rate sweep.
 */
import { PARAMS, formatValue, parseSettings, serializeSettings, type Notice, type Settings } from './params';

export interface PageSettings {
	settings: Settings;
	compare: boolean;
	/** Run B's changes from the main run. */
	variant: Partial<Settings>;
	sweep: boolean;
}

const B = 'b.';

export function parsePageSettings(
	query: URLSearchParams,
	defaults: Readonly<Settings>,
	defaultVariant: Partial<Settings>
): { value: PageSettings; notices: Notice[] } {
	const { settings, notices } = parseSettings(query, defaults);
	// Run B's keys are read with the same table, as if they were the main run's.
	const bQuery = new URLSearchParams();
	for (const [key, text] of query) if (key.startsWith(B)) bQuery.append(key.slice(B.length), text);
	const given = PARAMS.filter((p) => p.field !== 'backend' && bQuery.has(p.key));
	const parsedB = parseSettings(bQuery, settings);
	notices.push(...parsedB.notices.map((n) => ({ ...n, key: B + n.key })));
	const variant: Partial<Settings> = given.length
		? Object.fromEntries(given.map((p) => [p.field, parsedB.settings[p.field]]))
		: { ...defaultVariant };
	return {
		value: { settings, compare: flag(query.get('cmp')), variant, sweep: flag(query.get('sweep')) },
		notices
	};
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

function flag(text: string | null): boolean {
	return text !== null && ['1', 'true', 'yes', 'on'].includes(text.trim().toLowerCase());
}
