/**
 * The one place where an experiment meets the page's address: read the query once mounted (it
 * cannot be read while prerendering), start the session, and rewrite the address after every
 * change and after a link whose values had to be fixed. Call during a component's set-up.
 */
import { onMount } from 'svelte';
import { afterNavigate, replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { Session } from './session.svelte';

export function followAddress(session: Session): void {
	const write = () => {
		const url = new URL(page.url);
		url.search = session.query().toString();
		replaceState(url, page.state);
	};
	onMount(() => {
		session.read(page.url.searchParams);
		session.onchange = write;
		session.start();
		return () => {
			session.onchange = null;
			session.stop();
		};
	});
	// The link's bad values leave the address bar too (the router is ready only after mounting).
	afterNavigate(({ type }) => {
		if (type === 'enter' && session.notices.length) write();
	});
}
