/**
 * How the confusion matrix is read and shaded. A right answer (the diagonal) is shaded blue by
 * the share of its row; a mistake red, against the largest mistake, so the worst confusion
 * stands out even when it is a few digits. Two ramps per colour, light ones under dark text and
 * dark ones under white text, so every count keeps its contrast (never a mid tone under either).
 */
import { interpolateRgb } from 'd3-interpolate';

export interface ConfusionCell {
	label: number;
	predicted: number;
	count: number;
	/** 0..1, how strongly the cell is shaded. */
	strength: number;
}

/** Every cell of a classes × classes matrix (counts row-major: counts[label * classes + answer]). */
export function confusionCells(counts: readonly number[], classes: number): ConfusionCell[][] {
	const rowTotals = Array.from({ length: classes }, (_, r) => counts.slice(r * classes, (r + 1) * classes).reduce((a, b) => a + b, 0));
	let largestMistake = 0;
	counts.forEach((c, i) => {
		if (Math.floor(i / classes) !== i % classes) largestMistake = Math.max(largestMistake, c);
	});
	return Array.from({ length: classes }, (_, label) =>
		Array.from({ length: classes }, (_, predicted) => {
			const count = counts[label * classes + predicted] ?? 0;
			const strength = label === predicted ? count / Math.max(1, rowTotals[label]) : count / Math.max(1, largestMistake);
			return { label, predicted, count, strength };
		})
	);
}

/** The right answers: the diagonal's sum. */
export function diagonalSum(counts: readonly number[], classes: number): number {
	let sum = 0;
	for (let k = 0; k < classes; k++) sum += counts[k * classes + k] ?? 0;
	return sum;
}

const RAMPS = {
	right: { light: interpolateRgb('#ffffff', '#93c5fd'), dark: interpolateRgb('#2563eb', '#1e3a8a') },
	wrong: { light: interpolateRgb('#ffffff', '#fca5a5'), dark: interpolateRgb('#dc2626', '#7f1d1d') }
};

/** A cell's background and text colour: white text on the dark half of the ramp, dark text on the light half. */
export function cellColours(cell: ConfusionCell): { background: string; text: string } {
	const ramp = RAMPS[cell.label === cell.predicted ? 'right' : 'wrong'];
	const s = Math.min(1, Math.max(0, cell.strength));
	if (cell.count === 0) return { background: '#ffffff', text: '#1f2937' };
	return s < 0.5 ? { background: ramp.light(s * 2), text: '#1f2937' } : { background: ramp.dark((s - 0.5) * 2), text: '#ffffff' };
}
