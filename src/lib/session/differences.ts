/** What sets run B apart from the main run, setting by setting, for its name. */
import { PARAMS, formatValue } from '../url/params';
import type { Settings } from './settings';

/** The settings a variant changes from the main run, in the URL table's order, with both values as a link writes them. */
export function differences(variant: Partial<Settings>, main: Settings): [keyof Settings, string, string][] {
	return PARAMS.filter((p) => variant[p.field] !== undefined).map((p) => [
		p.field,
		formatValue(main[p.field]),
		formatValue(variant[p.field]!)
	]);
}
