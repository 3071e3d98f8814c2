/** Numbers as the backpropagation page writes them in text: real minus signs, tiny ones as powers of ten. */

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** About `digits` significant digits; "–" for a number that is not finite. */
export function plain(value: number, digits = 4): string {
	if (!Number.isFinite(value)) return '–';
	return String(Number(value.toPrecision(digits))).replace('-', '−');
}

/** "2.1 × 10⁻¹⁰" below 0.001, plain above; exact zero stays "0". */
export function scientific(value: number): string {
	if (!Number.isFinite(value)) return '–';
	if (value === 0 || Math.abs(value) >= 1e-3) return plain(value, 2);
	const [mantissa, exponent] = value.toExponential(1).split('e');
	const power = [...String(Number(exponent))].map((c) => SUPERSCRIPT[c]).join('');
	return `${mantissa.replace('-', '−')} × 10${power}`;
}
