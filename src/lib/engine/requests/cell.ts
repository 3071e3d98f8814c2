/** What the cellExamples request takes and answers: plain data, TF.js-free, so the page can import it. */

/** At most this many examples come back: enough to see the pattern, few enough to draw and to post. */
export const CELL_EXAMPLES_LIMIT = 32;

export interface CellExamplesArgs {
	/** The right answer: the matrix's row. */
	label: number;
	/** The model's answer: the matrix's column. */
	predicted: number;
	/** How many examples to send back at most (1 to CELL_EXAMPLES_LIMIT); the first ones, in test order. */
	limit: number;
}

export interface CellExample {
	/** Which test example, from 0. */
	index: number;
	/** Its right answer and the model's answer, as read back for it (the cell's own, by construction). */
	label: number;
	answer: number;
	/** The model's probability of each class. */
	probabilities: number[];
	/** The example as a picture, 0..255, row-major (null for tasks without pictures). */
	pixels: Uint8Array | null;
}

export interface CellExamples {
	label: number;
	predicted: number;
	/** How many test examples the cell holds now (more than `examples` when the limit cut it). */
	count: number;
	examples: CellExample[];
	/** The training step the model had reached. */
	step: number;
}
