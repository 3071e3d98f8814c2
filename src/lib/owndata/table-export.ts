/**
 * A table dataset back as CSV rows (features, then the label column), for a spreadsheet. The
 * writer (classroom/csv.ts) escapes any text cell a spreadsheet would run as a formula. Pure.
 */
import type { CsvCell } from '../classroom/csv';
import type { OwnDataset } from './dataset';

/** The label column's header: "label", or "label 2"… when a feature already has that name. */
function labelHeader(features: string[]): string {
	let name = 'label';
	for (let n = 2; features.includes(name); n++) name = `label ${n}`;
	return name;
}

export function tableRows(dataset: OwnDataset): CsvCell[][] {
	return [
		[...dataset.features, labelHeader(dataset.features)],
		...dataset.examples.map(({ values, label }) => [...values, dataset.classes[label]])
	];
}
