import { scaleLinear, scaleLog } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { autoScale, axisLeftMargin, scaleTicks, textWidth, yTitleOffset } from './ticks';

describe('scaleTicks', () => {
	it.each([
		{ name: 'linear 0..1', scale: scaleLinear().domain([0, 1]).range([100, 0]), count: 5, labels: ['0.0', '0.2', '0.4', '0.6', '0.8', '1.0'] },
		{ name: 'linear 0..150000', scale: scaleLinear().domain([0, 150000]).range([100, 0]), count: 3, labels: ['0', '50,000', '100,000', '150,000'] },
		{ name: 'log 0.01..10, few ticks', scale: scaleLog().domain([0.01, 10]).range([100, 0]), count: 3, labels: ['0.01', '0.1', '1', '10'] },
		{ name: 'log 1..10, many ticks', scale: scaleLog().domain([1, 10]).range([100, 0]), count: 10, labels: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] }
	])('$name: $labels', ({ scale, count, labels }) => {
		expect(scaleTicks(scale, count).map((t) => t.label)).toEqual(labels);
	});

	it('keeps only the log ticks d3 labels, not every 2…9 of each decade', () => {
		const scale = scaleLog().domain([1, 1000]).range([200, 0]);
		expect(scale.ticks(5)).toHaveLength(28);
		expect(scaleTicks(scale, 5).map((t) => t.label)).toEqual(['1', '10', '100', '1,000']);
	});

	it('places each tick where the scale puts it and writes it with the given format', () => {
		const scale = scaleLinear().domain([0, 10]).range([0, 100]);
		expect(scaleTicks(scale, 2, (v) => `${v}!`)).toEqual([
			{ value: 0, at: 0, label: '0!' },
			{ value: 5, at: 50, label: '5!' },
			{ value: 10, at: 100, label: '10!' }
		]);
	});
});

describe('textWidth', () => {
	it.each([
		{ text: '', width: 0 },
		{ text: '150,000', width: 7 * 13 * 0.6 },
		{ text: '损失', width: 26 },
		{ text: 'a损', width: 13 * 0.6 + 13 }
	])('"$text" is about $width px at 13 px', ({ text, width }) => {
		expect(textWidth(text, 13)).toBeCloseTo(width);
	});
});

describe('axisLeftMargin', () => {
	it.each([
		{ labels: ['0', '1'], options: {}, margin: 40 },
		{ labels: ['0', '50,000', '150,000'], options: {}, margin: 87 },
		{ labels: ['0', '50,000', '150,000'], options: { title: false }, margin: 67 },
		{ labels: ['0.5'], options: { minimum: 64 }, margin: 64 },
		{ labels: [], options: { minimum: 10 }, margin: 32 }
	])('$labels with $options → $margin px', ({ labels, options, margin }) => {
		expect(axisLeftMargin(labels, options)).toBe(margin);
	});

	it('keeps the rotated title clear of the widest tick label', () => {
		for (const labels of [['1'], ['0.001'], ['150,000'], ['1.5e+7', '2']]) {
			const margin = axisLeftMargin(labels);
			const labelLeft = -8 - Math.max(...labels.map((l) => textWidth(l)));
			// The title's glyphs reach about 4 px right of its centre line (14 px type, rotated).
			const titleRight = yTitleOffset(margin) + 4;
			expect(labelLeft - titleRight).toBeGreaterThanOrEqual(4);
		}
	});
});

describe('autoScale', () => {
	it.each([
		{ name: 'a loss that falls a little', values: [2.3, 1.2, 0.4], scale: 'linear' },
		{ name: 'a loss that blows up', values: [2.3, 40, 150000], scale: 'log' },
		{ name: 'a loss that falls a hundredfold', values: [2.3, 0.023], scale: 'log' },
		{ name: 'just under a hundredfold', values: [2, 0.0201], scale: 'linear' },
		{ name: 'a zero', values: [0, 1000], scale: 'linear' },
		{ name: 'negative values', values: [-1, 1000], scale: 'linear' },
		{ name: 'non-finite values are ignored', values: [1, NaN, Infinity, 5], scale: 'linear' },
		{ name: 'no values', values: [], scale: 'linear' }
	])('$name → $scale', ({ values, scale }) => {
		expect(autoScale(values)).toBe(scale);
	});
});
