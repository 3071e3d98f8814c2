/**
 * Ticks, their text and the room they take, for the chart kit's axes. D3 picks the values; this
 * decides which to show, how to write them, and how wide the margin beside them must be.
 */
import { formatNumber } from '../format';

/** A tick on an axis: where it sits along the plot, and what it says. */
export interface Tick {
	/** Unique on its axis; used as the key of its mark. */
	value: number;
	/** Position along the axis in plot pixels. */
	at: number;
	label: string;
	/** How the label hangs from its tick; centred by default. */
	anchor?: 'start' | 'middle' | 'end';
}

/** The part of a d3 linear or log scale an axis reads. */
export interface TickScale {
	(value: number): number;
	ticks(count?: number): number[];
	tickFormat(count?: number): (value: number) => string;
	base?: unknown;
}

/** d3's log scales have a base; linear ones do not. */
export function isLogScale(scale: TickScale): boolean {
	return typeof scale.base === 'function';
}

/**
 * The ticks of a linear or log scale, written by `format`. A log axis offers 1, 2, …, 9 per decade;
 * only the ones d3 would label are kept, so a long log axis does not turn into a comb.
 */
export function scaleTicks(scale: TickScale, count: number, format?: (value: number) => string): Tick[] {
	let values = scale.ticks(count);
	const log = isLogScale(scale);
	if (log) {
		const labelled = scale.tickFormat(count);
		values = values.filter((v) => labelled(v) !== '');
	}
	// d3's log format writes SI prefixes ("100m"); learners read plain decimals better.
	const text = format ?? (log ? formatNumber : scale.tickFormat(count));
	return values.map((value) => ({ value, at: scale(value), label: text(value) }));
}

/** Tick labels' size in CSS pixels, as the shared stylesheet sets it. */
export const TICK_FONT_SIZE = 13;

/** Rough width of a line of text: CJK characters are about square, Latin ones a little over half as wide. */
export function textWidth(text: string, fontSize = TICK_FONT_SIZE): number {
	let total = 0;
	for (const character of text) total += character.codePointAt(0)! >= 0x2e80 ? fontSize : fontSize * 0.6;
	return total;
}

/** Gap between the plot's edge and the end of a y tick label. */
export const TICK_GAP = 8;
/** Room a rotated y-axis title takes, with a little air on each side. */
export const Y_TITLE_ROOM = 24;

/**
 * The left margin a y axis needs: its widest tick label, the gap before the plot, and the title's
 * column beyond the labels so the two never overlap (e.g. "150,000" on a loss that blew up).
 */
export function axisLeftMargin(labels: readonly string[], { title = true, minimum = 0, fontSize = TICK_FONT_SIZE } = {}): number {
	const widest = Math.max(0, ...labels.map((label) => textWidth(label, fontSize)));
	return Math.max(minimum, Math.ceil(widest + TICK_GAP + (title ? Y_TITLE_ROOM : 4)));
}

/** Where the y title's centre line sits, in plot coordinates, for a given left margin. */
export function yTitleOffset(marginLeft: number): number {
	return -marginLeft + 14;
}

/**
 * Values that span at least this factor (max/min, all positive) read better on a log axis: a loss
 * that starts at 2.3 and blows up to 150,000, or falls to 0.01, stays legible at both ends.
 */
export const LOG_SPAN = 100;

/** 'log' when every finite value is positive and they span LOG_SPAN or more; else 'linear'. */
export function autoScale(values: Iterable<number>, span = LOG_SPAN): 'linear' | 'log' {
	let low = Infinity;
	let high = -Infinity;
	for (const v of values) {
		if (!Number.isFinite(v)) continue;
		if (v <= 0) return 'linear';
		if (v < low) low = v;
		if (v > high) high = v;
	}
	return high >= low && high / low >= span ? 'log' : 'linear';
}
