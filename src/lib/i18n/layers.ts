/** Layer names in the learner's language, shared by every page and panel. */
import { t } from './locale.svelte';

/** "hidden layer 3", or "output layer" for the last of `count` when `withOutput`. */
export function layerLabel(index: number, count: number, withOutput = false): string {
	return withOutput && index === count - 1 ? t('chart.layer.output') : t('chart.layer.dense', { n: index + 1 });
}

/** The engine's layer names: "dense 2" → "hidden layer 2", "conv 1" → "convolution layer 1", "output" → "output layer". */
export function engineLayerLabel(name: string): string {
	const [kind, n] = name.split(' ');
	if (kind === 'conv') return t('chart.layer.conv', { n });
	return kind === 'output' ? t('chart.layer.output') : t('chart.layer.dense', { n });
}
