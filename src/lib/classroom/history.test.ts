import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../session/settings';
import {
	HISTORY_VERSION,
	MAX_RUNS,
	changedSettings,
	historyKey,
	keepRun,
	loadHistory,
	nextNumber,
	parseHistory,
	saveHistory,
	serializeHistory,
	settingsOf,
	settingsText,
	thinCurve,
	toggleOverlay,
	type PastRun
} from './history';

function pastRun(id: string, number = 1, more: Partial<PastRun> = {}): PastRun {
	return {
		id,
		number,
		at: 1_700_000_000_000 + number,
		settings: settingsText(DEFAULT_SETTINGS),
		steps: 5,
		epoch: 1,
		trainLoss: 2.1,
		testLoss: 2.2,
		testAccuracy: 0.31,
		backend: 'wasm',
		changes: 0,
		loss: [
			[1, 2.3],
			[5, 2.1]
		],
		accuracy: [[5, 0.31]],
		...more
	};
}

/** A Storage that holds at most `limit` characters, like a browser's full localStorage. */
class SmallStorage {
	items = new Map<string, string>();
	constructor(private readonly limit = Infinity) {}
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (value.length > this.limit) throw new DOMException('full', 'QuotaExceededError');
		this.items.set(key, value);
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
}

describe('keepRun', () => {
	it('puts a new run first and updates a kept training session in place', () => {
		let runs = keepRun([], pastRun('a', 1));
		runs = keepRun(runs, pastRun('b', 2));
		expect(runs.map((r) => r.id)).toEqual(['b', 'a']);
		runs = keepRun(runs, pastRun('a', 1, { steps: 50 }));
		expect(runs.map((r) => r.id)).toEqual(['b', 'a']);
		expect(runs[1].steps).toBe(50);
	});

	it(`keeps at most ${MAX_RUNS} runs, dropping the oldest`, () => {
		let runs: PastRun[] = [];
		for (let i = 1; i <= MAX_RUNS + 3; i++) runs = keepRun(runs, pastRun(`r${i}`, i));
		expect(runs).toHaveLength(MAX_RUNS);
		expect(runs[0].id).toBe(`r${MAX_RUNS + 3}`);
		expect(runs.at(-1)!.id).toBe('r4');
		expect(nextNumber(runs)).toBe(MAX_RUNS + 4);
	});
});

describe('toggleOverlay', () => {
	it('allows three at once and refuses a fourth, and unticks', () => {
		let overlaid: string[] = [];
		for (const id of ['a', 'b', 'c']) {
			const next = toggleOverlay(overlaid, id);
			expect(next.refused).toBe(false);
			overlaid = next.overlaid;
		}
		const fourth = toggleOverlay(overlaid, 'd');
		expect(fourth).toEqual({ overlaid: ['a', 'b', 'c'], refused: true });
		expect(toggleOverlay(overlaid, 'b')).toEqual({ overlaid: ['a', 'c'], refused: false });
	});
});

describe('thinCurve', () => {
	it('keeps short curves and drops points that are not finite', () => {
		expect(thinCurve([{ x: 1, y: 2 }, { x: 2, y: NaN }, { x: 3, y: 1 }])).toEqual([
			[1, 2],
			[3, 1]
		]);
	});

	it('averages long curves down to the cap, ending at the last step', () => {
		const points = Array.from({ length: 1000 }, (_, i) => ({ x: i + 1, y: i % 2 }));
		const curve = thinCurve(points, 200);
		expect(curve).toHaveLength(200);
		expect(curve.at(-1)![0]).toBe(1000);
		// Each bucket holds five alternating 0s and 1s: the mean is 0.4 or 0.6, never the noise's 0 or 1.
		for (const [, y] of curve) expect(y === 0.4 || y === 0.6).toBe(true);
	});
});

describe('settings', () => {
	it('reads back every setting it wrote, and what changed from the defaults', () => {
		const settings = { ...DEFAULT_SETTINGS, learningRate: 0.05, hiddenLayers: 2, backend: 'wasm' as const };
		const back = settingsOf({ settings: settingsText(settings) }, DEFAULT_SETTINGS);
		expect(back).toEqual(settings);
		expect(changedSettings(back, DEFAULT_SETTINGS)).toEqual([
			['hiddenLayers', '2'],
			['learningRate', '0.05']
		]);
	});

	it('turns a value this version does not take into the page default', () => {
		const back = settingsOf({ settings: 'lr=banana&layers=99' }, DEFAULT_SETTINGS);
		expect(back.learningRate).toBe(DEFAULT_SETTINGS.learningRate);
		expect(back.hiddenLayers).toBe(20);
	});
});

describe('parseHistory', () => {
	it('reads what serializeHistory wrote, in order', () => {
		const runs = [pastRun('b', 2), pastRun('a', 1)];
		expect(parseHistory(serializeHistory(runs))).toEqual(runs);
	});

	it.each([
		['nothing', null],
		['not JSON', '{oops'],
		['a number', '42'],
		['another version', JSON.stringify({ version: HISTORY_VERSION + 1, runs: [pastRun('a')] })],
		['runs not a list', JSON.stringify({ version: HISTORY_VERSION, runs: {} })]
	])('ignores %s without throwing', (_, text) => {
		expect(parseHistory(text)).toEqual([]);
	});

	it('skips bad entries and repeated ids but keeps the good ones', () => {
		const good = pastRun('a', 1);
		const text = JSON.stringify({
			version: HISTORY_VERSION,
			runs: [null, { ...good, id: 'x', steps: 'many' }, { ...good, id: 'y', loss: [[1, null]] }, good, { ...good, steps: 9 }]
		});
		expect(parseHistory(text)).toEqual([good]);
	});
});

describe('storage', () => {
	it('saves and loads a page’s runs under its own key', () => {
		const storage = new SmallStorage();
		const runs = [pastRun('a')];
		expect(saveHistory(storage, 'mnist', runs)).toBe(1);
		expect(storage.items.has(historyKey('mnist'))).toBe(true);
		expect(loadHistory(storage, 'mnist')).toEqual(runs);
		expect(loadHistory(storage, 'dropout')).toEqual([]);
	});

	it('drops the oldest runs when storage is full, and keeps what was stored when nothing fits', () => {
		const runs = [pastRun('c', 3), pastRun('b', 2), pastRun('a', 1)];
		const fitsTwo = serializeHistory(runs.slice(0, 2)).length;
		const storage = new SmallStorage(fitsTwo);
		expect(saveHistory(storage, 'mnist', runs)).toBe(2);
		expect(loadHistory(storage, 'mnist').map((r) => r.id)).toEqual(['c', 'b']);
		const tiny = new SmallStorage(10);
		tiny.items.set(historyKey('mnist'), 'kept');
		expect(saveHistory(tiny, 'mnist', runs)).toBe(0);
		expect(tiny.items.get(historyKey('mnist'))).toBe('kept');
	});

	it('survives storage that throws on reading, and no storage at all', () => {
		const broken = {
			getItem: () => {
				throw new Error('blocked');
			}
		};
		expect(loadHistory(broken, 'mnist')).toEqual([]);
		expect(loadHistory(null, 'mnist')).toEqual([]);
		expect(saveHistory(null, 'mnist', [pastRun('a')])).toBe(0);
	});

	it('ignores corrupt stored text', () => {
		const storage = new SmallStorage();
		storage.items.set(historyKey('mnist'), '{"version":1,"runs":[{"id":');
		expect(loadHistory(storage, 'mnist')).toEqual([]);
	});
});
