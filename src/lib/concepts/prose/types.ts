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
	 * Each "Try this" step by id: the question that asks the learner to predict what will happen
	 * (shown first), the button's words, and what to look for once it is pressed.
	 */
	tryThis: Record<string, { predict: string; label: string; lookFor: string }>;
	/** One sentence to remember. */
	remember: string;
	/** The common misconception it corrects, one sentence. */
	misconception: string;
}
