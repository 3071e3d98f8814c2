import { describe, expect, it, vi } from 'vitest';
import { conceptPage } from '../concepts/pages';
import { LIVE_FIELDS } from '../engine/spec';
import type { Event } from '../worker/protocol';
import { CHANGE_KINDS, changeNeed } from './live';
import { Session } from './session.svelte';
import { DEFAULT_SETTINGS, type Settings } from './settings';

const activation = conceptPage('activation')!;

/** A session whose experiment acts as if its worker had built the models (none is started in Node). */
function ready(query = '', plan: ConstructorParameters<typeof Session>[0] = { defaults: DEFAULT_SETTINGS }) {
	const session = new Session(plan, '/data.bin');
	session.read(new URLSearchParams(query));
	const experiment = session.experiment;
	experiment.applied = experiment.runSettings();
	experiment.phase = 'ready';
	return session;
}

/** Presses Train, and the worker reports `steps` steps. */
function trainFor(session: Session, steps: number) {
	session.experiment.toggleTraining();
	for (const run of session.experiment.runs) run.step = steps;
}

const receive = (session: Session, event: Event) => (session.experiment as unknown as { receive(e: Event): void }).receive(event);

describe('the table of live settings', () => {
	it('agrees with the engine: its live rows are exactly the fields a running model can take', () => {
		const live = Object.entries(CHANGE_KINDS).filter(([, kind]) => kind === 'live').map(([field]) => field);
		expect(live.sort()).toEqual([...LIVE_FIELDS].sort());
	});

	it.each([
		[{ learningRate: 0.1 }, 'live'],
		[{ optimizer: 'sgd', batchSize: 8, dropout: 0.5, l1: 0.01, l2: 0.01, clipNorm: 1 }, 'live'],
		[{ stopEpochs: 3 }, 'control'],
		[{ stopAccuracy: 95, learningRate: 0.1 }, 'live'],
		[{ layerWidth: 64 }, 'rebuild'],
		[{ learningRate: 0.1, activation: 'tanh' }, 'rebuild'],
		[{ seed: 2 }, 'rebuild'],
		[{ trainSize: 1000 }, 'rebuild'],
		[{ backend: 'wasm' }, 'rebuild'],
		[{}, 'nothing']
	] as [Partial<Settings>, string][])('%o needs: %s', (change, need) => {
		expect(changeNeed([DEFAULT_SETTINGS], [{ ...DEFAULT_SETTINGS, ...change }])).toBe(need);
	});

	it('needs new networks when runs come or go (a comparison turned on)', () => {
		expect(changeNeed([DEFAULT_SETTINGS], [DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, activation: 'tanh' }])).toBe('rebuild');
	});
});

describe('a change while training', () => {
	it('goes to the running models as an adjustment, keeps their step and is marked where the worker made it', () => {
		const session = ready('backend=wasm');
		const onchange = vi.fn();
		session.onchange = onchange;
		trainFor(session, 40);
		const post = vi.fn();
		(session.experiment as unknown as { worker: { postMessage: typeof post } }).worker = { postMessage: post };
		session.set('learningRate', 0.01);
		expect(post).toHaveBeenCalledWith({ type: 'adjust', specs: [expect.objectContaining({ learningRate: 0.01, layerWidth: 128 })] });
		expect(post).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'configure' }));
		expect(session.question).toBeNull();
		expect(session.experiment.main.step).toBe(40);
		expect(session.query().toString()).toBe('lr=0.01&backend=wasm');
		expect(onchange).toHaveBeenCalledOnce();
		receive(session, { type: 'adjusted', steps: [43] });
		expect(session.experiment.main.marks).toEqual([{ step: 43, setting: 'learningRate', value: 0.01 }]);
	});

	it('asks before a change that needs a new network, and keeping the network puts the setting back', () => {
		const session = ready();
		trainFor(session, 40);
		session.set('layerWidth', 64);
		expect(session.question).not.toBeNull();
		// Shown (and in the address) but not made: the models are still the 128-unit ones.
		expect(session.settings.layerWidth).toBe(64);
		expect(session.experiment.applied[0].layerWidth).toBe(128);
		expect(session.experiment.main.step).toBe(40);
		session.keepNetwork();
		expect(session.question).toBeNull();
		expect(session.settings.layerWidth).toBe(128);
		expect(session.experiment.main.step).toBe(40);
		expect(session.query().toString()).toBe('');
	});

	it('restarts with the change only when asked to', () => {
		const session = ready();
		trainFor(session, 40);
		session.set('layerWidth', 64);
		session.set('learningRate', 0.01);
		expect(session.question).not.toBeNull();
		session.restartWithChange();
		expect(session.question).toBeNull();
		expect(session.experiment.applied[0]).toMatchObject({ layerWidth: 64, learningRate: 0.01 });
		expect(session.experiment.main.step).toBe(0);
	});

	it('asks nothing before the first step', () => {
		const session = ready();
		session.set('layerWidth', 64);
		expect(session.question).toBeNull();
		expect(session.experiment.applied[0].layerWidth).toBe(64);
	});

	it('asks before turning the comparison on, and keeping the network turns it back off', () => {
		const session = ready('', { defaults: { ...DEFAULT_SETTINGS, ...activation.defaults }, compare: activation.compare });
		trainFor(session, 10);
		session.toggleCompare();
		expect(session.question).not.toBeNull();
		expect(session.compare).toBe(true);
		session.keepNetwork();
		expect(session.compare).toBe(false);
		expect(session.experiment.variants).toEqual([]);
	});

	it('sends when to stop without touching the models', () => {
		const session = ready();
		trainFor(session, 40);
		const post = vi.fn();
		(session.experiment as unknown as { worker: { postMessage: typeof post } }).worker = { postMessage: post };
		session.set('stopEpochs', 2);
		expect(post.mock.calls.map(([command]) => command)).toEqual([{ type: 'stopWhen', epochs: 2, accuracy: 0 }]);
		expect(session.query().toString()).toBe('epochs=2');
	});
});

describe('Reset and the page’s set-up', () => {
	it('Reset goes back to the settings training started with, undoing live changes, and the address follows', () => {
		const session = ready('lr=0.01&bs=32');
		trainFor(session, 40);
		session.set('learningRate', 1);
		session.set('dropout', 0.5);
		expect(session.query().toString()).toBe('drop=0.5&lr=1&bs=32');
		session.reset();
		expect(session.settings).toEqual({ ...DEFAULT_SETTINGS, learningRate: 0.01, batchSize: 32 });
		expect(session.experiment.applied[0]).toEqual(session.settings);
		expect(session.experiment.main.step).toBe(0);
		expect(session.query().toString()).toBe('lr=0.01&bs=32');
	});

	it('Reset with a pending question drops it and keeps the settings training started with', () => {
		const session = ready();
		trainFor(session, 40);
		session.set('hiddenLayers', 3);
		session.reset();
		expect(session.question).toBeNull();
		expect(session.settings.hiddenLayers).toBe(1);
	});

	it('"Reset with a 10× smaller learning rate" resets with a tenth of the rate in use', () => {
		const session = ready('opt=sgd&lr=10&init=largeNormal&layers=3');
		trainFor(session, 5);
		session.resetWithSmallerRate();
		expect(session.settings).toMatchObject({ optimizer: 'sgd', learningRate: 1, initializer: 'largeNormal', hiddenLayers: 3 });
		expect(session.query().toString()).toBe('layers=3&init=largeNormal&opt=sgd&lr=1');
		// Pressed again, once it diverges again:
		trainFor(session, 5);
		session.resetWithSmallerRate();
		expect(session.settings.learningRate).toBe(0.1);
	});

	it('back to the page’s set-up restores its defaults, turns the comparison off and run B back, and keeps the backend', () => {
		const session = ready('backend=wasm&layers=4&cmp=1&b.act=tanh', {
			defaults: { ...DEFAULT_SETTINGS, ...activation.defaults },
			compare: activation.compare
		});
		trainFor(session, 10);
		session.backToSetup();
		expect(session.settings).toEqual({ ...DEFAULT_SETTINGS, ...activation.defaults, backend: 'wasm' });
		expect([session.compare, session.race]).toEqual([false, false]);
		expect(session.variant).toEqual(activation.compare);
		expect(session.experiment.main.step).toBe(0);
		expect(session.query().toString()).toBe('backend=wasm');
		expect(session.isLab).toBe(false);
	});

	it('the lab goes back to its defaults', () => {
		const session = ready('lr=0.5&width=16');
		session.backToSetup();
		expect(session.settings).toEqual(DEFAULT_SETTINGS);
		expect(session.isLab).toBe(true);
	});
});
