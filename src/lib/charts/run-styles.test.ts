import { describe, expect, it } from 'vitest';
import { markerIndexes, markerPath, PLAIN_DASH, RUN_COLORS, RUN_STYLES, runStyle, seriesStyle } from './run-styles';

describe('run styles', () => {
	it('gives every run (main, B and race variants) its own colour, line pattern and marker', () => {
		const count = RUN_STYLES.length;
		expect(count).toBeGreaterThanOrEqual(5);
		expect(new Set(RUN_STYLES.map((s) => s.color)).size).toBe(count);
		expect(new Set(RUN_STYLES.map((s) => s.dash ?? 'solid')).size).toBe(count);
		expect(new Set(RUN_STYLES.map((s) => s.marker)).size).toBe(count);
	});

	it('draws run A solid and run B dashed', () => {
		expect(seriesStyle(RUN_COLORS[0]).dash).toBeUndefined();
		expect(seriesStyle(RUN_COLORS[1]).dash).toBeDefined();
		expect(seriesStyle(RUN_COLORS[1]).dash).not.toBe(seriesStyle(RUN_COLORS[0]).dash);
	});

	it('finds a run by its colour in any case, and no run for other colours', () => {
		expect(runStyle(RUN_COLORS[2].toUpperCase())).toBe(RUN_STYLES[2]);
		expect(seriesStyle('#8aa4e8')).toEqual({ dash: undefined, marker: 'circle', run: -1 });
		expect(seriesStyle('var(--accent)', true).dash).toBe(PLAIN_DASH);
	});

	it('leaves the dashes to a chart that dashes some series itself, runs then differing by marker', () => {
		RUN_COLORS.forEach((color, run) => {
			expect(seriesStyle(color, true, false).dash, `run ${run}`).toBe(PLAIN_DASH);
			expect(seriesStyle(color, false, false).dash, `run ${run}`).toBeUndefined();
			expect(seriesStyle(color, false, false).marker).toBe(RUN_STYLES[run].marker);
		});
	});

	it('writes every marker as a closed path of finite numbers', () => {
		for (const { marker } of RUN_STYLES) {
			const d = markerPath(marker, 3.5);
			expect(d.endsWith('Z')).toBe(true);
			const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
			expect(numbers.every(Number.isFinite)).toBe(true);
			expect(Math.max(...numbers.map(Math.abs))).toBeLessThanOrEqual(3.5 * 1.4);
		}
	});

	it('places a few markers along a line, inside it, shifted per run', () => {
		expect(markerIndexes(1, 0)).toEqual([]);
		const a = markerIndexes(200, 0);
		const b = markerIndexes(200, 1);
		expect(a).toHaveLength(5);
		expect(a.every((i) => i >= 0 && i < 200)).toBe(true);
		expect(a).not.toEqual(b);
		expect(markerIndexes(3, 4).every((i) => i >= 0 && i < 3)).toBe(true);
	});
});
