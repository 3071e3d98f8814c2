/**
 * The learner's datasets on the page: a picture set (drawn or uploaded) and a table, one of them
 * in use. Every change is kept in this browser at once (store.ts); a change that cannot be kept
 * says so in `unsaved` and stays for this visit.
 */
import { classCounts, emptyPictures, trainable, withoutClass, MAX_PICTURE_CLASSES, MIN_CLASSES } from './classes';
import type { OwnDataset, OwnKind } from './dataset';
import { MAX_PICTURES, pictureLevels } from './file-format';
import { keep, keepKind, loadKept } from './store';

export class OwnData {
	kind: OwnKind = $state('pictures');
	pictures: OwnDataset = $state.raw(emptyPictures([]));
	table: OwnDataset | null = $state.raw(null);
	/** What this browser kept has been read (changes before that would be overwritten). */
	restored = $state(false);
	/** The browser refused to keep the latest change. */
	unsaved = $state(false);

	readonly current: OwnDataset | null = $derived(this.kind === 'pictures' ? this.pictures : this.table);
	readonly counts: number[] = $derived(classCounts(this.pictures));
	/** What trains: the table, or the picture set without its empty classes. */
	readonly trainable = $derived(
		this.kind === 'table' ? { dataset: this.table, leftOut: [] as string[] } : trainable(this.pictures)
	);

	/** `defaultNames` names the picture classes of a first visit (and after a delete), in the language of the moment. */
	constructor(private readonly defaultNames: () => string[]) {
		this.pictures = emptyPictures(defaultNames());
	}

	/** Reads what this browser kept; call once mounted. */
	async restore(): Promise<void> {
		// What the learner changes while the browser reads its copy (a picture added at once) wins over that copy.
		const { pictures, table, kind } = this;
		try {
			const kept = await loadKept();
			// Named now, once the page has settled on its language.
			if (this.pictures === pictures) this.pictures = kept.pictures ?? emptyPictures(this.defaultNames());
			if (kept.table && this.table === table) this.table = kept.table;
			if (kept.kind && this.kind === kind) this.kind = kept.kind;
		} catch {
			// Nothing kept can be read (storage blocked): start afresh, and say so once something changes.
		}
		this.restored = true;
	}

	useKind(kind: OwnKind): void {
		this.kind = kind;
		this.save(keepKind(kind));
	}

	renameClass(index: number, name: string): void {
		const classes = this.pictures.classes.map((old, i) => (i === index ? name : old));
		this.setPictures({ ...this.pictures, classes });
	}

	get canAddClass(): boolean {
		return this.pictures.classes.length < MAX_PICTURE_CLASSES;
	}

	get canRemoveClass(): boolean {
		return this.pictures.classes.length > MIN_CLASSES;
	}

	addClass(name: string): void {
		if (!this.canAddClass) return;
		this.setPictures({ ...this.pictures, classes: [...this.pictures.classes, name] });
	}

	removeClass(index: number): void {
		if (!this.canRemoveClass) return;
		this.setPictures(withoutClass(this.pictures, index));
	}

	get full(): boolean {
		return this.pictures.examples.length >= MAX_PICTURES;
	}

	/** Adds a picture of class `label` (784 values in 0..1), held at the levels a file keeps. */
	addPicture(label: number, pixels: ArrayLike<number>): boolean {
		if (this.full || label < 0 || label >= this.pictures.classes.length) return false;
		this.setPictures({ ...this.pictures, examples: [...this.pictures.examples, { values: pictureLevels(pixels), label }] });
		return true;
	}

	deletePicture(index: number): void {
		this.setPictures({ ...this.pictures, examples: this.pictures.examples.filter((_, i) => i !== index) });
	}

	/** A table read from a file, or an opened dataset file, takes the place of the one of its kind, and is used. */
	replace(dataset: OwnDataset): void {
		if (dataset.kind === 'pictures') this.setPictures(dataset);
		else {
			this.table = dataset;
			this.save(keep('table', dataset));
		}
		this.useKind(dataset.kind);
	}

	/** Deletes the dataset in use: the pictures go back to empty classes of the first visit's names, the table to none. */
	deleteCurrent(): void {
		if (this.kind === 'pictures') {
			this.pictures = emptyPictures(this.defaultNames());
			this.save(keep('pictures', null));
		} else {
			this.table = null;
			this.save(keep('table', null));
		}
	}

	private setPictures(dataset: OwnDataset): void {
		this.pictures = dataset;
		this.save(keep('pictures', dataset));
	}

	private save(kept: Promise<void>): void {
		kept.then(
			() => (this.unsaved = false),
			() => (this.unsaved = true)
		);
	}
}
