import { describe, expect, it } from 'vitest';
import { FilterLab, moved, stepped, strongest, within } from './filter-lab.svelte';

describe('moving the window', () => {
	it('arrow keys move one cell and stop at the edges; other keys do nothing', () => {
		expect(moved({ row: 3, col: 3 }, 'ArrowRight', 26)).toEqual({ row: 3, col: 4 });
		expect(moved({ row: 3, col: 3 }, 'ArrowUp', 26)).toEqual({ row: 2, col: 3 });
		expect(moved({ row: 0, col: 0 }, 'ArrowLeft', 26)).toEqual({ row: 0, col: 0 });
		expect(moved({ row: 25, col: 25 }, 'ArrowDown', 26)).toEqual({ row: 25, col: 25 });
		expect(moved({ row: 1, col: 1 }, 'Enter', 26)).toBeNull();
	});

	it('previous and next go in reading order, across rows, and stop at the ends', () => {
		expect(stepped({ row: 0, col: 12 }, 1, 13)).toEqual({ row: 1, col: 0 });
		expect(stepped({ row: 1, col: 0 }, -1, 13)).toEqual({ row: 0, col: 12 });
		expect(stepped({ row: 0, col: 0 }, -1, 13)).toEqual({ row: 0, col: 0 });
		expect(stepped({ row: 12, col: 12 }, 1, 13)).toEqual({ row: 12, col: 12 });
	});

	it('a position stays on a map that shrinks, and the strongest response is found by size', () => {
		expect(within({ row: 25, col: 3 }, 13)).toEqual({ row: 12, col: 3 });
		expect(within({ row: 5, col: 5 }, 0)).toEqual({ row: 0, col: 0 });
		expect(strongest({ side: 2, values: [0.5, -3, 2, 3] })).toEqual({ row: 0, col: 1 });
		expect(strongest(null)).toEqual({ row: 0, col: 0 });
	});
});

describe('the filter lab', () => {
	it('slides its kernel over a drawing, puts the window on the strongest response until moved, and pools the map', () => {
		const lab = new FilterLab();
		// A vertical bar of ink in column 10: the vertical-edge filter answers most beside it.
		lab.drawing = Array.from({ length: 784 }, (_, i) => (i % 28 === 10 ? 1 : 0));
		expect(lab.outputSide).toBe(26);
		expect(lab.output?.side).toBe(26);
		expect(Math.abs(lab.output!.values[lab.at.row * 26 + lab.at.col])).toBe(3);
		lab.padding = 'same';
		lab.stride = 2;
		expect(lab.outputSide).toBe(14);
		expect(lab.output?.side).toBe(14);
		expect(lab.pooled?.side).toBe(7);
		lab.position = { row: 20, col: 20 };
		expect(lab.at).toEqual({ row: 13, col: 13 });
		lab.setWeight(4, 2);
		expect(lab.preset).toBeNull();
		lab.usePreset('blur');
		expect(lab.preset).toBe('blur');
	});
});
