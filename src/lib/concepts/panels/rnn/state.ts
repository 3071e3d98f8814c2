/** What the RNN panel draws from a `recurrence` answer: the rows read so far, as pictures and numbers. */
import { divergingRgb } from '../../../charts/diverging';
import type { Recurrence } from '../../../engine/requests/recurrence';

/** Hidden units drawn in the heat map, at most (the first ones). */
export const SHOWN_UNITS = 64;

/**
 * The heat map as RGBA pixels, one column per row of the digit read (left to right) and one row
 * per unit (top to bottom): blue −1, white 0, red +1. Columns not yet read stay transparent.
 */
export function stateRgba(answer: Recurrence, rowsRead: number): Uint8ClampedArray<ArrayBuffer> {
	const { steps, units, hidden } = answer;
	const shown = Math.min(units, SHOWN_UNITS);
	const rgba = new Uint8ClampedArray(steps * shown * 4);
	for (let t = 0; t < Math.min(rowsRead, steps); t++) {
		for (let u = 0; u < shown; u++) {
			const [r, g, b] = divergingRgb(hidden[t * units + u], 1);
			const at = (u * steps + t) * 4;
			rgba[at] = r;
			rgba[at + 1] = g;
			rgba[at + 2] = b;
			rgba[at + 3] = 255;
		}
	}
	return rgba;
}

/** The digit as RGBA pixels, ink dark on white; rows not yet read are faded. */
export function digitRgba(pixels: readonly number[], rowsRead: number, side = 28): Uint8ClampedArray<ArrayBuffer> {
	const rgba = new Uint8ClampedArray(side * side * 4);
	for (let i = 0; i < side * side; i++) {
		const read = Math.floor(i / side) < rowsRead;
		const grey = Math.round(255 * (1 - Math.min(1, Math.max(0, pixels[i] ?? 0))));
		rgba.set([grey, grey, grey, read ? 255 : 60], i * 4);
	}
	return rgba;
}

export interface RowNumbers {
	row: number;
	/** The row's mean pixel, 0..1: how much ink the step read. */
	ink: number;
	/** ‖h_t‖: the hidden state's length after the row. */
	length: number;
	/** ‖h_t − h_{t−1}‖: how much the row changed it. */
	change: number;
}

/** Per row read: its ink, the hidden state's length and how much the row changed it. */
export function rowNumbers(answer: Recurrence, rowsRead: number): RowNumbers[] {
	const { steps, units, hidden, pixels } = answer;
	const width = pixels.length / steps;
	const rows: RowNumbers[] = [];
	for (let t = 0; t < Math.min(rowsRead, steps); t++) {
		let ink = 0;
		for (let p = 0; p < width; p++) ink += pixels[t * width + p];
		let length = 0;
		let change = 0;
		for (let u = 0; u < units; u++) {
			const h = hidden[t * units + u];
			const before = t > 0 ? hidden[(t - 1) * units + u] : 0;
			length += h * h;
			change += (h - before) ** 2;
		}
		rows.push({ row: t + 1, ink: ink / width, length: Math.sqrt(length), change: Math.sqrt(change) });
	}
	return rows;
}
