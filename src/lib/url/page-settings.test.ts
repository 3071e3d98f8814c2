import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../session/settings';
import { parsePageSettings, serializePageSettings, type PageSettings } from './page-settings';

const defaults: Settings = { ...DEFAULT_SETTINGS, hiddenLayers: 3, activation: 'sigmoid' };
const defaultVariant: Partial<Settings> = { activation: 'relu' };
const parse = (query: string) => parsePageSettings(new URLSearchParams(query), defaults, defaultVariant);

describe('concept page addresses', () => {
	it('starts from the page defaults, comparison off, run B the page default', () => {
		const { value, notices } = parse('');
		expect(value).toEqual({ settings: defaults, compare: false, variant: { activation: 'relu' }, race: false });
		expect(notices).toEqual([]);
	});

	it('reads run B from b.<key>, replacing the default variant', () => {
		const { value } = parse('cmp=1&act=linear&layers=4&b.layers=0');
		expect(value.compare).toBe(true);
		expect(value.settings).toMatchObject({ activation: 'linear', hiddenLayers: 4 });
		expect(value.variant).toEqual({ hiddenLayers: 0 });
	});

	it('reports bad run B values under their b. key', () => {
		const { value, notices } = parse('cmp=1&b.act=swish&b.drop=2');
		expect(notices.map((n) => n.key).sort()).toEqual(['b.act', 'b.drop']);
		expect(value.variant).toEqual({ activation: 'sigmoid', dropout: 0.9 });
	});

	it('keeps a fixed setting at its default and says so (the lab trains on the digits only)', () => {
		const offers = { compare: false, race: false, fixed: ['data'] as const };
		const { value, notices } = parsePageSettings(new URLSearchParams('data=xor&lr=0.1'), defaults, {}, offers);
		expect(value.settings.data).toBe('digits');
		expect(value.settings.learningRate).toBe(0.1);
		expect(notices).toEqual([{ key: 'data', given: 'xor', used: 'digits', reason: 'invalid' }]);
		expect(parsePageSettings(new URLSearchParams('data=digits'), defaults, {}, offers).notices).toEqual([]);
	});

	it.each<PageSettings>([
		{ settings: defaults, compare: true, variant: { activation: 'relu' }, race: false },
		{ settings: { ...defaults, activation: 'linear', hiddenLayers: 4 }, compare: true, variant: { hiddenLayers: 0 }, race: false },
		{ settings: { ...defaults, learningRate: 0.1 }, compare: true, variant: { learningRate: 0.1 }, race: false },
		{ settings: { ...defaults, seed: 9 }, compare: false, variant: { activation: 'relu' }, race: true },
		{ settings: defaults, compare: true, variant: { activation: 'tanh', initializer: 'heNormal' }, race: false }
	])('round-trips %j', (value) => {
		const query = serializePageSettings(value, defaults, defaultVariant);
		expect(parsePageSettings(query, defaults, defaultVariant)).toEqual({ value, notices: [] });
	});
});
