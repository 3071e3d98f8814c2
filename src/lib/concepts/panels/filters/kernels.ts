/** The 3×3 kernels a learner starts from, and how a typed weight is read. */

export const KERNEL_SIDE = 3;

export const PRESETS = {
	/** Right minus left: bright where ink begins going left to right, dark where it ends. */
	verticalEdge: [-1, 0, 1, -1, 0, 1, -1, 0, 1],
	/** Below minus above. */
	horizontalEdge: [-1, -1, -1, 0, 0, 0, 1, 1, 1],
	/** A weighted average of the nine pixels (the weights add up to 1), centre heaviest. */
	blur: [0.0625, 0.125, 0.0625, 0.125, 0.25, 0.125, 0.0625, 0.125, 0.0625],
	/** The pixel, plus how much it stands out from its four neighbours. */
	sharpen: [0, -1, 0, -1, 5, -1, 0, -1, 0]
} as const satisfies Record<string, readonly number[]>;

export type PresetId = keyof typeof PRESETS;
export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

/** Typed weights are kept within ±this: enough for any filter worth trying, and the map stays readable. */
export const WEIGHT_LIMIT = 10;

export type WeightReading = { ok: true; value: number } | { ok: false; problem: 'notNumber' | 'outOfRange' };

/** A typed weight: a plain decimal number (a typographic minus or a decimal comma is fine) within ±WEIGHT_LIMIT. */
export function readWeight(text: string): WeightReading {
	const cleaned = text.trim().replace(/^[−–]/, '-').replace(',', '.');
	if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return { ok: false, problem: 'notNumber' };
	const value = Number(cleaned);
	if (!Number.isFinite(value)) return { ok: false, problem: 'notNumber' };
	if (Math.abs(value) > WEIGHT_LIMIT) return { ok: false, problem: 'outOfRange' };
	return { ok: true, value: value === 0 ? 0 : value };
}

/** The preset these weights are, if any. */
export function presetOf(weights: readonly number[]): PresetId | null {
	return PRESET_IDS.find((id) => PRESETS[id].every((w, i) => w === weights[i])) ?? null;
}
