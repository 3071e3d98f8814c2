/** The data-augmentation page's words and numbers for its grid of copies: the caption that names the strengths, and one table row per picture. */
import { formatNumber } from '../../../charts/format';
import type { ChartTable } from '../../../charts/table';
import type { Augmentation } from '../../../engine/augment';
import type { AugmentedCopies } from '../../../engine/requests/augmented-copies';
import { t } from '../../../i18n/locale.svelte';

/** The strengths in words, the ones that are on: "shifts up to 2 px, turns up to 15°, …". */
export function strengthWords(a: Augmentation): string {
	const parts = [
		a.shift > 0 ? t('aug.part.shift', { n: formatNumber(a.shift) }) : null,
		a.rotation > 0 ? t('aug.part.rotation', { n: formatNumber(a.rotation) }) : null,
		a.scale > 0 ? t('aug.part.scale', { low: formatNumber(1 - a.scale), high: formatNumber(1 + a.scale) }) : null,
		a.noise > 0 ? t('aug.part.noise', { n: formatNumber(a.noise) }) : null
	].filter((part): part is string => part !== null);
	return parts.length ? parts.join(t('aug.separator')) : t('aug.part.none');
}

/** The grid's caption: which digit, the strengths the copies were drawn within, and whose they are. */
export function copiesCaption(answer: AugmentedCopies | null, strengths: Augmentation | null, runName: string | null, index: number): string {
	const shown = answer?.augmentation ?? strengths;
	const words = t('aug.caption', {
		n: (answer?.index ?? index) + 1,
		label: answer ? String(answer.label) : '…',
		strengths: shown ? strengthWords(shown) : '…'
	});
	return runName ? `${words} (${runName})` : words;
}

function ink(values: ArrayLike<number>, from: number, size: number): number {
	let sum = 0;
	for (let i = from; i < from + size; i++) sum += values[i];
	return sum;
}

/** One row per picture: the digit itself, then each copy with the amounts it was drawn with and its ink. */
export function tileRows(answer: AugmentedCopies): ChartTable {
	const size = answer.side * answer.side;
	return {
		columns: [
			{ label: t('aug.col.picture') },
			{ label: t('aug.col.right') },
			{ label: t('aug.col.down') },
			{ label: t('aug.col.turn') },
			{ label: t('aug.col.scale') },
			{ label: t('aug.col.ink') }
		],
		rows: [
			[t('aug.row.digit'), 0, 0, 0, 1, ink(answer.original, 0, size)],
			...answer.transforms.map((m, k) => [k + 1, m.shiftX, m.shiftY, m.rotation, m.scale, ink(answer.images, k * size, size)])
		]
	};
}
