/**
 * The experiment's side of a learner's own data, with a stand-in worker that records what it is
 * sent: the dataset goes over once per hand-over, before the models are (re)built on it, and
 * nothing starts (so no digits load) until there is a dataset.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blobTable, shapePictures } from '../testing/own-data';
import { DEFAULT_SETTINGS, type Settings } from '../session/settings';
import type { Command, Event } from '../worker/protocol';
import { coachRule } from './coach';
import { Experiment } from './experiment.svelte';

class FakeWorker {
	static made: FakeWorker[] = [];
	sent: Command[] = [];
	onmessage: ((message: { data: Event }) => void) | null = null;
	onerror = null;
	onmessageerror = null;
	constructor() {
		FakeWorker.made.push(this);
	}
	postMessage(command: Command) {
		this.sent.push(command);
	}
	terminate() {}
	/** The worker says something to the page. */
	say(event: Event) {
		this.onmessage?.({ data: event });
	}
}

beforeEach(() => {
	FakeWorker.made = [];
	vi.stubGlobal('Worker', FakeWorker);
	vi.stubGlobal('document', { hidden: false, addEventListener() {}, removeEventListener() {} });
	vi.stubGlobal('location', new URL('http://127.0.0.1/your-data'));
});
afterEach(() => vi.unstubAllGlobals());

const own: Settings = { ...DEFAULT_SETTINGS, data: 'own' };
const types = (worker: FakeWorker) => worker.sent.map((command) => command.type).filter((type) => type !== 'stopWhen');

/** An experiment on the learner's data, started, handed a dataset, its models built. */
function ready(settings: Settings = own, variants: Partial<Settings>[] = []) {
	const experiment = new Experiment(settings, '/data.bin', variants);
	experiment.start();
	experiment.setOwnData(shapePictures(4));
	const worker = FakeWorker.made[0];
	worker.say({ type: 'ready', backend: 'cpu' });
	worker.say({ type: 'built', runs: 1 + variants.length, step: 0, epoch: 0 });
	worker.sent = [];
	return { experiment, worker };
}

describe('experiment.setOwnData', () => {
	it('starts no worker (so loads no digits) until the dataset is handed over, then sends it before the models are built', () => {
		const experiment = new Experiment(own, '/data.bin');
		experiment.start();
		expect(FakeWorker.made).toHaveLength(0);
		expect(experiment.phase).toBe('loading');
		experiment.setOwnData(shapePictures(4));
		expect(FakeWorker.made).toHaveLength(1);
		const worker = FakeWorker.made[0];
		expect(types(worker)).toEqual(['ownData', 'init']);
		const [data, init] = worker.sent.filter((c) => c.type !== 'stopWhen');
		expect(data.type === 'ownData' && [data.data.count, data.data.width, data.data.kind]).toEqual([12, 784, 'pictures']);
		expect(init.type === 'init' && init.specs.map((spec) => spec.data)).toEqual(['own']);
		expect(experiment.ownData).toEqual({ kind: 'pictures', classes: 3, examples: 12, perClass: [4, 4, 4] });
	});

	it('rebuilds every run on edited data, sending the dataset once', () => {
		const { experiment, worker } = ready(own, [{ dropout: 0.3 }]);
		experiment.setOwnData(shapePictures(6));
		expect(types(worker)).toEqual(['ownData', 'configure']);
		const configure = worker.sent.find((c) => c.type === 'configure');
		expect(configure?.type === 'configure' && configure.specs.map((spec) => spec.data)).toEqual(['own', 'own']);
		experiment.setOwnData(shapePictures(7));
		expect(types(worker)).toEqual(['ownData', 'configure', 'ownData', 'configure']);
	});

	it('keeps training going on the new data when it was training', () => {
		const { experiment, worker } = ready();
		experiment.toggleTraining();
		worker.sent = [];
		experiment.setOwnData(shapePictures(5));
		expect(types(worker)).toEqual(['ownData', 'configure', 'train']);
	});

	it('sends nothing for a dataset that cannot be trained on, says why, and pauses', () => {
		const { experiment, worker } = ready();
		experiment.toggleTraining();
		worker.sent = [];
		const oneClass = shapePictures(4, 1);
		experiment.setOwnData(oneClass);
		expect(experiment.ownDataProblem).toBe('fewClasses');
		expect(experiment.ownDataMessage).toBe('owndata.engine.problem.fewClasses');
		expect(types(worker)).toEqual(['pause']);
		expect(experiment.ownData?.examples).toBe(12);
		experiment.setOwnData(shapePictures(4));
		expect(experiment.ownDataProblem).toBeNull();
	});

	it('hands the dataset to a page on other data without rebuilding its models', () => {
		const { experiment, worker } = ready({ ...DEFAULT_SETTINGS, data: 'xor' });
		experiment.setOwnData(blobTable());
		expect(types(worker)).toEqual(['ownData']);
	});

	it('says when a table gets the MLP instead of a picture network, and counts its classes', () => {
		const { experiment } = ready({ ...own, architecture: 'cnn' });
		expect(experiment.ownDataNotice).toBeNull();
		experiment.setOwnData(blobTable(4));
		expect(experiment.ownDataNotice).toBe('owndata.engine.notice.mlpForTable');
		expect(experiment.classes).toBe(4);
		experiment.update({ architecture: 'mlp' });
		expect(experiment.ownDataNotice).toBeNull();
	});
});

describe('the coach on a learner’s data', () => {
	const stuckAt = (accuracy: number, classes?: number) =>
		coachRule('stuck').holds(
			{
				losses: [],
				tests: [400, 500].map((step) => ({ step, epoch: 1, loss: 1, accuracy, trainLoss: 1, trainAccuracy: accuracy })),
				gradients: [],
				activations: [],
				diverged: false,
				exploded: false
			},
			{ data: 'own', optimizer: 'adam', learningRate: 0.003, classes }
		);

	it('takes chance as one over the dataset’s own classes', () => {
		// 45% is chance-like for two classes, but well above the 25% of four.
		expect(stuckAt(0.45, 2)).toBe(true);
		expect(stuckAt(0.45, 4)).toBe(false);
		expect(stuckAt(0.26, 4)).toBe(true);
	});
});
