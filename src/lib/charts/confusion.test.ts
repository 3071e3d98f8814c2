import { describe, expect, it } from 'vitest';
import { cellColours, confusionCells, diagonalSum } from './confusion';

describe('confusionCells', () => {
	const counts = [8, 2, 0, 1, 5, 4, 0, 0, 10];
	const cells = confusionCells(counts, 3);

	it('lays the counts out by right answer (row) and answer (column)', () => {
		expect(cells).toHaveLength(3);
		expect(cells[1][2]).toMatchObject({ label: 1, predicted: 2, count: 4 });
		expect(cells[0][1]).toMatchObject({ label: 0, predicted: 1, count: 2 });
	});

	it('shades the diagonal by the share of its row and a mistake against the largest mistake', () => {
		expect(cells[0][0].strength).toBeCloseTo(0.8);
		expect(cells[2][2].strength).toBe(1);
		expect(cells[1][2].strength).toBe(1);
		expect(cells[0][1].strength).toBe(0.5);
		expect(cells[2][0].strength).toBe(0);
	});

	it('adds up the diagonal', () => {
		expect(diagonalSum(counts, 3)).toBe(23);
	});
});

describe('cellColours', () => {
	it('writes white on a dark shade and dark on a light one, blue for right and red for wrong', () => {
		expect(cellColours({ label: 1, predicted: 1, count: 9, strength: 0.9 }).text).toBe('#ffffff');
		expect(cellColours({ label: 1, predicted: 1, count: 1, strength: 0.1 }).text).toBe('#1f2937');
		expect(cellColours({ label: 1, predicted: 1, count: 9, strength: 1 }).background).toBe('rgb(30, 58, 138)');
		expect(cellColours({ label: 1, predicted: 2, count: 9, strength: 1 }).background).toBe('rgb(127, 29, 29)');
		expect(cellColours({ label: 1, predicted: 2, count: 0, strength: 0 }).background).toBe('#ffffff');
	});
});
