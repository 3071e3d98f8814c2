/**
 * A value that follows `read` at once while nothing trains, and at most every `ms` while training
 * runs: the backpropagation panels re-derive a graph, a check and formulas from every report, and
 * ten a second would take the page's thread from the charts (and nobody reads numbers that fast).
 * Create it while a component initialises: it lives and dies with the component.
 */
import { untrack } from 'svelte';

export class Throttled<T> {
	value: T;

	constructor(read: () => T, busy: () => boolean, ms: number) {
		this.value = $state.raw(untrack(read));
		let last = 0;
		let timer: ReturnType<typeof setTimeout> | undefined;
		let pending: T;
		const take = (next: T) => {
			last = Date.now();
			this.value = next;
		};
		$effect(() => {
			const next = read();
			if (!busy()) {
				clearTimeout(timer);
				timer = undefined;
				take(next);
				return;
			}
			pending = next;
			const wait = last + ms - Date.now();
			if (wait <= 0) take(next);
			else
				timer ??= setTimeout(() => {
					timer = undefined;
					take(pending);
				}, wait);
		});
		$effect(() => () => clearTimeout(timer));
	}
}
