import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Run } from '../experiment/run.svelte';
import { DEFAULT_SETTINGS } from '../session/settings';
import { historyKey, loadHistory, settingsOf } from './history';
import { RunHistory } from './run-history.svelte';

class MemoryStorage {
	items = new Map<string, string>();
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.items.set(key, value);
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
}

/** A run that has taken `steps` steps, with a loss at each. */
function trained(steps: number, run = new Run()): Run {
	run.absorb({
		step: steps,
		epoch: 1,
		losses: Array.from({ length: steps - run.step }, (_, i) => ({ step: run.step + i + 1, loss: 2 - i / 100, accuracy: 0.1 })),
		metrics: {},
		examplesPerSecond: 0,
		diverged: false
	});
	return run;
}

describe('RunHistory', () => {
	let storage: MemoryStorage;
	beforeEach(() => {
		storage = new MemoryStorage();
		vi.stubGlobal('localStorage', storage);
	});
	afterEach(() => vi.unstubAllGlobals());

	const settings = { ...DEFAULT_SETTINGS, learningRate: 0.05 };

	it('keeps nothing for a run that has not trained', () => {
		const history = new RunHistory();
		history.open('mnist', DEFAULT_SETTINGS);
		const run = new Run();
		history.observe(run, false, settings, 'wasm');
		history.finish();
		expect(history.runs).toEqual([]);
	});

	it('keeps one entry per training session, updated as it steps, and a new one for new models', () => {
		const history = new RunHistory();
		history.open('mnist', DEFAULT_SETTINGS);
		const first = new Run();
		history.observe(first, false, settings, 'wasm');
		history.observe(trained(3, first), false, settings, 'wasm');
		history.observe(trained(5, first), false, settings, 'wasm');
		expect(history.runs).toHaveLength(1);
		expect(history.runs[0]).toMatchObject({ number: 1, steps: 5, backend: 'wasm' });
		expect(history.runs[0].loss).toHaveLength(5);

		// Reset: new models; the first session is finished, the second kept once it trains.
		const second = new Run();
		history.observe(second, false, { ...settings, learningRate: 0.2 }, 'wasm');
		expect(history.runs).toHaveLength(1);
		history.observe(trained(2, second), false, { ...settings, learningRate: 0.2 }, 'wasm');
		expect(history.runs.map((r) => r.number)).toEqual([2, 1]);
		expect(settingsOf(history.runs[0], DEFAULT_SETTINGS).learningRate).toBe(0.2);
		expect(settingsOf(history.runs[1], DEFAULT_SETTINGS).learningRate).toBe(0.05);
		// Stored too: a reload finds both.
		expect(loadHistory(storage, 'mnist').map((r) => r.number)).toEqual([2, 1]);
	});

	it('keeps a run that is still training when the page is left, and not while it trains', () => {
		const history = new RunHistory();
		history.open('mnist', DEFAULT_SETTINGS);
		const run = trained(4);
		history.observe(run, true, settings, 'wasm');
		expect(history.runs).toEqual([]);
		history.finish();
		expect(history.runs[0].steps).toBe(4);
	});

	it('does not credit a paused run with a change it never trained with', () => {
		const history = new RunHistory();
		history.open('mnist', DEFAULT_SETTINGS);
		const run = trained(4);
		history.observe(run, false, settings, 'wasm');
		history.observe(run, false, { ...settings, learningRate: 1 }, 'wasm');
		expect(settingsOf(history.runs[0], DEFAULT_SETTINGS).learningRate).toBe(0.05);
		history.observe(trained(5, run), false, { ...settings, learningRate: 1 }, 'wasm');
		expect(settingsOf(history.runs[0], DEFAULT_SETTINGS).learningRate).toBe(1);
	});

	it('deletes one or all, from storage too, and overlays at most three', () => {
		const history = new RunHistory();
		history.open('mnist', DEFAULT_SETTINGS);
		for (let i = 0; i < 4; i++) {
			history.observe(trained(2), false, settings, 'wasm');
		}
		history.finish();
		expect(history.runs).toHaveLength(4);
		const ids = history.runs.map((r) => r.id);
		expect(ids.slice(0, 3).map((id) => history.toggle(id))).toEqual([true, true, true]);
		expect(history.toggle(ids[3])).toBe(false);
		expect(history.overlays.map((r) => r.id)).toEqual(ids.slice(0, 3));
		history.remove(ids[0]);
		expect(history.overlays.map((r) => r.id)).toEqual(ids.slice(1, 3));
		expect(loadHistory(storage, 'mnist')).toHaveLength(3);
		history.clear();
		expect(history.runs).toEqual([]);
		expect(history.overlays).toEqual([]);
		expect(storage.items.has(historyKey('mnist'))).toBe(false);
	});
});
