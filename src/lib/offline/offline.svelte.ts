/**
 * Whether this browser holds a full copy of the site (the service worker says so) and whether
 * the network is there, for the footer's note. Nothing here decides what is cached.
 */
import { isOfflineAnswer, OFFLINE_QUESTION } from './messages';

class OfflineCopy {
	/** Every page and file of this version is cached here. */
	ready = $state(false);
	online = $state(true);

	/** Starts listening; call once in the browser. Returns a function that stops it. */
	watch(): () => void {
		const container = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
		const onNetwork = () => (this.online = navigator.onLine);
		const onMessage = (event: MessageEvent) => {
			if (isOfflineAnswer(event.data)) this.ready = event.data.ready;
		};
		// A worker that is active has finished its downloads; ask it whether they are all still there.
		const ask = () => void container?.ready.then((registration) => registration.active?.postMessage(OFFLINE_QUESTION));
		onNetwork();
		addEventListener('online', onNetwork);
		addEventListener('offline', onNetwork);
		container?.addEventListener('message', onMessage);
		container?.addEventListener('controllerchange', ask);
		ask();
		return () => {
			removeEventListener('online', onNetwork);
			removeEventListener('offline', onNetwork);
			container?.removeEventListener('message', onMessage);
			container?.removeEventListener('controllerchange', ask);
		};
	}
}

export const offlineCopy = new OfflineCopy();
