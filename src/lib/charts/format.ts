/**
 * Number formats the charts share. Fixed to one locale so the prerendered page and the browser
 * agree; English and Chinese write these numbers the same way.
 */

const significant = new Intl.NumberFormat('en', { maximumSignificantDigits: 3 });
const precise = new Intl.NumberFormat('en', { maximumSignificantDigits: 4 });
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const percentFormats = new Map<number, Intl.NumberFormat>();

/** Three significant digits; scientific notation for very small or large magnitudes; "–" when not finite. */
export function formatNumber(value: number): string {
	if (!Number.isFinite(value)) return '–';
	const magnitude = Math.abs(value);
	if (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e6)) return value.toExponential(1);
	return significant.format(value);
}

/** Four significant digits, for tables that show a chart's numbers; scientific notation beyond 1e-3…1e6. */
export function formatPrecise(value: number): string {
	if (!Number.isFinite(value)) return '–';
	const magnitude = Math.abs(value);
	if (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e6)) return value.toExponential(3);
	return precise.format(value);
}

/** A 0..1 share as a percentage, e.g. 0.934 → "93%"; "–" when not finite. */
export function formatPercent(share: number, fractionDigits = 0): string {
	if (!Number.isFinite(share)) return '–';
	let format = percentFormats.get(fractionDigits);
	if (!format) {
		format = new Intl.NumberFormat('en', {
			style: 'percent',
			minimumFractionDigits: fractionDigits,
			maximumFractionDigits: fractionDigits
		});
		percentFormats.set(fractionDigits, format);
	}
	return format.format(share);
}

/** A whole number with thousands separators, e.g. 12000 → "12,000". */
export function formatWhole(value: number): string {
	return Number.isFinite(value) ? whole.format(value) : '–';
}
