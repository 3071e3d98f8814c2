/** Shared wording for layers in the concept panels. */
import { t } from '../../i18n/locale.svelte';

/** "hidden layer 3", or "output layer" for the last of `count` when `withOutput`. */
export function layerLabel(index: number, count: number, withOutput = false): string {
	return withOutput && index === count - 1 ? t('chart.layer.output') : t('chart.layer.dense', { n: index + 1 });
}
