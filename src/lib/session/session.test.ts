import { describe, expect, it, vi } from 'vitest';
import { conceptPage } from '../concepts/pages';
import { Session } from './session.svelte';
import { DEFAULT_SETTINGS } from './settings';

const learningRate = conceptPage('learning-rate')!;
const activation = conceptPage('activation')!;
const planOf = (page: typeof learningRate) => ({
	defaults: { ...DEFAULT_SETTINGS, ...page.defaults },
	compare: page.compare,
	race: page.race
});
/** A session that is never started: no worker, only its settings and runs. */
const open = (page: typeof learningRate, query = '') => {
	const session = new Session(planOf(page), '/data.bin');
	session.read(new URLSearchParams(query));
	return session;
};

describe('a concept page session', () => {
	it('starts from the page set-up, one run, nothing in the address', () => {
		const session = open(activation);
		expect(session.settings).toEqual({ ...DEFAULT_SETTINGS, ...activation.defaults });
		expect(session.experiment.variants).toEqual([]);
		expect(session.query().toString()).toBe('');
		expect(session.runNames).toEqual(['Run A']);
	});

	it('reads the comparison and run B from the address and writes them back', () => {
		const session = open(activation, 'cmp=1&b.act=tanh&layers=4');
		expect(session.compare).toBe(true);
		expect(session.experiment.variants).toEqual([{ activation: 'tanh' }]);
		expect(session.settingsB).toMatchObject({ activation: 'tanh', hiddenLayers: 4 });
		expect(session.runNames).toEqual(['Run A · Sigmoid', 'Run B · tanh']);
		expect(session.query().toString()).toBe('layers=4&cmp=1&b.act=tanh');
	});

	it('lists what a link had to change, until dismissed', () => {
		const session = open(activation, 'lr=banana&race=1');
		expect(session.notices.map((n) => n.key).sort()).toEqual(['lr', 'race']);
		session.dismissNotices();
		expect(session.notices).toEqual([]);
	});

	it('races the page’s setting: the main run and four others that follow its value', () => {
		const session = open(learningRate, 'sweep=1');
		expect(session.race).toBe(true);
		expect(session.experiment.specs().map((s) => s.learningRate)).toEqual([0.1, 0.001, 0.01, 1, 10]);
		expect(session.runNames[4]).toBe('Learning rate 10');
		session.set('learningRate', 0.01);
		expect(session.experiment.specs().map((s) => s.learningRate)).toEqual([0.01, 0.0001, 0.001, 0.1, 1]);
		expect(session.query().toString()).toBe('lr=0.01&race=1');
	});

	it('turns the race off when the comparison goes on, and back', () => {
		const session = open(learningRate, 'race=1');
		session.toggleCompare();
		expect([session.compare, session.race]).toEqual([true, false]);
		expect(session.experiment.variants).toEqual([learningRate.compare]);
		session.toggleRace();
		expect([session.compare, session.race]).toEqual([false, true]);
		expect(session.experiment.variants).toHaveLength(4);
	});

	it('sets up a "Try this" step from the page set-up, keeping the learner’s backend and seed, and tells the address', () => {
		const session = open(activation, 'backend=wasm&seed=7&width=8&hiddenLayers=5');
		const onchange = vi.fn();
		session.onchange = onchange;
		const deadRelu = activation.tryThis.find((step) => step.id === 'deadRelu')!;
		session.tryThis(deadRelu);
		expect(onchange).toHaveBeenCalledOnce();
		expect(session.settings).toEqual({ ...DEFAULT_SETTINGS, ...activation.defaults, ...deadRelu.change, backend: 'wasm', seed: 7 });
		expect(session.compare).toBe(true);
		expect(session.experiment.variants).toEqual([deadRelu.compare]);
	});

	it('changes run B on its own, leaving the main run as it is', () => {
		const session = open(activation, 'cmp=1');
		session.setB('learningRate', 0.5);
		expect(session.variant).toEqual({ activation: 'relu', learningRate: 0.5 });
		expect(session.settings.learningRate).toBe(0.1);
		expect(session.experiment.specs()[1]).toMatchObject({ activation: 'relu', learningRate: 0.5 });
	});
});

describe('the lab session', () => {
	it('has no comparison or race: their keys are not read', () => {
		const session = new Session({ defaults: DEFAULT_SETTINGS }, '/data.bin');
		session.read(new URLSearchParams('cmp=1&b.lr=1&race=1&lr=0.05'));
		expect(session.notices).toEqual([]);
		expect([session.compare, session.race]).toEqual([false, false]);
		expect(session.experiment.variants).toEqual([]);
		expect(session.query().toString()).toBe('lr=0.05');
	});
});
