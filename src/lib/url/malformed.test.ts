/**
 * Malformed links, one row each: what the page ends up with and what it tells the learner.
 * Run through the concept-page reader (which includes the lab's) so b.<key>, cmp and race (or its older key, sweep) count too.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../session/settings';
import { PARAMS, type Notice } from './params';
import { parsePageSettings } from './page-settings';

const defaults: Settings = { ...DEFAULT_SETTINGS };
const defaultVariant: Partial<Settings> = { dropout: 0.5 };

interface Row {
	query: string;
	/** Settings that must hold (the rest stay at their defaults unless the query set them validly). */
	settings?: Partial<Settings>;
	variant?: Partial<Settings>;
	compare?: boolean;
	race?: boolean;
	/** key → [reason, value used], one per notice expected, in any order. */
	notices: Record<string, [Notice['reason'], string]>;
}

const LONG = '9'.repeat(5000);

const ROWS: Row[] = [
	{ query: 'lr=', settings: { learningRate: 0.003 }, notices: { lr: ['invalid', '0.003'] } },
	{ query: 'lr=%20%20', settings: { learningRate: 0.003 }, notices: { lr: ['invalid', '0.003'] } },
	{ query: 'lr=%200.01%20', settings: { learningRate: 0.01 }, notices: {} },
	{ query: 'lr=NaN&drop=nan', notices: { lr: ['invalid', '0.003'], drop: ['invalid', '0'] } },
	{ query: 'lr=Infinity&seed=-Infinity', notices: { lr: ['invalid', '0.003'], seed: ['invalid', '1'] } },
	{ query: 'lr=1e999', settings: { learningRate: 10 }, notices: { lr: ['outOfRange', '10'] } },
	{ query: 'lr=-1e999', settings: { learningRate: 1e-5 }, notices: { lr: ['outOfRange', '0.00001'] } },
	{ query: 'lr=1e-999', settings: { learningRate: 1e-5 }, notices: { lr: ['outOfRange', '0.00001'] } },
	{ query: 'width=0x40&seed=0b11', notices: { width: ['invalid', '128'], seed: ['invalid', '1'] } },
	{ query: 'train=1,000&lr=0,1', notices: { train: ['invalid', '8000'], lr: ['invalid', '0.003'] } },
	{ query: 'lr=0.1%25&drop=50%25', notices: { lr: ['invalid', '0.003'], drop: ['invalid', '0'] } },
	{ query: 'bs=64px&train=1_000', notices: { bs: ['invalid', '64'], train: ['invalid', '8000'] } },
	{ query: 'layers=-3&drop=-0.2', settings: { hiddenLayers: 0, dropout: 0 }, notices: { layers: ['outOfRange', '0'], drop: ['outOfRange', '0'] } },
	{ query: 'layers=-0.4', settings: { hiddenLayers: 0 }, notices: { layers: ['notWhole', '0'] } },
	{ query: 'drop=-0&l2=-0', settings: { dropout: 0, l2: 0 }, notices: {} },
	{ query: 'width=99999999999999999999&seed=1e20', settings: { layerWidth: 512, seed: 999_999 }, notices: { width: ['outOfRange', '512'], seed: ['outOfRange', '999999'] } },
	{ query: `seed=${LONG}`, settings: { seed: 999_999 }, notices: { seed: ['outOfRange', '999999'] } },
	{ query: 'layers=2.5&bs=31.9&seed=7.0', settings: { hiddenLayers: 3, batchSize: 32, seed: 7 }, notices: { layers: ['notWhole', '3'], bs: ['notWhole', '32'] } },
	{ query: 'layers=20.6', settings: { hiddenLayers: 20 }, notices: { layers: ['outOfRange', '20'] } },
	{ query: 'lr=.5&layers=+2&seed=1E3', settings: { learningRate: 0.5, hiddenLayers: 2, seed: 1000 }, notices: {} },
	{ query: 'lr=0.1&lr=0.2', settings: { learningRate: 0.2 }, notices: { lr: ['repeated', '0.2'] } },
	{ query: 'lr=0.1&lr=banana', settings: { learningRate: 0.003 }, notices: { lr: ['invalid', '0.003'] } },
	{ query: 'LR=0.05&Act=TANH&BN=ON', settings: { learningRate: 0.05, activation: 'tanh', batchNorm: true }, notices: {} },
	{ query: 'lr=0.05&LR=0.5', settings: { learningRate: 0.5 }, notices: { lr: ['repeated', '0.5'] } },
	{ query: 'act=LeakyRelu&opt=ADAM&init=henormal', settings: { activation: 'leakyRelu', optimizer: 'adam', initializer: 'heNormal' }, notices: {} },
	{ query: 'layers=%D9%A3&width=%EF%BC%96%EF%BC%94', notices: { layers: ['invalid', '1'], width: ['invalid', '128'] } },
	{ query: 'act=%72%65%6C%75&lr=%30.%30%31', settings: { activation: 'relu', learningRate: 0.01 }, notices: {} },
	{ query: 'seed=%E0%A4%A&act=%FF', notices: { seed: ['invalid', '1'], act: ['invalid', 'relu'] } },
	{ query: '__proto__=1&constructor=2&toString=3&hasOwnProperty=4', notices: {} },
	{ query: 'bn=constructor&res=__proto__', settings: { batchNorm: false, residual: false }, notices: { bn: ['invalid', '0'], res: ['invalid', '0'] } },
	{ query: 'bn=toString&act=constructor&backend=__proto__', notices: { bn: ['invalid', '0'], act: ['invalid', 'relu'], backend: ['invalid', 'auto'] } },
	{ query: 'bn=&res', settings: { batchNorm: false, residual: false }, notices: { bn: ['invalid', '0'], res: ['invalid', '0'] } },
	{ query: 'bn=2&res=y', notices: { bn: ['invalid', '0'], res: ['invalid', '0'] } },
	{ query: 'utm_source=mail&foo=bar&lang=zh&=1&&', notices: {} },
	{ query: 'act=softmax&opt=lbfgs&arch=lstm&backend=cuda', notices: { act: ['invalid', 'relu'], opt: ['invalid', 'adam'], arch: ['invalid', 'mlp'], backend: ['invalid', 'auto'] } },
	{ query: 'act=<script>alert(1)</script>&lr=javascript:alert(1)', notices: { act: ['invalid', 'relu'], lr: ['invalid', '0.003'] } },
	{ query: 'cmp=1&b.drop=abc&b.lr=1e9', compare: true, variant: { dropout: 0, learningRate: 10 }, notices: { 'b.drop': ['invalid', '0'], 'b.lr': ['outOfRange', '10'] } },
	{ query: 'cmp=1&b.drop=0.2&b.drop=0.3', compare: true, variant: { dropout: 0.3 }, notices: { 'b.drop': ['repeated', '0.3'] } },
	{ query: 'cmp=1&B.ACT=Tanh', compare: true, variant: { activation: 'tanh' }, notices: {} },
	{ query: 'cmp=1&b.backend=cpu&b.__proto__=1&b.=2&b.b.lr=3', compare: true, variant: { dropout: 0.5 }, notices: {} },
	{ query: 'cmp=maybe&sweep=', compare: false, race: false, notices: { cmp: ['invalid', '0'], sweep: ['invalid', '0'] } },
	{ query: 'cmp=yes&sweep=off', compare: true, race: false, notices: {} },
	{ query: 'cmp=0&cmp=1', compare: true, notices: { cmp: ['repeated', '1'] } },
	{ query: 'lr=%E2%80%AE0.1', settings: { learningRate: 0.003 }, notices: { lr: ['invalid', '0.003'] } }
];

describe('malformed links', () => {
	it('has at least 30 rows', () => {
		expect(ROWS.length).toBeGreaterThanOrEqual(30);
	});

	it.each(ROWS)('?$query', ({ query, settings, variant, compare, race, notices }) => {
		const { value, notices: got } = parsePageSettings(new URLSearchParams(query), defaults, defaultVariant);
		expect(value.settings).toMatchObject(settings ?? {});
		if (variant) expect(value.variant).toEqual(variant);
		if (compare !== undefined) expect(value.compare).toBe(compare);
		if (race !== undefined) expect(value.race).toBe(race);
		expect(Object.fromEntries(got.map((n) => [n.key, [n.reason, n.used]]))).toEqual(notices);
		// One notice per key (the page lists them keyed), and every setting is of its type and in range.
		expect(new Set(got.map((n) => n.key)).size).toBe(got.length);
		for (const param of PARAMS) {
			const v = value.settings[param.field];
			if (param.kind === 'flag') expect(typeof v).toBe('boolean');
			else if (param.kind === 'choice') expect(param.values).toContain(v);
			else {
				expect(Number.isFinite(v) && !Object.is(v, -0)).toBe(true);
				expect(v as number).toBeGreaterThanOrEqual(param.min);
				expect(v as number).toBeLessThanOrEqual(param.max);
				if (param.kind === 'int') expect(Number.isInteger(v)).toBe(true);
			}
		}
		for (const notice of got) expect(notice.given.length).toBeLessThanOrEqual(25);
	});

	it('a notice shows at most 24 characters of what the link said, invisible ones replaced', () => {
		const { notices } = parsePageSettings(new URLSearchParams(`act=${'x'.repeat(100)}&opt=a%E2%80%AEb%00c`), defaults, defaultVariant);
		expect(notices.find((n) => n.key === 'act')?.given).toBe(`${'x'.repeat(24)}…`);
		expect(notices.find((n) => n.key === 'opt')?.given).toBe('a\uFFFDb\uFFFDc');
	});

	it('sweep=1 is reported where the page has no race', () => {
		const { value, notices } = parsePageSettings(new URLSearchParams('sweep=1'), defaults, defaultVariant, { compare: true, race: false });
		expect(value.race).toBe(false);
		expect(notices).toEqual([{ key: 'sweep', given: '1', used: '0', reason: 'invalid' }]);
	});
});
