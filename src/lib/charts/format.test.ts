import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatPrecise, formatWhole } from './format';

describe('format', () => {
	it.each([
		{ value: 0.123456, text: '0.123' },
		{ value: -2.5, text: '-2.5' },
		{ value: 0, text: '0' },
		{ value: 0.00012, text: '1.2e-4' },
		{ value: NaN, text: '–' }
	])('formatNumber($value) is $text', ({ value, text }) => {
		expect(formatNumber(value)).toBe(text);
	});

	it.each([
		{ value: 0.123456, text: '0.1235' },
		{ value: 2.30258, text: '2.303' },
		{ value: 1234.5, text: '1,235' },
		{ value: 0.000123456, text: '1.235e-4' },
		{ value: 0, text: '0' },
		{ value: -Infinity, text: '–' }
	])('formatPrecise($value) is $text', ({ value, text }) => {
		expect(formatPrecise(value)).toBe(text);
	});

	it.each([
		{ share: 0.934, digits: 0, text: '93%' },
		{ share: 1, digits: 0, text: '100%' },
		{ share: 0.9345, digits: 1, text: '93.5%' },
		{ share: Infinity, digits: 0, text: '–' }
	])('formatPercent($share, $digits) is $text', ({ share, digits, text }) => {
		expect(formatPercent(share, digits)).toBe(text);
	});

	it.each([
		{ value: 12000, text: '12,000' },
		{ value: 3, text: '3' },
		{ value: -Infinity, text: '–' }
	])('formatWhole($value) is $text', ({ value, text }) => {
		expect(formatWhole(value)).toBe(text);
	});
});
