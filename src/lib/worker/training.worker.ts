/**
 * The training worker: loads the digits, picks a backend, and runs one Trainer on its own
 * thread so the page stays smooth. It posts compact progress events, at most ~10 a second.
 */
import { loadDigits } from '../data/digits';
import { uploadDataset, type Dataset } from '../engine/dataset';
import type { ExperimentSpec } from '../engine/spec';
import { Trainer } from '../engine/trainer';
import { chooseBackend } from './backend';
import type { Command, Event, Progress } from './protocol';

/** Time between progress events while training. */
const UPDATE_MS = 100;
/** Time between test evaluations and weight reports. */
const REPORT_MS = 1000;

const post = (event: Event) => self.postMessage(event);

let dataset: Dataset | null = null;
let trainer: Trainer | null = null;
let spec: ExperimentSpec | null = null;
let running = false;
let loopActive = false;
let lastReport = 0;

/**
 * Commands that touch the model run one at a time: a rebuild must never dispose a model
 * while a training chunk is still waiting for its numbers.
 */
let queue: Promise<unknown> = Promise.resolve();
function exclusive(task: () => Promise<void> | void): Promise<void> {
	const run = queue.then(task);
	queue = run.catch(() => undefined);
	return run;
}

function build(next: ExperimentSpec): void {
	trainer?.dispose();
	spec = next;
	trainer = new Trainer(dataset!, next);
	lastReport = 0;
	post({ type: 'built', stepsPerEpoch: trainer.stepsPerEpoch });
}

/** Trains for about UPDATE_MS, adds a test evaluation and weight report when due, posts it all. */
async function trainChunk(maxSteps: number): Promise<void> {
	const current = trainer!;
	const started = performance.now();
	const reportDue = started - lastReport >= REPORT_MS;
	const chunk = await current.train(maxSteps, { budgetMs: UPDATE_MS, recordGradients: reportDue });
	const elapsed = performance.now() - started;
	const progress: Progress = {
		step: current.step,
		epoch: current.epoch,
		losses: chunk.losses,
		examplesPerSecond: chunk.losses.length > 1 ? (chunk.losses.length * current.spec.batchSize * 1000) / elapsed : 0
	};
	if (chunk.diverged) {
		running = false;
		post({ type: 'progress', ...progress });
		post({ type: 'diverged', step: current.step });
		return;
	}
	const healthy = reportDue || !running ? await addReport(current, progress) : true;
	post({ type: 'progress', ...progress });
	if (!healthy) {
		running = false;
		post({ type: 'diverged', step: current.step });
	}
}

/** Adds test results and weight statistics; false when weights or test loss are no longer finite. */
async function addReport(current: Trainer, progress: Progress): Promise<boolean> {
	const { test, gallery } = await current.evaluate();
	const report = await current.weightReport();
	lastReport = performance.now();
	progress.test = test;
	progress.gallery = gallery;
	progress.weights = report.weights;
	if (report.gradients) progress.gradients = report.gradients;
	if (report.images) progress.images = report.images;
	return report.finite && Number.isFinite(test.loss);
}

async function loop(): Promise<void> {
	if (loopActive) return;
	loopActive = true;
	try {
		// The first chunk is one step, so the learner sees training start at once.
		let maxSteps = 1;
		while (running) {
			await exclusive(() => (running ? trainChunk(maxSteps) : undefined));
			maxSteps = 10_000;
			// Let pause and configure messages in between chunks.
			await new Promise((resolve) => setTimeout(resolve, 0));
		}
	} catch (error) {
		fail(error);
	} finally {
		loopActive = false;
	}
}

function fail(error: unknown): void {
	running = false;
	post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}

async function handle(command: Command): Promise<void> {
	switch (command.type) {
		case 'init':
			return exclusive(async () => {
				const chosen = await chooseBackend(command.backend);
				const data = await loadDigits(command.dataUrl, (loadedBytes, totalBytes) =>
					post({ type: 'loading', loadedBytes, totalBytes })
				);
				dataset = uploadDataset(data);
				post({ type: 'ready', ...chosen });
				build(command.spec);
			});
		case 'configure':
			return exclusive(() => build(command.spec));
		case 'reset':
			running = false;
			return exclusive(() => {
				if (spec) build(spec);
			});
		case 'train':
			running = true;
			void loop();
			return;
		case 'pause':
			running = false;
			return;
		case 'step':
			return exclusive(() => {
				if (!running) return trainChunk(1);
			});
		case 'predict':
			return exclusive(async () => {
				const probabilities = await trainer!.predict(command.pixels);
				post({ type: 'prediction', id: command.id, probabilities });
			});
	}
}

self.onmessage = (message: MessageEvent<Command>) => {
	handle(message.data).catch(fail);
};
