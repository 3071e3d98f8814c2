/**
 * The beginner concepts, in learning order. The home page, the 404 page and (later) the concept
 * pages all read this one table; a page is added by giving a concept its `path`.
 */
import type { MessageKey } from '../i18n/en';

export type Part = 'basics' | 'training' | 'regularisation' | 'vision' | 'sequences';

export interface Concept {
	slug: string;
	part: Part;
	/** Site path of the concept's page, once it exists. */
	path?: string;
}

export const PARTS: { part: Part; title: MessageKey }[] = [
	{ part: 'basics', title: 'home.partBasics' },
	{ part: 'training', title: 'home.partTraining' },
	{ part: 'regularisation', title: 'home.partRegularisation' },
	{ part: 'vision', title: 'home.partVision' },
	{ part: 'sequences', title: 'home.partSequences' }
];

export const CONCEPTS: readonly Concept[] = [
	{ slug: 'neuron', part: 'basics' },
	{ slug: 'weights', part: 'basics' },
	{ slug: 'bias', part: 'basics' },
	{ slug: 'activation', part: 'basics', path: '/concepts/activation' },
	{ slug: 'network', part: 'basics' },
	{ slug: 'ann', part: 'basics' },
	{ slug: 'layers', part: 'basics' },
	{ slug: 'mlp', part: 'basics', path: '/mnist' },
	{ slug: 'forward', part: 'basics' },
	{ slug: 'cost', part: 'training' },
	{ slug: 'gradient-descent', part: 'training' },
	{ slug: 'learning-rate', part: 'training', path: '/concepts/learning-rate' },
	{ slug: 'backprop', part: 'training' },
	{ slug: 'bp-network', part: 'training' },
	{ slug: 'batches', part: 'training' },
	{ slug: 'epochs', part: 'training' },
	{ slug: 'optimizers', part: 'training' },
	{ slug: 'dropout', part: 'regularisation', path: '/concepts/dropout' },
	{ slug: 'batch-norm', part: 'regularisation', path: '/concepts/batch-norm' },
	{ slug: 'regularization', part: 'regularisation' },
	{ slug: 'vanishing-gradients', part: 'regularisation', path: '/concepts/vanishing-gradients' },
	{ slug: 'filters', part: 'vision' },
	{ slug: 'cnn', part: 'vision' },
	{ slug: 'pooling', part: 'vision' },
	{ slug: 'padding', part: 'vision' },
	{ slug: 'augmentation', part: 'vision' },
	{ slug: 'recurrent-neuron', part: 'sequences' },
	{ slug: 'rnn', part: 'sequences' }
];

export function conceptTitle(slug: string): MessageKey {
	return `concept.${slug}` as MessageKey;
}
