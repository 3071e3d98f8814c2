/**
 * The training worker: loads the examples its runs name (the digits, a point set), picks a backend, and
 * trains one or more runs on its own thread so the page stays smooth. It posts compact progress
 * events, at most ~10 a second, with what the metric table's probes measured.
 */
import * as tf from '@tensorflow/tfjs';
import { RateMeter, WorkLedger, evaluationCounts, reportDue } from '../engine/budget';
import { checkpointBuffers, restoreCheckpoint, saveCheckpoint, type Checkpoint } from '../engine/checkpoint';
import { Probes } from '../engine/probes';
import { REQUESTS } from '../engine/requests';
import type { MetricPayloads, MetricTiming } from '../engine/metrics';
import type { ExperimentSpec } from '../engine/spec';
import { TASKS, datasetKey, type LoadContext } from '../engine/tasks';
import { disposeDataset, type Dataset } from '../engine/tasks/task';
import { Trainer } from '../engine/trainer';
import { chooseBackend, watchContextLoss } from './backend';
import type { BackendHealth, Command, Event, RunProgress, StopReason } from './protocol';

/**
 * Time between progress events while training: five a second. Each one redraws every chart on
 * the page; at ten a second, drawing took frames away from pages without a GPU.
 */
const UPDATE_MS = 200;
/** The same while the page is hidden: nobody watches, so fewer, larger updates. */
const HIDDEN_UPDATE_MS = 1000;
/** Time between checkpoints while training, at least; big networks take longer to read. */
const CHECKPOINT_MS = 5000;
/** Checkpoints take at most this share of the training time. */
const CHECKPOINT_SHARE = 0.05;

const post = (event: Event, transfer: Transferable[] = []) => self.postMessage(event, { transfer });

interface Run {
	trainer: Trainer;
	probes: Probes;
	diverged: boolean;
}

/** Every data set a run has asked for, loaded once and shared by the runs on it (by `datasetKey`). */
const datasets = new Map<string, Dataset>();
/** The learner's own dataset as last handed over; its version goes up with each hand-over. */
let own: LoadContext['own'] = null;
let dataUrl = '';
let specs: ExperimentSpec[] = [];
let runs: Run[] = [];
let running = false;
let loopActive = false;
/** Training time and everything else (probes, reports, posting, checkpoints), for the evaluation budget. */
const ledger = new WorkLedger();
/** Each run's examples/s over the wall clock, everything the worker did included: the status line's number. */
let meters: RateMeter[] = [];
/** When the latest progress went out while training; null when the next chunk starts the clock afresh. */
let lastPostAt: number | null = null;
/** When the latest report began; null before the first report of these models. */
let lastReportAt: number | null = null;
/** What one example evaluated cost at the latest report, every report probe included (ms). */
let msPerExample: number | null = null;
/** Whether run 0's latest test point used every example: a pause after one that did not measures again. */
let lastReportWhole = true;
/** A report on fewer examples reached the target accuracy: the next one checks on every example. */
let confirmAccuracy = false;
/** Test examples in run 0's latest report, for the benchmark hook. */
let lastTestCount: number | null = null;
let updateMs = UPDATE_MS;
let lastCheckpoint = 0;
let checkpointEveryMs = CHECKPOINT_MS;
/** The step of the latest checkpoint, so a pause after it does not send the same again. */
let checkpointedStep = -1;
/** After a lost WebGL context nothing here works any more; the page starts a new worker. */
let contextLost = false;

/** When to stop by itself, as the page last said (0 = never). */
let stopWhen = { epochs: 0, accuracy: 0 };
/** Whether the stops below are worked out for the current models, batch size and training session. */
let stopsArmed = false;
/** The step at which training stops: the end of the asked epoch; Infinity when no epoch stop lies ahead. */
let stopStep = Infinity;
/** Stop at the next test evaluation that reaches the target accuracy. */
let accuracyStopArmed = false;
/** Run 0's latest test accuracy: Train after an accuracy stop goes on instead of stopping at once. */
let lastAccuracy = 0;
/** Set when training stopped itself; reported with the 'paused' that follows. */
let stopReason: StopReason | null = null;

/**
 * Works out the stops from here. A stop already passed (Train again after "stopped after
 * epoch 1") does not stop again: the learner asked to go on.
 */
function armStops(): void {
	stopsArmed = true;
	const trainer = runs.find((r) => !r.diverged)?.trainer;
	const left = trainer && stopWhen.epochs > 0 ? trainer.stepsToEndOfEpoch(stopWhen.epochs) : 0;
	stopStep = trainer && left > 0 ? trainer.step + left : Infinity;
	accuracyStopArmed = stopWhen.accuracy > 0 && lastAccuracy < stopWhen.accuracy;
}

function stopBy(reason: StopReason): void {
	running = false;
	stopReason = reason;
}

/**
 * Commands that touch the models run one at a time: a rebuild must never dispose a model
 * while a training chunk is still waiting for its numbers.
 */
let queue: Promise<unknown> = Promise.resolve();
function exclusive(task: () => Promise<void> | void): Promise<void> {
	const run = queue.then(task);
	queue = run.catch(() => undefined);
	return run;
}

const keyOf = (spec: ExperimentSpec) => datasetKey(spec, own?.version ?? 0);

/** Loads the data sets these specs name that are not loaded yet (the digits report their progress). */
async function loadData(next: ExperimentSpec[]): Promise<void> {
	const onProgress = (loadedBytes: number, totalBytes: number | null) => post({ type: 'loading', loadedBytes, totalBytes });
	for (const spec of next) {
		const key = keyOf(spec);
		if (datasets.has(key)) continue;
		datasets.set(key, await TASKS[spec.data]({ dataUrl, onProgress, spec, own }));
	}
}

/**
 * Frees a learner's own examples no run uses any more (an older hand-over, another split); the
 * shared data sets stay, since switching back to them should not load them again.
 */
function dropUnusedOwnData(): void {
	const used = new Set(specs.map(keyOf));
	for (const [key, dataset] of datasets) {
		if (key.startsWith('own#') && !used.has(key)) {
			disposeDataset(dataset);
			datasets.delete(key);
		}
	}
}

async function build(next: ExperimentSpec[], resume?: Checkpoint[]): Promise<void> {
	await loadData(next);
	for (const run of runs) {
		run.probes.dispose();
		run.trainer.dispose();
	}
	specs = next;
	runs = next.map((spec) => {
		const trainer = new Trainer(datasets.get(keyOf(spec))!, spec);
		return { trainer, probes: new Probes(trainer), diverged: false };
	});
	dropUnusedOwnData();
	if (resume) {
		await Promise.all(runs.map((run, i) => restoreCheckpoint(run.trainer, resume[i])));
		// The checkpoint brings the live settings it was taken with; the page's own come after.
		runs.forEach((run, i) => run.trainer.adjust(next[i]));
	}
	meters = runs.map(() => new RateMeter());
	ledger.reset();
	lastPostAt = null;
	lastReportAt = null;
	msPerExample = null;
	lastReportWhole = true;
	confirmAccuracy = false;
	lastTestCount = null;
	lastAccuracy = 0;
	stopsArmed = false;
	lastCheckpoint = performance.now();
	checkpointedStep = runs[0].trainer.step;
	post({ type: 'built', runs: runs.length, step: checkpointedStep, epoch: runs[0].trainer.epoch });
	// Models in the plane are drawn before they train, so the learner sees where they start.
	if (runs.some((run) => run.trainer.task.plane)) await reportModels();
}

/** Every run's update metrics (or, at 'report', all of them) now, with no steps taken: the models as they are. */
async function reportModels(moment: MetricTiming = 'update'): Promise<void> {
	if (moment === 'report') {
		lastReportAt = performance.now();
		lastReportWhole = true;
	}
	const progress: RunProgress[] = [];
	for (const run of runs) {
		const metrics: Partial<MetricPayloads> = run.diverged ? {} : (await run.probes.measure(moment)).metrics;
		// Gradients are taken at a training step, and none was taken for this report.
		delete metrics.gradients;
		progress.push({
			step: run.trainer.step,
			epoch: run.trainer.epoch,
			losses: [],
			metrics,
			examplesPerSecond: 0,
			diverged: run.diverged
		});
	}
	post({ type: 'progress', runs: progress, health: health() });
}

/** Sends every run's state to the page, which keeps it in case this worker or its GPU dies. */
async function checkpoint(): Promise<void> {
	lastCheckpoint = performance.now();
	// A diverged run's weights are not worth going back to; the page keeps the previous ones.
	if (runs.length === 0 || runs.some((r) => r.diverged) || runs[0].trainer.step === checkpointedStep) return;
	const saved = await Promise.all(runs.map((run) => saveCheckpoint(run.trainer)));
	checkpointEveryMs = Math.max(CHECKPOINT_MS, (performance.now() - lastCheckpoint) / CHECKPOINT_SHARE);
	checkpointedStep = saved[0].step;
	post({ type: 'checkpoint', runs: saved }, saved.flatMap(checkpointBuffers));
}

/** A checkpoint once enough training time has passed since the last: each one reads every weight. */
async function checkpointIfDue(): Promise<void> {
	if (performance.now() - lastCheckpoint >= checkpointEveryMs) await checkpoint();
}

/**
 * Trains every live run for one chunk: the first live run for about UPDATE_MS (shared between
 * the runs), the others for as many steps, so all stay at the same step. Then posts it all.
 * A report (evaluation and every probe) comes when the evaluation budget says it is due, on as
 * many examples as fit the budget; while not running (a Step) and at stops, on every example.
 */
async function trainChunk(maxSteps: number): Promise<void> {
	const cycleStart = performance.now();
	const live = runs.filter((r) => !r.diverged);
	if (live.length === 0) return;
	const stepsToStop = stopStep - live[0].trainer.step;
	if (running && stepsToStop <= maxSteps) maxSteps = Math.max(1, stepsToStop);
	const confirming = confirmAccuracy;
	confirmAccuracy = false;
	// Every example: a Step, the first report, or checking an accuracy a smaller report reached.
	const whole = !running || confirming || msPerExample === null;
	const countsOf = (run: Run) => (whole ? undefined : evaluationCounts(run.trainer.evaluationSizes, msPerExample, live.length));
	const expectedMs = live.reduce((sum, run) => {
		const counts = countsOf(run);
		const sizes = run.trainer.evaluationSizes;
		return sum + (msPerExample ?? 0) * (counts ? counts.test + counts.train : sizes.testFull + sizes.trainFull);
	}, 0);
	const reportDueNow =
		whole || reportDue({ sinceLastMs: lastReportAt === null ? null : cycleStart - lastReportAt, ledger, expectedMs });
	let reported = false;
	let reportMs = 0;
	let reportExamples = 0;
	let trainingMs = 0;
	const progress: RunProgress[] = runs.map((run) => ({
		step: run.trainer.step,
		epoch: run.trainer.epoch,
		losses: [],
		metrics: {},
		examplesPerSecond: 0,
		diverged: run.diverged
	}));
	let target = Infinity;
	for (const run of live) {
		const index = runs.indexOf(run);
		const trainer = run.trainer;
		const started = performance.now();
		const steps = target === Infinity ? maxSteps : Math.max(0, target - trainer.step);
		const budgetMs = target === Infinity ? updateMs / live.length : undefined;
		const chunk = await trainer.train(steps, { budgetMs, onLastGradients: reportDueNow ? run.probes.gradients.record : undefined });
		if (target === Infinity) target = trainer.step;
		const elapsed = performance.now() - started;
		trainingMs += elapsed;
		const report = progress[index];
		report.step = trainer.step;
		report.epoch = trainer.epoch;
		report.losses = chunk.losses;
		report.trainingMs = elapsed;
		report.examples = chunk.losses.length * trainer.batchSize;
		report.epochStarts = trainer.takeEpochStarts();
		run.diverged ||= chunk.diverged;
		if (!run.diverged) {
			// At a report every metric; in between, those that change with every update. The step
			// where an epoch stop lands gets a report too, on every example, so the page shows where it stopped.
			const atStop = running && trainer.step >= stopStep;
			const reportNow = reportDueNow || atStop;
			const counts = atStop ? undefined : countsOf(run);
			reported ||= reportNow;
			const probing = performance.now();
			const { metrics, healthy } = await run.probes.measure(reportNow ? 'report' : 'update', reportNow ? counts : undefined);
			if (reportNow) {
				const sizes = trainer.evaluationSizes;
				reportMs += performance.now() - probing;
				reportExamples += counts ? counts.test + counts.train : sizes.testFull + sizes.trainFull;
			}
			report.metrics = metrics;
			run.diverged = !healthy;
			if (index === 0 && metrics.test) {
				const test = metrics.test;
				lastAccuracy = test.accuracy;
				lastReportWhole = test.testCount === undefined && test.trainCount === undefined;
				lastTestCount = test.testCount ?? trainer.evaluationSizes.testFull;
				if (running && accuracyStopArmed && lastAccuracy >= stopWhen.accuracy) {
					// Only every test example may stop training; fewer reaching it asks for them at once.
					if (lastReportWhole) stopBy({ kind: 'accuracy', accuracy: lastAccuracy, step: trainer.step });
					else confirmAccuracy = true;
				}
			}
		}
		report.diverged = run.diverged;
	}
	if (running && live[0].trainer.step >= stopStep) stopBy({ kind: 'epochs', epoch: stopWhen.epochs });
	if (reported) {
		lastReportAt = cycleStart;
		if (reportExamples > 0) msPerExample = reportMs / reportExamples;
	}
	const postAt = performance.now();
	// Everything since the last post: training, probes, reports, the post itself, checkpoints, waiting.
	const wallMs = postAt - (lastPostAt ?? cycleStart);
	ledger.add('training', trainingMs);
	ledger.add('overhead', wallMs - trainingMs);
	for (const run of live) {
		const index = runs.indexOf(run);
		const report = progress[index];
		// A one-step chunk (a Step, training's first step) is no measure of speed.
		if (lastPostAt === null || report.losses.length <= 1) continue;
		meters[index].add(report.examples ?? 0, wallMs);
		report.examplesPerSecond = meters[index].rate;
	}
	post({ type: 'progress', runs: progress, health: health() });
	lastPostAt = running ? performance.now() : null;
	if (runs.every((r) => r.diverged)) {
		running = false;
		post({ type: 'stopped' });
	}
}

function health(): BackendHealth {
	// The WebGL backend keeps each compiled shader program in `binaryCache`, keyed by its source.
	const cache = tf.getBackend() === 'webgl' ? (tf.backend() as unknown as { binaryCache?: object }).binaryCache : undefined;
	return {
		tensors: tf.memory().numTensors,
		programs: cache ? Object.keys(cache).length : null,
		overheadShare: ledger.share(),
		testCount: lastTestCount
	};
}

/**
 * Lets the messages that arrived in between run, then resumes. A posted message, not
 * `setTimeout(0)`: nested timeouts wait at least 4 ms, 2% of every 200 ms chunk.
 */
const yieldChannel = typeof MessageChannel === 'undefined' ? null : new MessageChannel();
const yielded: (() => void)[] = [];
if (yieldChannel) {
	yieldChannel.port1.onmessage = () => yielded.shift()?.();
	// Where ports can keep a process alive (the Node tests), this one should not.
	(yieldChannel.port1 as unknown as { unref?: () => void }).unref?.();
}
function yieldToMessages(): Promise<void> {
	return new Promise((resolve) => {
		if (!yieldChannel) return void setTimeout(resolve, 0);
		yielded.push(resolve);
		yieldChannel.port2.postMessage(null);
	});
}

async function loop(): Promise<void> {
	if (loopActive) return;
	loopActive = true;
	try {
		// The first chunk is one step, so the learner sees training start at once.
		let maxSteps = 1;
		// The examples/s clock starts with this session of training: a pause is not slowness.
		lastPostAt = null;
		for (const meter of meters) meter.reset();
		while (running) {
			await exclusive(async () => {
				if (!running) return;
				if (!stopsArmed) armStops();
				await trainChunk(maxSteps);
				await checkpointIfDue();
			});
			if (maxSteps === 1) {
				// The one-step chunk that starts training compiles the model's programs and reports on
				// every example: a cost of starting, not of training, so the budget's ledger starts after it.
				ledger.reset();
			}
			maxSteps = 10_000;
			// Let pause and configure messages in between chunks.
			await yieldToMessages();
		}
	} catch (error) {
		fail(error);
	} finally {
		loopActive = false;
	}
	lastPostAt = null;
	if (contextLost) return;
	// Paused: the final numbers are on every test example, so a pause after a report on fewer
	// measures again (after one on all of them it does not: a Step while paused brings every chart
	// to the model as it is). Then the state it would resume from, then word that no more steps come.
	if (!lastReportWhole) await exclusive(() => (running ? undefined : reportModels('report'))).catch(fail);
	await exclusive(checkpoint).catch(fail);
	if (!running) post({ type: 'paused', stopped: stopReason ?? undefined });
	stopReason = null;
}

/** Gives each run its new live settings; the next checkpoint carries them, so it is taken now. */
async function adjust(next: ExperimentSpec[]): Promise<void> {
	if (next.length !== runs.length) throw new Error('An adjustment must name every run.');
	// Moved test digits change what the test says at once: a paused model is measured again now.
	const retest = !running && runs[0]?.trainer.step > 0 && runs.some((run, i) => run.trainer.spec.testShift !== next[i].testShift);
	runs.forEach((run, i) => run.trainer.adjust(next[i]));
	specs = next;
	// A new batch size moves the end of the epoch, in steps.
	stopsArmed = false;
	post({ type: 'adjusted', steps: runs.map((run) => run.trainer.step) });
	checkpointedStep = -1;
	await checkpoint();
	if (retest) await reportModels('report');
}

function fail(error: unknown): void {
	running = false;
	// Calls fail after the context is gone; the page already knows why and starts afresh.
	if (contextLost) return;
	post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}

async function handle(command: Command): Promise<void> {
	switch (command.type) {
		case 'init':
			return exclusive(async () => {
				const chosen = await chooseBackend(command.backend, command.wasmPaths);
				watchContextLoss(() => {
					contextLost = true;
					running = false;
					post({ type: 'contextLost' });
				});
				dataUrl = command.dataUrl;
				await loadData(command.specs);
				post({ type: 'ready', ...chosen });
				await build(command.specs, command.resume);
			});
		case 'ownData':
			// Taken at once, so an 'init' or 'configure' after it builds on it; the models training
			// now keep their own examples (keyed by the older version) until then.
			own = { data: command.data, version: (own?.version ?? 0) + 1 };
			return;
		case 'configure':
			return exclusive(() => build(command.specs));
		case 'adjust':
			return exclusive(() => adjust(command.specs));
		case 'stopWhen':
			stopWhen = { epochs: command.epochs, accuracy: command.accuracy };
			stopsArmed = false;
			return;
		case 'reset':
			running = false;
			return exclusive(() => build(command.specs));
		case 'train':
			running = true;
			// Worked out afresh when the first chunk starts, after any rebuild queued before this.
			stopsArmed = false;
			void loop();
			return;
		case 'pause':
			running = false;
			// With no chunk under way there is nothing to wait for.
			if (!loopActive) post({ type: 'paused' });
			return;
		case 'step':
			return exclusive(async () => {
				if (running) return;
				await trainChunk(1);
				await checkpointIfDue();
			});
		case 'hidden':
			updateMs = command.hidden ? HIDDEN_UPDATE_MS : UPDATE_MS;
			return;
		case 'request':
			return exclusive(async () => {
				const run = runs[command.run];
				try {
					if (!run) throw new Error('There is no such run.');
					const row = REQUESTS[command.name];
					const result = await row.run(run.trainer, command.args as never);
					post({ type: 'answer', id: command.id, result });
					if (row.alters) {
						checkpointedStep = -1;
						await reportModels();
					}
				} catch (error) {
					post({ type: 'answer', id: command.id, error: error instanceof Error ? error.message : String(error) });
				}
			});
		case 'predict':
			return exclusive(async () => {
				const probabilities = await runs[0].trainer.predict(command.pixels);
				post({ type: 'prediction', id: command.id, probabilities });
			});
	}
}

self.onmessage = (message: MessageEvent<Command>) => {
	handle(message.data).catch(fail);
};
