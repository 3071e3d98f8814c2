import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../session/settings';
import { PARAMS, parseSettings, serializeSettings } from './params';

describe('parseSettings', () => {
	it('reads every kind of parameter', () => {
		const { settings, notices } = parseSettings('?lr=0.05&act=tanh&seed=7&bn=1&layers=3&backend=wasm&drop=0.25&arch=cnn');
		expect(notices).toEqual([]);
		expect(settings).toMatchObject({
			learningRate: 0.05,
			activation: 'tanh',
			seed: 7,
			batchNorm: true,
			hiddenLayers: 3,
			backend: 'wasm',
			dropout: 0.25,
			architecture: 'cnn'
		});
	});

	it('gives the defaults for an empty query and ignores unknown keys', () => {
		const { settings, notices } = parseSettings('?utm_source=x&foo=bar&lang=zh');
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(notices).toEqual([]);
	});

	it.each([
		['lr=abc', 'lr', 'invalid', DEFAULT_SETTINGS.learningRate],
		['lr=', 'lr', 'invalid', DEFAULT_SETTINGS.learningRate],
		['lr=Infinity', 'lr', 'invalid', DEFAULT_SETTINGS.learningRate],
		['lr=NaN', 'lr', 'invalid', DEFAULT_SETTINGS.learningRate],
		['lr=0x10', 'lr', 'invalid', DEFAULT_SETTINGS.learningRate],
		['lr=1e9', 'lr', 'outOfRange', 10],
		['lr=-1', 'lr', 'outOfRange', 1e-5],
		['layers=2.6', 'layers', 'notWhole', 3],
		['layers=999', 'layers', 'outOfRange', 20],
		['width=0', 'width', 'outOfRange', 1],
		['drop=0.95', 'drop', 'outOfRange', 0.9],
		['act=softmax', 'act', 'invalid', DEFAULT_SETTINGS.activation],
		['act=<script>alert(1)</script>', 'act', 'invalid', DEFAULT_SETTINGS.activation],
		['bn=maybe', 'bn', 'invalid', DEFAULT_SETTINGS.batchNorm],
		['backend=cuda', 'backend', 'invalid', DEFAULT_SETTINGS.backend],
		['arch=lstm', 'arch', 'invalid', DEFAULT_SETTINGS.architecture],
		['seed=%E0%A4%A', 'seed', 'invalid', DEFAULT_SETTINGS.seed]
	])('%s is %s', (query, key, reason, used) => {
		const { settings, notices } = parseSettings(query);
		const param = PARAMS.find((p) => p.key === key)!;
		expect(settings[param.field]).toBe(used);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatchObject({ key, reason });
	});

	it('accepts choices in any letter case and flags as words', () => {
		const { settings } = parseSettings('act=ReLU&bn=yes&opt=SGD');
		expect(settings).toMatchObject({ activation: 'relu', batchNorm: true, optimizer: 'sgd' });
	});
});

describe('serializeSettings', () => {
	it('writes only what differs from the defaults', () => {
		expect(serializeSettings(DEFAULT_SETTINGS).toString()).toBe('');
		const changed: Settings = { ...DEFAULT_SETTINGS, learningRate: 0.05, activation: 'sigmoid' };
		expect(serializeSettings(changed).toString()).toBe('act=sigmoid&lr=0.05');
	});

	it.each([
		{ learningRate: 0.00123, seed: 42 },
		{ hiddenLayers: 0, batchNorm: true, dropout: 0.5 },
		{ optimizer: 'sgd', backend: 'webgl', l2: 0.001, trainSize: 500 },
		{ initializer: 'smallNormal', layerWidth: 512, batchSize: 1 },
		{ architecture: 'cnn', hiddenLayers: 0, backend: 'cpu' }
	] as Partial<Settings>[])('round-trips %o', (change) => {
		const settings = { ...DEFAULT_SETTINGS, ...change };
		const parsed = parseSettings(serializeSettings(settings).toString());
		expect(parsed.notices).toEqual([]);
		expect(parsed.settings).toEqual(settings);
	});
});
