/**
 * The learner's progress along the path, kept in this browser only: the concept pages visited
 * and the lesson challenges met. Nothing leaves the device.
 */
const STORAGE_KEY = 'step-one.progress';

interface Stored {
	visited: string[];
	met: string[];
}

function read(): Stored {
	try {
		const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<Stored> | null;
		const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
		return { visited: strings(parsed?.visited), met: strings(parsed?.met) };
	} catch {
		return { visited: [], met: [] };
	}
}

class Progress {
	/** Slugs of the concept pages opened in this browser. */
	visited: string[] = $state([]);
	/** Slugs of the pages whose lesson challenge was met in this browser. */
	met: string[] = $state([]);

	/** Reads what this browser kept; call once in the browser. */
	restore() {
		const stored = read();
		this.visited = stored.visited;
		this.met = stored.met;
	}

	markVisited(slug: string) {
		if (this.visited.includes(slug)) return;
		this.visited = [...this.visited, slug];
		this.save();
	}

	markChallengeMet(slug: string) {
		if (this.met.includes(slug)) return;
		this.met = [...this.met, slug];
		this.save();
	}

	private save() {
		try {
			localStorage.setItem(STORAGE_KEY, JSON.stringify({ visited: this.visited, met: this.met }));
		} catch {
			// Storage full or refused (private mode): progress is then kept for this visit only.
		}
	}
}

export const progress = new Progress();
