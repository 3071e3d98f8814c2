/**
 * What the learner picked on the backpropagation page, shared by its panels: the training
 * example the graph and the checks use, and the parameter whose chain rule is written out.
 * One per experiment, so the page's panels agree without passing it through the page.
 */
import type { Experiment } from '../../experiment/experiment.svelte';
import type { ParameterRef } from './tiny';

export class BackpropSelection {
	/** Index into the training examples (0-based; the page counts from 1). */
	point = $state(0);
	digit = $state(0);
	parameter: ParameterRef = $state({ layer: 0, part: 'kernel', index: 0 });
}

const selections = new WeakMap<Experiment, BackpropSelection>();

export function selectionFor(experiment: Experiment): BackpropSelection {
	let selection = selections.get(experiment);
	if (!selection) selections.set(experiment, (selection = new BackpropSelection()));
	return selection;
}
