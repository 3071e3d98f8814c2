/** Layer names in the learner's language, shared by every page and panel. */
import type { LayerIdentity, LayerKind } from '../engine/types';
import type { MessageKey } from './en';
import { t } from './locale.svelte';

/** "hidden layer 3", or "output layer" for the last of `count` when `withOutput`. */
export function layerLabel(index: number, count: number, withOutput = false): string {
	return withOutput && index === count - 1 ? t('chart.layer.output') : t('chart.layer.dense', { n: index + 1 });
}

const KIND_LABELS: Record<LayerKind, MessageKey> = {
	conv: 'chart.layer.conv',
	dense: 'chart.layer.dense',
	recurrent: 'chart.layer.recurrent',
	output: 'chart.layer.output'
};

/**
 * A layer as the engine reported it, in words: {kind 'conv', layer 'conv 1'} → "convolution layer 1",
 * 'dense' → "hidden layer n", 'output' → "output layer". A bare name ("dense 2") is read by its first word.
 */
export function engineLayerLabel(layer: LayerIdentity | string): string {
	const { layer: name, kind } = typeof layer === 'string' ? { layer, kind: kindFromName(layer) } : layer;
	return t(KIND_LABELS[kind], { n: name.split(' ')[1] ?? '' });
}

function kindFromName(name: string): LayerKind {
	const first = name.split(' ')[0];
	return first in KIND_LABELS ? (first as LayerKind) : 'dense';
}
