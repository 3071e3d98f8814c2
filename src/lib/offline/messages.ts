/** What a page and the service worker say to each other about the offline copy. */

/** A page asks: is everything this version needs in this browser? */
export const OFFLINE_QUESTION = 'offline-question';
export const OFFLINE_READY = 'offline-ready';

export interface OfflineAnswer {
	type: typeof OFFLINE_READY;
	/** Every page and file of this version is in the cache. */
	ready: boolean;
}

export function isOfflineAnswer(data: unknown): data is OfflineAnswer {
	return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === OFFLINE_READY;
}
