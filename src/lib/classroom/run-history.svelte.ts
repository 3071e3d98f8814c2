/**
 * The past runs of the experiment on a page, as the page sees them: kept in this browser (see
 * history.ts), recorded as the main run trains, and the few overlaid on its charts. One per
 * experiment, so the history tools and the charts share it without passing it down.
 */
import type { Experiment } from '../experiment/experiment.svelte';
import type { Run } from '../experiment/run.svelte';
import type { Settings } from '../session/settings';
import {
	browserStorage,
	keepRun,
	loadHistory,
	nextNumber,
	saveHistory,
	settingsText,
	thinCurve,
	toggleOverlay,
	type PastRun
} from './history';

/** The training session being recorded: its models, and the settings they last trained with. */
interface Current {
	run: Run;
	settings: Settings;
	/** The step when `settings` were read: a change made while paused is not one the run trained with until it steps again. */
	step: number;
	backend: string | null;
	/** Set once it is first kept. */
	id: string | null;
	number: number;
}

export class RunHistory {
	/** This page's past runs, newest first. */
	runs: PastRun[] = $state.raw([]);
	/** The ids of the runs drawn over the current one, in the order they were ticked. */
	overlaid: string[] = $state.raw([]);
	/** How many of the runs the browser would not keep (full or refused): they last for this visit only. */
	unsaved = $state(0);
	/** The page's own settings, which a past run's description is told against. */
	defaults: Readonly<Settings> | null = null;
	private page: string | null = null;
	private current: Current | null = null;

	/** The overlaid runs, in the order they were ticked. */
	readonly overlays: PastRun[] = $derived(
		this.overlaid.map((id) => this.runs.find((r) => r.id === id)).filter((r): r is PastRun => r !== undefined)
	);

	/** Reads what this browser kept for a page; call once mounted. */
	open(page: string, defaults: Readonly<Settings>): void {
		this.defaults = defaults;
		if (this.page === page) return;
		this.page = page;
		this.runs = loadHistory(browserStorage(), page);
		this.overlaid = [];
	}

	/**
	 * Follows the main run; call from an effect, with the values it reads being what it follows.
	 * New models finish the previous session's record; a run that has trained and is not training
	 * now (paused, stepped, stopped by itself, diverged) is kept at once.
	 */
	observe(run: Run, training: boolean, settings: Settings | undefined, backend: string | null): void {
		if (this.current && this.current.run !== run) this.finish();
		if (!this.current) this.current = { run, settings: settings!, step: run.step, id: null, number: 0, backend };
		if (settings && (run.step === 0 || run.step !== this.current.step)) {
			this.current.settings = settings;
			this.current.step = run.step;
		}
		if (backend) this.current.backend = backend;
		if (!training && run.step > 0) this.keep(this.current);
	}

	/** Keeps the session being recorded, if it trained; call when the page is left too. */
	finish(): void {
		const current = this.current;
		this.current = null;
		if (current && current.run.step > 0) this.keep(current);
	}

	/** Ticks or unticks a run for drawing; false when refused (three are drawn already). */
	toggle(id: string): boolean {
		const { overlaid, refused } = toggleOverlay(this.overlaid, id);
		this.overlaid = overlaid;
		return !refused;
	}

	remove(id: string): void {
		this.overlaid = this.overlaid.filter((o) => o !== id);
		// The session being recorded, if it is this one, is kept again as a new run when it next trains.
		if (this.current?.id === id) this.current.id = null;
		this.store(this.runs.filter((r) => r.id !== id));
	}

	clear(): void {
		this.overlaid = [];
		if (this.current) this.current.id = null;
		this.store([]);
	}

	private keep(current: Current): void {
		if (!this.page || !current.settings) return;
		const run = current.run;
		if (current.id === null) {
			current.id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
			current.number = nextNumber(this.runs);
		}
		const last = run.lastTest;
		const lastLoss = run.lastLoss;
		const past: PastRun = {
			id: current.id,
			number: current.number,
			at: Date.now(),
			settings: settingsText(current.settings),
			steps: run.step,
			epoch: run.epoch,
			trainLoss: lastLoss !== null && Number.isFinite(lastLoss) ? lastLoss : null,
			testLoss: last && Number.isFinite(last.loss) ? last.loss : null,
			testAccuracy: last && Number.isFinite(last.accuracy) ? last.accuracy : null,
			backend: current.backend,
			changes: run.marks.length,
			loss: thinCurve(run.losses.map((p) => ({ x: p.step, y: p.loss }))),
			accuracy: thinCurve(run.tests.map((p) => ({ x: p.step, y: p.accuracy })))
		};
		this.store(keepRun(this.runs, past));
	}

	private store(runs: PastRun[]): void {
		this.runs = runs;
		if (!this.page) return;
		this.unsaved = runs.length - saveHistory(browserStorage(), this.page, runs);
	}
}

const histories = new WeakMap<Experiment, RunHistory>();

/** The past runs of the page an experiment is on. */
export function historyOf(experiment: Experiment): RunHistory {
	let history = histories.get(experiment);
	if (!history) {
		history = new RunHistory();
		histories.set(experiment, history);
	}
	return history;
}
