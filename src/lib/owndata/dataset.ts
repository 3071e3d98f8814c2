/**
 * A learner's own small dataset: drawn or uploaded pictures, or a brought table. It lives in
 * this browser until deleted and travels as one file; nothing leaves the device.
 */

/** Pictures are the lab's 28×28 grey digits' size. */
export const PICTURE_SIDE = 28;

export type OwnKind = 'pictures' | 'table';

export interface OwnExample {
	/** A picture's 784 grey values in [0, 1], row-major, ink = 1 (as the lab's pad gives them); or a table row's raw numbers. */
	values: number[];
	/** Index into `classes`. */
	label: number;
}

export interface OwnDataset {
	kind: OwnKind;
	/** Class names, in label order (2 to 10 for pictures; a table's distinct label values). */
	classes: string[];
	/** A table's feature column names, in order; empty for pictures. */
	features: string[];
	examples: OwnExample[];
}
