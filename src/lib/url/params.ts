/**
 * The one table of URL parameters: it drives parsing, validation, serialising, and the limits
 * the controls show. A setting is added here, nowhere else.
 */
import { ACTIVATIONS, ARCHITECTURES, BACKENDS, INITIALIZERS, LINKED_DATASETS, LOSSES, OPTIMIZERS } from '../engine/spec';
import { TEST_SHARE } from '../engine/tasks/own-data';
import { DEFAULT_SETTINGS, type Settings } from '../session/settings';

type Field = keyof Settings;

export interface NumberParam {
	kind: 'int' | 'float';
	key: string;
	field: Field;
	min: number;
	max: number;
	/** Sliders move in equal ratios for values that span orders of magnitude. */
	scale?: 'log';
	/** Slider (default) or a number box, for values where a slider is too coarse. */
	control?: 'slider' | 'number';
	/** Smallest change a control makes; log sliders keep two significant digits instead. */
	step?: number;
	/** The values a slider stops at, when only some make sense (links may still hold others). */
	stops?: readonly number[];
	/** Every run uses the main run's value: there is no `b.<key>` for it. */
	shared?: true;
}
interface ChoiceParam {
	kind: 'choice';
	key: string;
	field: Field;
	values: readonly string[];
}
interface FlagParam {
	kind: 'flag';
	key: string;
	field: Field;
}
export type Param = NumberParam | ChoiceParam | FlagParam;

export const PARAMS: readonly Param[] = [
	// A learner's own data lives in the browser: a link cannot name it (the page that has it sets it).
	{ kind: 'choice', key: 'data', field: 'data', values: LINKED_DATASETS },
	{ kind: 'choice', key: 'arch', field: 'architecture', values: ARCHITECTURES },
	{ kind: 'int', key: 'layers', field: 'hiddenLayers', min: 0, max: 20, step: 1 },
	{ kind: 'int', key: 'width', field: 'layerWidth', min: 1, max: 512, stops: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512] },
	{ kind: 'choice', key: 'act', field: 'activation', values: ACTIVATIONS },
	{ kind: 'choice', key: 'init', field: 'initializer', values: INITIALIZERS },
	{ kind: 'float', key: 'drop', field: 'dropout', min: 0, max: 0.9, step: 0.05 },
	{ kind: 'flag', key: 'bn', field: 'batchNorm' },
	{ kind: 'flag', key: 'res', field: 'residual' },
	{ kind: 'choice', key: 'loss', field: 'loss', values: LOSSES },
	{ kind: 'choice', key: 'opt', field: 'optimizer', values: OPTIMIZERS },
	{ kind: 'float', key: 'lr', field: 'learningRate', min: 1e-5, max: 10, scale: 'log' },
	// The βs matter near 1 (0.9 against 0.99 against 0.999), so their sliders stop there.
	{ kind: 'float', key: 'beta', field: 'momentum', min: 0, max: 0.999, stops: [0, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999] },
	{ kind: 'float', key: 'b1', field: 'beta1', min: 0, max: 0.999, stops: [0, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999] },
	{ kind: 'float', key: 'b2', field: 'beta2', min: 0.5, max: 0.9999, stops: [0.5, 0.9, 0.99, 0.995, 0.999, 0.9999] },
	// Up to every training digit at once; a batch larger than the training set is the whole set.
	{ kind: 'int', key: 'bs', field: 'batchSize', min: 1, max: 8000, stops: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4000, 8000] },
	{ kind: 'float', key: 'l1', field: 'l1', min: 0, max: 0.1, control: 'number', step: 0.0001 },
	{ kind: 'float', key: 'l2', field: 'l2', min: 0, max: 0.1, control: 'number', step: 0.0001 },
	{ kind: 'float', key: 'clip', field: 'clipNorm', min: 0, max: 100, stops: [0, 0.1, 0.5, 1, 2, 5, 10, 100] },
	{ kind: 'int', key: 'train', field: 'trainSize', min: 100, max: 8000, step: 100 },
	{ kind: 'int', key: 'seed', field: 'seed', min: 0, max: 999_999, control: 'number', step: 1 },
	// Data augmentation of the training digits; 0 turns each change off.
	{ kind: 'int', key: 'augshift', field: 'augmentShift', min: 0, max: 4, step: 1 },
	{ kind: 'int', key: 'augrot', field: 'augmentRotation', min: 0, max: 30, step: 1 },
	{ kind: 'float', key: 'augscale', field: 'augmentScale', min: 0, max: 0.3, step: 0.01 },
	{ kind: 'float', key: 'augnoise', field: 'augmentNoise', min: 0, max: 0.5, step: 0.05 },
	{ kind: 'choice', key: 'backend', field: 'backend', values: BACKENDS },
	// When training stops by itself; 0 = never. Run controls, the same for every run.
	{ kind: 'int', key: 'epochs', field: 'stopEpochs', min: 0, max: 1000, control: 'number', step: 1, shared: true },
	{ kind: 'float', key: 'until', field: 'stopAccuracy', min: 0, max: 100, control: 'number', step: 0.1, shared: true },
	{ kind: 'float', key: 'rscale', field: 'recurrentScale', min: 0.05, max: 3, stops: [0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.2, 1.5, 2, 3] },
	// Every run is tested on the same moved digits, so the comparison stays fair: no `b.shift`.
	{ kind: 'int', key: 'shift', field: 'testShift', min: 0, max: 3, step: 1, shared: true },
	// A learner's own data: the share held out for testing. Shared, so both runs test on the same examples.
	{ kind: 'float', key: 'test', field: 'testShare', ...TEST_SHARE, shared: true }
];

export function paramFor(field: Field): Param {
	const param = PARAMS.find((p) => p.field === field);
	if (!param) throw new Error(`No URL parameter for ${field}`);
	return param;
}

/** What parsing changed, so the page can say so. */
export interface Notice {
	key: string;
	/** The text found in the link (shortened, invisible characters shown as �). */
	given: string;
	/** The value used instead, as it would appear in a link. */
	used: string;
	/** `repeated`: the key came more than once; the last value was used. */
	reason: 'invalid' | 'outOfRange' | 'notWhole' | 'repeated';
}

export interface ParsedSettings {
	settings: Settings;
	notices: Notice[];
}

/** Plain ASCII decimals only: no hex, no digit separators, no units, no other scripts' digits. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
// A Map, not an object literal: `bn=constructor` must not find Object's own properties.
const FLAGS = new Map<string, boolean>([
	['1', true], ['true', true], ['yes', true], ['on', true],
	['0', false], ['false', false], ['no', false], ['off', false]
]);

type Value = number | boolean | string;
type Outcome = { value: Value; reason?: Notice['reason'] };

/** A flag's value from link text, or undefined when the text is not one. */
export function parseFlag(text: string): boolean | undefined {
	return FLAGS.get(text.trim().toLowerCase());
}

function parseValue(param: Param, text: string, fallback: Value): Outcome {
	const trimmed = text.trim();
	switch (param.kind) {
		case 'flag': {
			const flag = parseFlag(trimmed);
			return flag === undefined ? { value: fallback, reason: 'invalid' } : { value: flag };
		}
		case 'choice': {
			const match = param.values.find((v) => v.toLowerCase() === trimmed.toLowerCase());
			return match === undefined ? { value: fallback, reason: 'invalid' } : { value: match };
		}
		default: {
			if (!DECIMAL.test(trimmed)) return { value: fallback, reason: 'invalid' };
			// A numeral too big for a double (1e999) is still a number: out of range, like 1e9.
			let number = Number(trimmed);
			let reason: Notice['reason'] | undefined;
			if (param.kind === 'int' && Number.isFinite(number) && !Number.isInteger(number)) {
				number = Math.round(number);
				reason = 'notWhole';
			}
			if (!(number >= param.min && number <= param.max)) {
				number = Math.min(param.max, Math.max(param.min, number));
				reason = 'outOfRange';
			}
			// + 0 turns -0 (from "-0" or a rounded "-0.4") into 0.
			return { value: number + 0, reason };
		}
	}
}

export function formatValue(value: Value): string {
	if (typeof value === 'boolean') return value ? '1' : '0';
	if (typeof value === 'number') return String(Number(value.toPrecision(6)));
	return value;
}

/**
 * Every value given for each key, keys matched without regard to letter case or surrounding
 * spaces (`LR=0.1` is `lr=0.1`). A Map, so keys such as `__proto__` are only ever data.
 */
export function valuesByKey(search: URLSearchParams): Map<string, string[]> {
	const values = new Map<string, string[]>();
	for (const [rawKey, text] of search) {
		const key = rawKey.trim().toLowerCase();
		values.set(key, [...(values.get(key) ?? []), text]);
	}
	return values;
}

/**
 * Reads settings from a query string. Unknown keys are ignored; a bad value never throws:
 * it is clamped, rounded or replaced by the default, and a notice records it. A key given
 * twice takes its last value, with a notice. Nothing read here is ever evaluated or used as HTML.
 */
export function parseSettings(
	query: string | URLSearchParams,
	defaults: Readonly<Settings> = DEFAULT_SETTINGS,
	params: readonly Param[] = PARAMS
): ParsedSettings {
	const search = typeof query === 'string' ? new URLSearchParams(query) : query;
	const given = valuesByKey(search);
	const settings: Settings = { ...defaults };
	const notices: Notice[] = [];
	for (const param of params) {
		const texts = given.get(param.key);
		if (!texts) continue;
		const text = texts[texts.length - 1];
		const fallback = defaults[param.field];
		const { value, reason } = parseValue(param, text, fallback);
		(settings as Record<Field, Value>)[param.field] = value;
		const noticed = reason ?? (texts.length > 1 ? 'repeated' : undefined);
		if (noticed) notices.push({ key: param.key, given: shorten(text), used: formatValue(value), reason: noticed });
	}
	return { settings, notices };
}

/** Writes the settings that differ from the defaults, in table order. */
export function serializeSettings(
	settings: Readonly<Settings>,
	defaults: Readonly<Settings> = DEFAULT_SETTINGS
): URLSearchParams {
	const search = new URLSearchParams();
	for (const param of PARAMS) {
		const value = settings[param.field];
		if (formatValue(value) !== formatValue(defaults[param.field])) search.set(param.key, formatValue(value));
	}
	return search;
}

const SHOWN_CHARACTERS = 24;

/** Link text fit to show: at most 24 characters, control and direction-changing characters replaced. */
export function shorten(text: string): string {
	const characters = Array.from(text.replace(/[\p{Cc}\p{Cf}]/gu, '\uFFFD'));
	return characters.length > SHOWN_CHARACTERS ? `${characters.slice(0, SHOWN_CHARACTERS).join('')}…` : characters.join('');
}
