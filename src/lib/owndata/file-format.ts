/**
 * The dataset file a teacher hands to a class: one JSON object with a format marker and a
 * version, the kind, the classes, the features and every example. A picture is its 784 grey
 * levels as bytes in base64 (drawings are kept at those levels, so a file opened again gives the
 * very same numbers); a table row is its numbers. Opening checks everything and refuses, with a
 * reason, a file that is not one of ours or is damaged. Pure: no DOM.
 */
import { MAX_TABLE_CLASSES, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, type Result } from './csv';
import { PICTURE_SIDE, type OwnDataset, type OwnExample, type OwnKind } from './dataset';

export const FORMAT_MARKER = 'step-one-dataset';
export const FORMAT_VERSION = 1;
export const PICTURE_PIXELS = PICTURE_SIDE * PICTURE_SIDE;
export const MIN_CLASSES = 2;
export const MAX_PICTURE_CLASSES = 10;
export const MAX_PICTURES = 5_000;
/** Enough for the largest table or picture set in this format, with room to spare. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export type FileProblem =
	| { kind: 'tooLarge'; megabytes: number }
	/** Not JSON at all (a picture, a CSV, a document). */
	| { kind: 'notDataset' }
	/** JSON, but not a dataset file of this site. */
	| { kind: 'foreign' }
	| { kind: 'newer'; version: number }
	| { kind: 'corrupt' };

/** A grey level 0..1 held as one of the 256 levels a file keeps. */
export function pictureLevels(pixels: ArrayLike<number>): number[] {
	return Array.from(pixels, (v) => toByte(v) / 255);
}

const toByte = (v: number) => Math.round(Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0)) * 255);

function bytesToBase64(bytes: Uint8Array): string {
	let text = '';
	for (const byte of bytes) text += String.fromCharCode(byte);
	return btoa(text);
}

function base64ToBytes(text: string): Uint8Array | null {
	try {
		const raw = atob(text);
		return Uint8Array.from(raw, (c) => c.charCodeAt(0));
	} catch {
		return null;
	}
}

/** The file's text for a dataset. */
export function datasetFile(dataset: OwnDataset): string {
	const pictures = dataset.kind === 'pictures';
	return JSON.stringify({
		format: FORMAT_MARKER,
		version: FORMAT_VERSION,
		kind: dataset.kind,
		classes: dataset.classes,
		features: pictures ? [] : dataset.features,
		side: pictures ? PICTURE_SIDE : undefined,
		examples: dataset.examples.map(({ values, label }) =>
			pictures ? { label, pixels: bytesToBase64(Uint8Array.from(values, toByte)) } : { label, values }
		)
	});
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** A dataset from a file's text, or why it cannot be opened. `byteLength` is the file's size, checked first. */
export function readDatasetFile(text: string, byteLength = text.length): Result<OwnDataset, FileProblem> {
	const fail = (problem: FileProblem) => ({ ok: false as const, problem });
	if (byteLength > MAX_FILE_BYTES) return fail({ kind: 'tooLarge', megabytes: Math.round(byteLength / 1024 / 102.4) / 10 });
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\ufeff/, ''));
	} catch {
		return fail({ kind: 'notDataset' });
	}
	if (!isRecord(data) || data.format !== FORMAT_MARKER) return fail({ kind: 'foreign' });
	const { version } = data;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail({ kind: 'corrupt' });
	if (version > FORMAT_VERSION) return fail({ kind: 'newer', version });
	const dataset = checkDataset(data);
	return dataset ? { ok: true, value: dataset } : fail({ kind: 'corrupt' });
}

/** The dataset a parsed file describes, or null when any part of it is missing, out of range or of the wrong type. */
function checkDataset(data: Record<string, unknown>): OwnDataset | null {
	const kind = data.kind as OwnKind;
	const { classes, features, examples } = data;
	if (kind !== 'pictures' && kind !== 'table') return null;
	if (!isStringList(classes) || !isStringList(features) || !Array.isArray(examples)) return null;
	const pictures = kind === 'pictures';
	const mostClasses = pictures ? MAX_PICTURE_CLASSES : MAX_TABLE_CLASSES;
	if (classes.length < MIN_CLASSES || classes.length > mostClasses) return null;
	if (pictures ? features.length !== 0 : features.length < 1 || features.length >= MAX_TABLE_COLUMNS) return null;
	if (examples.length > (pictures ? MAX_PICTURES : MAX_TABLE_ROWS)) return null;
	if (pictures && data.side !== PICTURE_SIDE) return null;
	const read: OwnExample[] = [];
	for (const example of examples) {
		if (!isRecord(example)) return null;
		const { label } = example;
		if (typeof label !== 'number' || !Number.isInteger(label) || label < 0 || label >= classes.length) return null;
		const values = pictures ? pixelsOf(example.pixels) : numbersOf(example.values, features.length);
		if (!values) return null;
		read.push({ values, label });
	}
	return { kind, classes: [...classes], features: [...features], examples: read };
}

function pixelsOf(value: unknown): number[] | null {
	if (typeof value !== 'string') return null;
	const bytes = base64ToBytes(value);
	return bytes && bytes.length === PICTURE_PIXELS ? Array.from(bytes, (b) => b / 255) : null;
}

function numbersOf(value: unknown, count: number): number[] | null {
	if (!Array.isArray(value) || value.length !== count) return null;
	return value.every((v) => typeof v === 'number' && Number.isFinite(v)) ? [...value] : null;
}

/** A file name for a dataset: "step-one-dataset-pictures.json". */
export function datasetFileName(kind: OwnKind): string {
	return `${FORMAT_MARKER}-${kind}.json`;
}
