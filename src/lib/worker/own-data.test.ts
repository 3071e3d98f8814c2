/**
 * The training worker itself on a learner's data (CPU backend, in Node): it takes the dataset
 * once, builds and steps the runs on it without touching the digits' file, builds again on an
 * edited dataset, and reports a dataset it cannot use as a failure naming the problem.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { withDefaults, type ExperimentSpec } from '../engine/spec';
import { packOwnData } from '../engine/tasks/own-data';
import { blobTable, shapePictures } from '../testing/own-data';
import type { Command, Event } from './protocol';

const events: Event[] = [];
let send: (command: Command) => void;

beforeAll(async () => {
	const scope: { postMessage: (event: Event) => void; onmessage?: (message: { data: Command }) => void } = {
		postMessage: (event) => events.push(event)
	};
	vi.stubGlobal('self', scope);
	await import('./training.worker');
	send = (command) => scope.onmessage!({ data: command });
});

/** Waits for the next event of this type after the `from`-th event. */
async function next<T extends Event['type']>(type: T, from: number): Promise<Extract<Event, { type: T }>> {
	for (let i = 0; i < 2000; i++) {
		const found = events.slice(from).find((event) => event.type === type || event.type === 'failed');
		if (found) {
			if (found.type !== type) throw new Error(`Expected ${type}, got ${JSON.stringify(found)}`);
			return found as Extract<Event, { type: T }>;
		}
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
	throw new Error(`No ${type} came.`);
}

const spec = (change: Partial<ExperimentSpec> = {}) => withDefaults({ data: 'own', layerWidth: 16, ...change });

describe('the training worker on a learner’s data', () => {
	it('builds on the dataset handed over, steps, and never loads the digits', async () => {
		send({ type: 'ownData', data: packOwnData(shapePictures(6)) });
		send({ type: 'init', dataUrl: '/no-such-file.bin', backend: 'cpu', specs: [spec(), spec({ seed: 2 })] });
		expect((await next('ready', 0)).backend).toBe('cpu');
		expect((await next('built', 0)).runs).toBe(2);
		const from = events.length;
		send({ type: 'step' });
		const progress = await next('progress', from);
		expect(progress.runs.map((run) => run.losses.length)).toEqual([1, 1]);
		// A full report at a step while paused: every test picture measured.
		expect(progress.runs[0].metrics.test?.accuracy).toBeGreaterThanOrEqual(0);
		expect(events.some((event) => event.type === 'loading')).toBe(false);
	});

	it('builds again on an edited dataset, a table this time, with its own input size', async () => {
		send({ type: 'ownData', data: packOwnData(blobTable(3, 5, 90)) });
		const from = events.length;
		send({ type: 'configure', specs: [spec({ architecture: 'cnn' })] });
		expect((await next('built', from)).runs).toBe(1);
		send({ type: 'step' });
		const progress = await next('progress', from);
		expect(progress.runs[0].losses).toHaveLength(1);
		expect(progress.runs[0].diverged).toBe(false);
	});

	it('fails with the problem’s name on a dataset it cannot use', async () => {
		const lonely = blobTable(2, 2, 2);
		send({ type: 'ownData', data: packOwnData(lonely) });
		const from = events.length;
		send({ type: 'configure', specs: [spec()] });
		for (let i = 0; i < 400 && !events.slice(from).some((e) => e.type === 'failed'); i++) await new Promise((r) => setTimeout(r, 5));
		expect(events.slice(from).find((event) => event.type === 'failed')).toEqual({ type: 'failed', message: 'noTest' });
	});
});
