/** Growing metric series that stay bounded: when one gets too long its older half is thinned. */
export function appendThinned<T>(series: readonly T[], more: readonly T[], cap: number): T[] {
	const joined = series.concat(more);
	if (joined.length <= cap) return joined;
	const half = Math.floor(joined.length / 2);
	// Every other old point goes; the recent half keeps full detail.
	return joined.slice(0, half).filter((_, i) => i % 2 === 0).concat(joined.slice(half));
}
