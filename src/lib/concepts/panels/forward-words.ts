/**
 * The forward-propagation page's words for each stage of the walk, with the traced numbers
 * written in: the weighted sum term by term, the activation, the softmax and the answer.
 */
import { formatNumber, formatPercent, formatPrecise } from '../../charts/format';
import type { SumRow } from '../../charts/WeightedSumChart.svelte';
import type { Trace } from '../../engine/requests/trace';
import { engineLayerLabel } from '../../i18n/layers';
import type { MessageKey } from '../../i18n/en';
import { t } from '../../i18n/locale.svelte';
import { argmax, largestDifference, softmax, type WalkStage } from './forward-walk';

/** Terms written out in the sentence; the chart lists more. */
const SPOKEN_TERMS = 3;
const SIDE = 28;

/** A number as written inside a sum: a negative one in brackets, with a true minus sign. */
function term(value: number, format = formatNumber): string {
	return value < 0 ? `(−${format(-value)})` : format(value);
}

/** A layer by its place: "hidden layer 2", "output layer". */
export function layerName(trace: Trace, layer: number): string {
	return engineLayerLabel({ layer: trace.layers[layer].layer, kind: trace.layers[layer].kind });
}

export function isOutput(trace: Trace, layer: number): boolean {
	return layer === trace.layers.length - 1;
}

/** A unit by its place, counted from 1 ("unit 3"), or by its digit in the output layer ("digit 7"). */
export function unitName(trace: Trace, layer: number, unit: number): string {
	return isOutput(trace, layer) ? t('fp.digitOption', { n: unit }) : t('fp.unitOption', { n: unit + 1 });
}

export function stageName(trace: Trace, stage: WalkStage): string {
	switch (stage.kind) {
		case 'input':
			return t('fp.stage.input');
		case 'sum':
			return isOutput(trace, stage.layer) ? t('fp.stage.logits') : t('fp.stage.sum', { layer: layerName(trace, stage.layer) });
		case 'activation':
			return t('fp.stage.activation', { activation: activationName(trace, stage.layer), layer: layerName(trace, stage.layer) });
		case 'softmax':
			return t('fp.stage.softmax');
		case 'prediction':
			return t('fp.stage.prediction');
	}
}

function activationName(trace: Trace, layer: number): string {
	return t(`option.activation.${trace.layers[layer].activation}` as MessageKey);
}

/** What one term's input is: a pixel by its row and column (from 1), or a unit of the layer below. */
function termName(layer: number, input: number): string {
	if (layer === 0) return t('fp.term.pixel', { row: Math.floor(input / SIDE) + 1, col: (input % SIDE) + 1 });
	return t('fp.term.unit', { n: input + 1 });
}

/** The chosen unit's weighted sum as chart rows: its listed terms, the rest, the bias, and z. */
export function sumRows(trace: Trace, layer: number, unit: number): SumRow[] {
	const sum = trace.layers[layer].units[unit];
	return [
		...sum.terms.map((term) => ({ label: termName(layer, term.input), x: term.x, w: term.w, value: term.product })),
		...(sum.restCount > 0 ? [{ label: t('fp.term.rest', { count: sum.restCount }), x: null, w: null, value: sum.rest }] : []),
		{ label: t('fp.term.bias'), x: null, w: null, value: sum.bias },
		{ label: t('fp.term.total'), x: null, w: null, value: trace.layers[layer].z[unit], total: true }
	];
}

/** The sentence for a stage, with the chosen units' real numbers. */
export function explain(trace: Trace, stage: WalkStage, chosen: number[]): string {
	switch (stage.kind) {
		case 'input':
			return t('fp.explain.input', { ink: trace.input.filter((v) => v > 0).length });
		case 'sum': {
			const unit = chosen[stage.layer];
			const sum = trace.layers[stage.layer].units[unit];
			const spoken = sum.terms.slice(0, SPOKEN_TERMS);
			const rest = sum.terms.slice(SPOKEN_TERMS).reduce((total, one) => total + one.product, sum.rest);
			const sentence = t('fp.explain.sum', {
				unit: unitName(trace, stage.layer, unit),
				terms: spoken.map((one) => `${term(one.x)}×${term(one.w)}`).join(' + '),
				rest: term(rest),
				count: sum.restCount + sum.terms.length - spoken.length,
				bias: term(sum.bias),
				z: formatPrecise(trace.layers[stage.layer].z[unit])
			});
			return isOutput(trace, stage.layer) ? `${t('fp.explain.logits')} ${sentence}` : sentence;
		}
		case 'activation': {
			const layer = trace.layers[stage.layer];
			const unit = chosen[stage.layer];
			return t('fp.explain.activation', {
				activation: activationName(trace, stage.layer),
				unit: unitName(trace, stage.layer, unit),
				z: formatPrecise(layer.z[unit]),
				a: formatPrecise(layer.a[unit]),
				zeros: layer.a.filter((v) => v === 0).length,
				units: layer.a.length
			});
		}
		case 'softmax': {
			const digit = chosen[trace.layers.length - 1];
			const exps = trace.logits.map(Math.exp);
			const sum = exps.reduce((a, b) => a + b, 0);
			return t('fp.explain.softmax', {
				digit,
				z: formatPrecise(trace.logits[digit]),
				exp: formatPrecise(exps[digit]),
				sum: formatPrecise(sum),
				p: formatPrecise(softmax(trace.logits).probabilities[digit])
			});
		}
		case 'prediction': {
			const page = softmax(trace.logits).probabilities;
			const digit = argmax(page);
			const answer = t('fp.explain.prediction', {
				digit,
				percent: formatPercent(page[digit], 2),
				modelPercent: formatPercent(trace.probabilities[digit], 2),
				difference: largestDifference(page, trace.probabilities).toExponential(1)
			});
			if (trace.label === null) return answer;
			return `${answer} ${t(digit === trace.label ? 'fp.right' : 'fp.wrong', { label: trace.label })}`;
		}
	}
}
