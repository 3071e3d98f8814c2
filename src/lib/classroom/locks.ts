/**
 * Which settings a lesson locks, handed from an experiment to every setting control inside it,
 * so each control shows itself locked without every page passing the set down.
 */
import { getContext, setContext } from 'svelte';
import type { Setting } from '../session/settings';

const KEY = Symbol('lesson locks');
const NONE: ReadonlySet<Setting> = new Set();

/** Call while setting up an experiment's frame. */
export function provideLocks(locked: () => ReadonlySet<Setting>): void {
	setContext(KEY, locked);
}

/** The locked settings of the experiment around this control (none outside one). */
export function lockedSettings(): () => ReadonlySet<Setting> {
	return getContext<(() => ReadonlySet<Setting>) | undefined>(KEY) ?? (() => NONE);
}
