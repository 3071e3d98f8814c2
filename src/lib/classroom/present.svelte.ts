/**
 * Presentation mode, for a projector: large type, high contrast, prose folded away, the controls and
 * main charts on one screen. Kept for this visit (the tab's session storage), so moving between
 * pages during a lesson keeps it; the experiment on screen marks <html> while it is on.
 */
const STORAGE_KEY = 'step-one.present';

class Presentation {
	on = $state(false);

	/** Reads this visit's choice; call once in the browser. */
	restore() {
		try {
			this.on = sessionStorage.getItem(STORAGE_KEY) === '1';
		} catch {
			// Storage refused: the mode then lasts for this page only.
		}
	}

	set(on: boolean) {
		this.on = on;
		try {
			if (on) sessionStorage.setItem(STORAGE_KEY, '1');
			else sessionStorage.removeItem(STORAGE_KEY);
		} catch {
			// As above.
		}
	}

	toggle() {
		this.set(!this.on);
	}
}

export const presentation = new Presentation();

/** The attribute on <html> that the presentation styles (present.css) key on. */
export const PRESENT_ATTRIBUTE = 'data-present';
