/**
 * The classes of a drawn picture set, and what of it can train: a class without examples is left
 * out (the page says so) and the others' labels close up. Pure: no DOM.
 */
import type { OwnDataset } from './dataset';
import { MAX_PICTURE_CLASSES, MIN_CLASSES } from './file-format';

/** Below this many examples a class gets a warning: a network learns little from fewer. */
export const FEW_EXAMPLES = 5;
export const MAX_CLASS_NAME = 40;

export { MAX_PICTURE_CLASSES, MIN_CLASSES };

/** An empty picture set with these class names. */
export function emptyPictures(classes: string[]): OwnDataset {
	return { kind: 'pictures', classes, features: [], examples: [] };
}

/** How many examples each class has. */
export function classCounts(dataset: OwnDataset): number[] {
	const counts = dataset.classes.map(() => 0);
	for (const { label } of dataset.examples) counts[label]++;
	return counts;
}

export interface Trainable {
	/** The dataset as it trains: classes with examples only, labels renumbered; null when fewer than two classes have any. */
	dataset: OwnDataset | null;
	/** Names of the classes left out for having no examples. */
	leftOut: string[];
}

export function trainable(dataset: OwnDataset): Trainable {
	const counts = classCounts(dataset);
	const kept = dataset.classes.map((_, i) => i).filter((i) => counts[i] > 0);
	const leftOut = dataset.classes.filter((_, i) => counts[i] === 0);
	if (kept.length < MIN_CLASSES) return { dataset: null, leftOut };
	if (leftOut.length === 0) return { dataset, leftOut };
	const renumber = new Map(kept.map((old, i) => [old, i]));
	return {
		dataset: {
			...dataset,
			classes: kept.map((i) => dataset.classes[i]),
			examples: dataset.examples.map(({ values, label }) => ({ values, label: renumber.get(label)! }))
		},
		leftOut
	};
}

/** The set without class `index` and its examples; later classes' labels move down one. */
export function withoutClass(dataset: OwnDataset, index: number): OwnDataset {
	return {
		...dataset,
		classes: dataset.classes.filter((_, i) => i !== index),
		examples: dataset.examples
			.filter(({ label }) => label !== index)
			.map(({ values, label }) => ({ values, label: label > index ? label - 1 : label }))
	};
}

/** A class name as typed, trimmed and cut to a sensible length; blank gives `fallback`. */
export function className(typed: string, fallback: string): string {
	const name = typed.trim().slice(0, MAX_CLASS_NAME);
	return name || fallback;
}
