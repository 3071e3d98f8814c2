/** The words of one concept page in one language. Formulas are LaTeX, typeset with KaTeX. */
export interface ConceptProse {
	/** The one question the experiment answers; leads the page. */
	question: string;
	/** One or two sentences: what it is. */
	definition: string;
	/** The formula, LaTeX (KaTeX subset), display mode. */
	formula: string;
	/** Each symbol in the formula, LaTeX, and what it means. */
	symbols: { symbol: string; meaning: string }[];
	/** Why it matters, two or three sentences. */
	whyItMatters: string;
	/** What pressing Train on the page's starting set-up shows, one or two sentences. */
	experiment: string;
	/**
	 * Each "Try this" step by id: the button's words; a one-sentence question asking the learner to
	 * predict what will happen, shown before the button is pressed; and what to look for afterwards.
	 */
	tryThis: Record<string, TryThisProse>;
	/** One sentence to remember. */
	remember: string;
	/** The common misconception it corrects, one sentence. */
	misconception: string;
}

/** The words of one "Try this" step. */
export interface TryThisProse {
	/** The button's words. */
	label: string;
	/** One question, ending in a question mark, asking what the learner expects before pressing. */
	predict: string;
	/** What to look for once it is pressed. */
	lookFor: string;
}
