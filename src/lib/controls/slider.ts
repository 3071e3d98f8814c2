/** Mapping between a slider's position and a setting's value, linear or logarithmic. */
import type { NumberParam } from '../url/params';

/** Positions of a log slider: 100 per factor of ten. */
const LOG_STEPS_PER_DECADE = 100;

export interface SliderScale {
	min: number;
	max: number;
	step: number;
	toPosition(value: number): number;
	toValue(position: number): number;
}

export function sliderScale(param: NumberParam): SliderScale {
	const stops = param.stops;
	if (stops) {
		return {
			min: 0,
			max: stops.length - 1,
			step: 1,
			// The nearest stop by ratio, so 100 sits at 128 rather than 64.
			toPosition: (value) => {
				const exact = stops.indexOf(value);
				if (exact >= 0) return exact;
				const distance = (stop: number) => Math.abs(Math.log(stop / Math.max(value, 1e-12)));
				return stops.reduce((best, stop, i) => (distance(stop) < distance(stops[best]) ? i : best), 0);
			},
			toValue: (position) => stops[Math.min(stops.length - 1, Math.max(0, Math.round(position)))]
		};
	}
	if (param.scale === 'log') {
		const lo = Math.log10(param.min);
		const hi = Math.log10(param.max);
		return {
			min: 0,
			max: Math.round((hi - lo) * LOG_STEPS_PER_DECADE),
			step: 1,
			toPosition: (value) => Math.round((Math.log10(value) - lo) * LOG_STEPS_PER_DECADE),
			toValue: (position) => {
				const raw = 10 ** (lo + position / LOG_STEPS_PER_DECADE);
				const value = param.kind === 'int' ? Math.round(raw) : Number(raw.toPrecision(2));
				return Math.min(param.max, Math.max(param.min, value));
			}
		};
	}
	const step = param.step ?? (param.kind === 'int' ? 1 : (param.max - param.min) / 100);
	const decimals = Math.max(0, -Math.floor(Math.log10(step)));
	return {
		min: param.min,
		max: param.max,
		step,
		toPosition: (value) => value,
		toValue: (position) => Number(Math.min(param.max, Math.max(param.min, position)).toFixed(decimals))
	};
}
