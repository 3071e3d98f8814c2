import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_IDS, WEIGHT_LIMIT, presetOf, readWeight } from './kernels';

describe('readWeight', () => {
	it.each([
		['1', 1],
		[' -0.5 ', -0.5],
		['−2', -2],
		['0,25', 0.25],
		['.5', 0.5],
		['+3', 3],
		['-0', 0],
		['1e-1', 0.1]
	])('reads %j as %d', (text, value) => {
		expect(readWeight(text)).toEqual({ ok: true, value });
	});

	it.each(['', 'abc', '1.2.3', '-', '0x10', 'Infinity', '2 3'])('calls %j not a number', (text) => {
		expect(readWeight(text)).toEqual({ ok: false, problem: 'notNumber' });
	});

	it('keeps weights within the limit', () => {
		expect(readWeight(String(WEIGHT_LIMIT))).toEqual({ ok: true, value: WEIGHT_LIMIT });
		expect(readWeight(String(WEIGHT_LIMIT + 0.5))).toEqual({ ok: false, problem: 'outOfRange' });
		expect(readWeight('-1e9')).toEqual({ ok: false, problem: 'outOfRange' });
	});
});

describe('the presets', () => {
	it('are 3×3, and each is recognised as itself', () => {
		for (const id of PRESET_IDS) {
			expect(PRESETS[id]).toHaveLength(9);
			expect(presetOf([...PRESETS[id]])).toBe(id);
		}
		expect(presetOf([0, 0, 0, 0, 1, 0, 0, 0, 0])).toBeNull();
	});

	it('blur averages (its weights add up to 1) and the edge filters ignore flat ground (theirs add up to 0)', () => {
		const total = (id: keyof typeof PRESETS) => PRESETS[id].reduce((a: number, b: number) => a + b, 0);
		expect(total('blur')).toBe(1);
		expect(total('sharpen')).toBe(1);
		expect(total('verticalEdge')).toBe(0);
		expect(total('horizontalEdge')).toBe(0);
	});
});
