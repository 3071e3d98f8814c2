/**
 * Where a learner's datasets live between visits: this browser's IndexedDB, one drawn or
 * uploaded picture set and one table, each kept as its dataset file's text (compact, and read
 * back through the same checks as an opened file), plus which of the two was in use.
 */
import { del, get, set } from 'idb-keyval';
import type { OwnDataset, OwnKind } from './dataset';
import { datasetFile, readDatasetFile } from './file-format';

const KEY = (kind: OwnKind) => `step-one/your-data/${kind}`;
const KIND_KEY = 'step-one/your-data/kind';

export interface Kept {
	kind: OwnKind | null;
	pictures: OwnDataset | null;
	table: OwnDataset | null;
}

/** What this browser kept; anything missing, unreadable or damaged reads as nothing. */
export async function loadKept(): Promise<Kept> {
	const [kind, pictures, table] = await Promise.all([get(KIND_KEY), get(KEY('pictures')), get(KEY('table'))]);
	const read = (text: unknown, want: OwnKind) => {
		if (typeof text !== 'string') return null;
		const found = readDatasetFile(text);
		return found.ok && found.value.kind === want ? found.value : null;
	};
	return {
		kind: kind === 'pictures' || kind === 'table' ? kind : null,
		pictures: read(pictures, 'pictures'),
		table: read(table, 'table')
	};
}

/** Keeps a dataset (or forgets it, for null); rejects when the browser will not store it (full, private mode). */
export async function keep(kind: OwnKind, dataset: OwnDataset | null): Promise<void> {
	if (dataset) await set(KEY(kind), datasetFile(dataset));
	else await del(KEY(kind));
}

export async function keepKind(kind: OwnKind): Promise<void> {
	await set(KIND_KEY, kind);
}
