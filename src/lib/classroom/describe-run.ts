/** A past run in the learner's words, for the table of past runs and the charts' legends. */
import { t } from '../i18n/locale.svelte';
import { describe } from '../session/session.svelte';
import type { Settings } from '../session/settings';
import { changedSettings, settingsOf, type PastRun } from './history';

/** "Past run 3". */
export function pastRunName(run: Pick<PastRun, 'number'>): string {
	return t('history.pastRun', { number: run.number });
}

/** What it changed from the page's own set-up: "Learning rate 0.05, Hidden layers 2", or "page set-up". */
export function pastRunChanges(run: PastRun, defaults: Readonly<Settings>, most = Infinity): string {
	const changes = changedSettings(settingsOf(run, defaults), defaults);
	if (changes.length === 0) return t('history.setUp');
	const shown = changes.slice(0, most).map(([field, value]) => describe(field, value));
	return shown.join(t('tryThis.listSeparator')) + (changes.length > most ? '…' : '');
}

/** A legend's name for an overlaid run: "Past run 3 · Learning rate 0.05". */
export function pastRunLabel(run: PastRun, defaults: Readonly<Settings> | null): string {
	return defaults ? `${pastRunName(run)} · ${pastRunChanges(run, defaults, 2)}` : pastRunName(run);
}
