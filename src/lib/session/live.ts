/**
 * Which settings a running model can take at its next step ("live") and which need a new
 * network ("rebuild"), one row per setting. Run controls (when to stop) change nothing in the
 * models. The engine's LIVE_FIELDS must agree with the live rows; a unit test checks that.
 */
import type { Setting, Settings } from './settings';

export type ChangeKind = 'live' | 'rebuild' | 'control';

export const CHANGE_KINDS: Readonly<Record<Setting, ChangeKind>> = {
	data: 'rebuild',
	architecture: 'rebuild',
	hiddenLayers: 'rebuild',
	layerWidth: 'rebuild',
	activation: 'rebuild',
	initializer: 'rebuild',
	dropout: 'live',
	batchNorm: 'rebuild',
	residual: 'rebuild',
	loss: 'live',
	optimizer: 'live',
	learningRate: 'live',
	momentum: 'live',
	beta1: 'live',
	beta2: 'live',
	batchSize: 'live',
	l1: 'live',
	l2: 'live',
	clipNorm: 'live',
	trainSize: 'rebuild',
	seed: 'rebuild',
	backend: 'rebuild',
	augmentShift: 'live',
	augmentRotation: 'live',
	augmentScale: 'live',
	augmentNoise: 'live',
	stopEpochs: 'control',
	stopAccuracy: 'control',
	recurrentScale: 'rebuild',
	testShift: 'live',
	testShare: 'rebuild'
};

/** What a change needs, from least to most. */
export type ChangeNeed = 'nothing' | 'control' | 'live' | 'rebuild';
const ORDER: ChangeNeed[] = ['nothing', 'control', 'live', 'rebuild'];

/** The settings that differ between any run's settings in `from` and in `to`. */
export function changedSettings(from: readonly Settings[], to: readonly Settings[]): Setting[] {
	const changed = new Set<Setting>();
	to.forEach((next, i) => {
		const previous = from[i];
		if (!previous) return;
		for (const field of Object.keys(next) as Setting[]) if (next[field] !== previous[field]) changed.add(field);
	});
	return [...changed];
}

/** What going from one set of runs to another takes: the most any changed setting needs; other runs need new networks. */
export function changeNeed(from: readonly Settings[], to: readonly Settings[]): ChangeNeed {
	if (from.length !== to.length) return 'rebuild';
	return changedSettings(from, to).reduce<ChangeNeed>(
		(need, field) => (ORDER.indexOf(CHANGE_KINDS[field]) > ORDER.indexOf(need) ? CHANGE_KINDS[field] : need),
		'nothing'
	);
}
