/** The blue–white–red colour scale for signed values such as weights: blue negative, white zero, red positive. */

type Rgb = [number, number, number];

const NEGATIVE: Rgb = [33, 102, 172]; // ColorBrewer RdBu's darkest blue
const ZERO: Rgb = [255, 255, 255];
const POSITIVE: Rgb = [178, 24, 43]; // ColorBrewer RdBu's darkest red

/** CSS colours for the ends and middle, for legends. */
export const DIVERGING_STOPS = {
	negative: `rgb(${NEGATIVE.join(',')})`,
	zero: `rgb(${ZERO.join(',')})`,
	positive: `rgb(${POSITIVE.join(',')})`
};

/**
 * The colour of `value` on a scale symmetric around zero that reaches full colour at ±`maxAbs`.
 * Values beyond clamp; non-finite values, and any value when `maxAbs` is not positive, are white.
 */
export function divergingRgb(value: number, maxAbs: number): Rgb {
	if (!Number.isFinite(value) || !(maxAbs > 0) || !Number.isFinite(maxAbs)) return [...ZERO];
	const t = Math.max(-1, Math.min(1, value / maxAbs));
	const end = t < 0 ? NEGATIVE : POSITIVE;
	const share = Math.abs(t);
	return [0, 1, 2].map((i) => Math.round(ZERO[i] + (end[i] - ZERO[i]) * share)) as Rgb;
}

/** The largest finite |value|, or 0. */
export function maxAbsolute(values: ArrayLike<number>): number {
	let max = 0;
	for (let i = 0; i < values.length; i++) {
		const magnitude = Math.abs(values[i]);
		if (magnitude > max && Number.isFinite(magnitude)) max = magnitude;
	}
	return max;
}
