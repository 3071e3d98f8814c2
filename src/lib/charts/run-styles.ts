/**
 * How runs are told apart in every chart and legend: a colour (Okabe–Ito, safe for the common kinds
 * of colour blindness), a line pattern and a point marker, so that no run relies on colour alone
 * (a grey projector, a printout, a learner who cannot tell orange from green).
 */

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangleDown' | 'plus';

export interface RunStyle {
	color: string;
	/** An SVG stroke-dasharray in pixels; none for a solid line. */
	dash?: string;
	marker: MarkerShape;
}

/** Dots: a dash of almost nothing, which the line's round caps draw as a dot. */
const DOTTED = '0.5 6';
/** The pattern a series without a run style gets when it asks to be dashed. */
export const PLAIN_DASH = '6 5';

/**
 * Run A solid, run B dashed, then dotted, dash-dot, long dashes, dash-dot-dot: main run, B and race
 * variants. Lines have round caps that add half a stroke width at each end, so the gaps are wide
 * enough to stay open at the thicker strokes of presentation mode.
 */
export const RUN_STYLES: readonly RunStyle[] = [
	{ color: '#0072b2', marker: 'circle' },
	{ color: '#e69f00', dash: '8 6', marker: 'square' },
	{ color: '#009e73', dash: DOTTED, marker: 'triangle' },
	{ color: '#cc79a7', dash: '12 6 0.5 6', marker: 'diamond' },
	{ color: '#d55e00', dash: '18 6', marker: 'triangleDown' },
	{ color: '#56b4e9', dash: '12 5 0.5 5 0.5 5', marker: 'plus' }
];

/** The runs' colours in run order. */
export const RUN_COLORS: readonly string[] = RUN_STYLES.map((style) => style.color);

/**
 * The run style of a series drawn in a run's colour, or undefined for any other colour. Charts look
 * styles up by colour so that every chart that colours a run from RUN_COLORS draws its pattern and
 * marker too, without each one passing them on.
 */
export function runStyle(color: string): RunStyle | undefined {
	const wanted = color.trim().toLowerCase();
	return RUN_STYLES.find((style) => style.color === wanted);
}

/** How one series is drawn: its run's pattern and marker, else solid (or the plain dash) with circles. */
export interface SeriesStyle {
	dash?: string;
	marker: MarkerShape;
	/** The run it is drawn for, or -1 for a series in some other colour. */
	run: number;
}

/**
 * `patterned` is false in a chart that dashes some series on purpose (training loss dashed, test
 * loss solid, say): there the dash keeps the chart's own meaning and runs differ by colour and marker.
 */
export function seriesStyle(color: string, dashed = false, patterned = true): SeriesStyle {
	const style = runStyle(color);
	const plain = dashed ? PLAIN_DASH : undefined;
	if (!style) return { dash: plain, marker: 'circle', run: -1 };
	return { dash: patterned ? style.dash : plain, marker: style.marker, run: RUN_STYLES.indexOf(style) };
}

/** An SVG path of the marker centred on (0, 0) with about the area of a circle of radius r. */
export function markerPath(shape: MarkerShape, r: number): string {
	const f = (n: number) => Number(n.toFixed(2));
	switch (shape) {
		case 'circle':
			return `M${f(-r)},0A${f(r)},${f(r)} 0 1,0 ${f(r)},0A${f(r)},${f(r)} 0 1,0 ${f(-r)},0Z`;
		case 'square': {
			const s = r * 0.89;
			return `M${f(-s)},${f(-s)}H${f(s)}V${f(s)}H${f(-s)}Z`;
		}
		case 'diamond': {
			const s = r * 1.25;
			return `M0,${f(-s)}L${f(s)},0L0,${f(s)}L${f(-s)},0Z`;
		}
		case 'triangle':
		case 'triangleDown': {
			const s = r * 1.35;
			const h = (s * Math.sqrt(3)) / 2;
			const sign = shape === 'triangle' ? 1 : -1;
			return `M0,${f(-sign * s)}L${f(h)},${f((sign * s) / 2)}L${f(-h)},${f((sign * s) / 2)}Z`;
		}
		case 'plus': {
			const a = r * 1.2;
			const b = r * 0.4;
			return `M${f(-b)},${f(-a)}H${f(b)}V${f(-b)}H${f(a)}V${f(b)}H${f(b)}V${f(a)}H${f(-b)}V${f(b)}H${f(-a)}V${f(-b)}H${f(-b)}Z`;
		}
	}
}

/**
 * Where along a line of n points to mark its run's shape: a few evenly spaced points, shifted a
 * little per run so that overlapping runs do not hide each other's markers.
 */
export function markerIndexes(n: number, run: number, count = 5): number[] {
	if (n < 2) return [];
	const shift = ((run % RUN_STYLES.length) + 1) / (RUN_STYLES.length + 1);
	const indexes = new Set<number>();
	for (let k = 0; k < count; k++) indexes.add(Math.min(n - 1, Math.round(((k + shift) / count) * (n - 1))));
	return [...indexes];
}
