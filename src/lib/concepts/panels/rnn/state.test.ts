import { describe, expect, it } from 'vitest';
import type { Recurrence } from '../../../engine/requests/recurrence';
import { digitRgba, rowNumbers, stateRgba } from './state';

/** Three rows of two pixels read by two units. */
const answer: Recurrence = {
	step: 5,
	index: 0,
	label: 1,
	probabilities: [0.2, 0.8],
	pixels: [0, 0, 1, 0.5, 0, 1],
	steps: 3,
	units: 2,
	hidden: [0, 0, 0.6, -0.8, 0.6, 0.8],
	gradientNorms: [0.1, 0.2, 0.3],
	gradientExamples: 4
};

describe('the RNN panel’s pictures and numbers', () => {
	it('gives each row read its ink, the state’s length and how much the row changed it', () => {
		expect(rowNumbers(answer, 3)).toEqual([
			{ row: 1, ink: 0, length: 0, change: 0 },
			{ row: 2, ink: 0.75, length: 1, change: 1 },
			{ row: 3, ink: 0.5, length: 1, change: expect.closeTo(1.6, 10) }
		]);
		expect(rowNumbers(answer, 2)).toHaveLength(2);
	});

	it('draws a column per row read, a line per unit, and leaves the rows not yet read transparent', () => {
		const rgba = stateRgba(answer, 2);
		const alpha = (unit: number, row: number) => rgba[(unit * answer.steps + row) * 4 + 3];
		expect([alpha(0, 0), alpha(1, 0), alpha(0, 1), alpha(1, 1)]).toEqual([255, 255, 255, 255]);
		expect([alpha(0, 2), alpha(1, 2)]).toEqual([0, 0]);
		// Unit 1 after row 2 is −0.8: blue, so its blue channel is its brightest.
		const at = (1 * answer.steps + 1) * 4;
		expect(rgba[at + 2]).toBeGreaterThan(rgba[at]);
	});

	it('fades the digit’s rows not yet read', () => {
		const rgba = digitRgba(answer.pixels, 1, 2);
		expect(rgba.length).toBe(16);
		expect([rgba[3], rgba[7], rgba[11], rgba[15]]).toEqual([255, 255, 60, 60]);
		expect(rgba[8]).toBe(0);
	});
});
