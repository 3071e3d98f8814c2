/** A race's runs: the main run's settings and up to four others that differ in the race's one setting. */
import type { Race } from '../concepts/pages';
import { paramFor, type NumberParam } from '../url/params';
import type { Settings, SettingValue } from './settings';

/** Runs in a race, the main one included. */
export const RACE_SIZE = 5;

/** The other runs' changes from the main run, in the race's order. */
export function raceVariants(race: Race, settings: Readonly<Settings>): Partial<Settings>[] {
	const own = settings[race.field];
	let values: SettingValue[];
	if ('factors' in race) {
		const { min, max } = paramFor(race.field) as NumberParam;
		// Two significant digits: "0.001", not "0.0010000000000000002".
		values = race.factors.map((f) => Math.min(max, Math.max(min, Number(((own as number) * f).toPrecision(2)))));
	} else {
		values = [...race.values];
	}
	const others = [...new Set(values)].filter((value) => value !== own);
	return others.slice(0, RACE_SIZE - 1).map((value) => ({ [race.field]: value }));
}
