/**
 * What training does while its tab is hidden: pause (the default, so a forgotten tab does not
 * keep a laptop's fan going) or keep going with fewer updates. A viewer's choice, remembered in
 * this browser; not part of an experiment's link.
 */
const STORAGE_KEY = 'step-one.keepTrainingHidden';

class HiddenTabPreference {
	keepTraining = $state(false);

	/** Reads the remembered choice. Call once in the browser. */
	restore(): void {
		try {
			this.keepTraining = localStorage.getItem(STORAGE_KEY) === '1';
		} catch {
			// Storage can be blocked; the default applies.
		}
	}

	set(keepTraining: boolean): void {
		this.keepTraining = keepTraining;
		try {
			localStorage.setItem(STORAGE_KEY, keepTraining ? '1' : '0');
		} catch {
			// Applies now, not remembered.
		}
	}
}

export const hiddenTab = new HiddenTabPreference();
