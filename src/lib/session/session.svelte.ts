/**
 * One experiment on a page, as the learner sees it: the settings of the main run, the
 * side-by-side comparison with run B, a race of several values of one setting, "Try this", and
 * the notices a link produced. The lab and every concept page use it; the address follows it
 * through `followAddress`. The training itself (worker, runs) is its `experiment`.
 *
 * A change the running models can take is made at once; one that needs new models, once they
 * have trained, waits for the learner's answer (`question`). Reset goes back to the set-up
 * training started from (`origin`); `backToSetup` to the page's own.
 */
import { holdLocks, lockedFields, readLessonParam, withLesson } from '../classroom/lesson-link';
import type { Lesson } from '../classroom/lesson';
import type { Race, TryThis } from '../concepts/pages';
import type { Checkpoint } from '../engine/checkpoint';
import type { CoachRuleId } from '../experiment/coach';
import { Experiment } from '../experiment/experiment.svelte';
import type { MessageKey } from '../i18n/en';
import { t } from '../i18n/locale.svelte';
import { formatValue, paramFor, type NumberParam, type Notice } from '../url/params';
import { parsePageSettings, serializePageSettings } from '../url/page-settings';
import { watchForBenchmark } from './benchmark-hook.svelte';
import { differences } from './differences';
import { raceVariants } from './race';
import type { Setting, Settings, SettingValue } from './settings';

/** What an experiment offers beyond its settings. */
export interface SessionPlan {
	/** Every setting's starting value; links store only differences from these. */
	defaults: Readonly<Settings>;
	/** Run B's changes from the main run when the comparison is on; absent: no comparison (the lab). */
	compare?: Partial<Settings>;
	race?: Race;
	/** Settings this experiment keeps at their default whatever a link says (the lab: the data). */
	fixed?: readonly Setting[];
	/** The concept page this experiment is on (the coach links other pages, not this one). */
	page?: string;
	/** Problems the page shows on purpose: the coach names them as the lesson, not as a warning. */
	lesson?: readonly CoachRuleId[];
}

/** Everything a learner can change in an experiment, at one moment. */
export interface SessionState {
	settings: Settings;
	compare: boolean;
	race: boolean;
	variant: Partial<Settings>;
}

/** A change that needs new models, shown but not made until the learner answers. */
export interface RestartQuestion {
	/** The state before the change, which "keep the current network" goes back to. */
	before: SessionState;
}

export class Session {
	readonly experiment: Experiment;
	readonly plan: SessionPlan;
	compare = $state(false);
	race = $state(false);
	/** Run B's changes from the main run. */
	variant: Partial<Settings> = $state.raw({});
	/** What the link had to change, until dismissed. */
	notices: Notice[] = $state([]);
	/** The worker has been started: controls act from now on. */
	live = $state(false);
	/** A change waiting for the learner to say whether to start again with it. */
	question: RestartQuestion | null = $state.raw(null);
	/** The link's lesson: its locked settings, its challenge; null when the link has none. */
	lesson: Lesson | null = $state.raw(null);
	/** Settings the lesson keeps at its values: no control, Try-this, run B or reset changes them. */
	readonly locked: ReadonlySet<Setting> = $derived(new Set(lockedFields(this.lesson)));
	/** Called after every change the learner makes, so the address can follow. */
	onchange: (() => void) | null = null;
	/** What the models started training from, for Reset; null while they are fresh. */
	private origin: SessionState | null = null;
	private stopBenchmark: (() => void) | null = null;

	constructor(plan: SessionPlan, dataUrl: string) {
		this.plan = plan;
		this.variant = { ...plan.compare };
		this.experiment = new Experiment({ ...plan.defaults }, dataUrl);
		this.experiment.onorigin = (training) => (this.origin = training ? this.state() : null);
	}

	get settings(): Settings {
		return this.experiment.settings;
	}

	/** Run B's full settings. */
	readonly settingsB: Settings = $derived.by(() => ({ ...this.experiment.settings, ...this.variant }));

	/** The settings run B changes, for its controls. */
	readonly fieldsB: Setting[] = $derived.by(() => Object.keys(this.variant) as Setting[]);

	/** Reads an address's query, listing what it had to change; call before `start`. */
	read(query: URLSearchParams): void {
		const lesson = readLessonParam(query, this.plan.defaults, this.plan.fixed);
		this.lesson = lesson.lesson;
		const parsed = parsePageSettings(query, this.plan.defaults, this.plan.compare ?? {}, this.offers);
		const { value, notices } = holdLocks(query, parsed.value, parsed.notices, this.lesson, this.plan.race);
		this.notices = [...lesson.notices, ...notices];
		this.compare = value.compare;
		this.race = value.race;
		this.variant = value.variant;
		this.experiment.settings = value.settings;
		this.experiment.variants = this.variants(value.settings);
	}

	/** The query that reproduces this experiment, with its lesson (or, for the lesson builder, another). */
	query(lesson: Lesson | null = this.lesson): URLSearchParams {
		const { compare, race, variant } = this;
		const search = serializePageSettings(
			{ settings: this.experiment.settings, compare, race, variant },
			this.plan.defaults,
			this.plan.compare ?? {}
		);
		return withLesson(search, lesson);
	}

	/** Starts training's worker; in the browser, once the page is mounted. */
	start(resume?: Checkpoint[]): void {
		this.stopBenchmark ??= watchForBenchmark(this.experiment);
		this.experiment.start(resume);
		this.live = true;
	}

	stop(): void {
		this.experiment.stop();
		this.stopBenchmark?.();
		this.stopBenchmark = null;
		this.live = false;
	}

	set(field: Setting, value: SettingValue): void {
		if (this.locked.has(field)) return;
		this.change(() => {}, { [field]: value });
	}

	setB(field: Setting, value: SettingValue): void {
		if (this.locked.has(field)) return;
		this.change(() => (this.variant = { ...this.variant, [field]: value }));
	}

	/** Whether the page's race is of a setting the lesson locks (then there is no race). */
	get raceLocked(): boolean {
		return this.plan.race !== undefined && this.locked.has(this.plan.race.field);
	}

	/** Several settings as one change (a past run's put back): one question, one rebuild at most. Locked ones stay. */
	setMany(change: Partial<Settings>): void {
		this.change(() => {}, change);
	}

	toggleCompare(): void {
		this.change(() => {
			this.compare = !this.compare;
			if (this.compare) this.race = false;
		});
	}

	toggleRace(): void {
		if (this.raceLocked) return;
		this.change(() => {
			this.race = !this.race;
			if (this.race) this.compare = false;
		});
	}

	/**
	 * Sets up a "Try this" step from the page's own set-up, so steps work in any order, and says
	 * what it set up ("Run A: Sigmoid, Hidden layers 3; Run B: ReLU"). It asks nothing, since it
	 * says what it changes, and never starts training: a run under way is paused first, so the
	 * learner presses Train when ready.
	 */
	tryThis(step: TryThis): string {
		this.question = null;
		if (this.experiment.training) this.experiment.toggleTraining();
		if (step.compare !== undefined) {
			this.compare = step.compare !== null;
			if (step.compare) this.variant = this.unlocked(step.compare);
		}
		this.race = step.race === true && !this.raceLocked;
		if (this.race) this.compare = false;
		// The learner's backend, seed and stops stay: they are about the machine and the demo, not the lesson.
		const { backend, seed, stopEpochs, stopAccuracy } = this.experiment.settings;
		this.apply({ ...this.plan.defaults, ...step.change, backend, seed, stopEpochs, stopAccuracy });
		return describeTryThis(step, this.plan.race);
	}

	/** Makes the change the question was about: new models, from step 0 (training goes on if it was). */
	restartWithChange(): void {
		if (!this.question) return;
		this.question = null;
		this.experiment.apply();
		this.onchange?.();
	}

	/** Keeps the running models: the controls go back to what they were before the question. */
	keepNetwork(): void {
		const before = this.question?.before;
		if (!before) return;
		this.question = null;
		this.restore(before);
		this.experiment.apply();
		this.onchange?.();
	}

	/**
	 * Back to the moment before training: fresh weights with the settings training started with
	 * from step 0, so live changes made since are undone (and any question is dropped).
	 */
	reset(): void {
		const back = this.origin ?? this.question?.before;
		this.question = null;
		if (back) this.restore(back);
		this.experiment.reset();
		this.onchange?.();
	}

	/** Reset, with a learning rate ten times smaller than the one in use (run B's too, where it has its own). */
	resetWithSmallerRate(): void {
		const rate = tenTimesSmaller(this.experiment.settings.learningRate);
		const rateB = this.compare && this.variant.learningRate !== undefined ? tenTimesSmaller(this.variant.learningRate) : undefined;
		const back = this.origin ?? this.question?.before ?? this.state();
		this.question = null;
		this.restore({
			...back,
			settings: { ...back.settings, learningRate: rate },
			variant: rateB === undefined ? back.variant : { ...back.variant, learningRate: rateB }
		});
		this.experiment.reset();
		this.onchange?.();
	}

	/**
	 * The page's own set-up, fresh and not training: its defaults, no comparison or race, run B as
	 * the page has it. The backend stays: it is about the machine, not the lesson.
	 */
	backToSetup(): void {
		const { backend } = this.experiment.settings;
		this.question = null;
		this.restore({ settings: { ...this.plan.defaults, backend }, compare: false, race: false, variant: { ...this.plan.compare } });
		this.experiment.reset();
		this.onchange?.();
	}

	/** The lab's set-up is its defaults; a concept page's is its own. */
	get isLab(): boolean {
		return this.plan.compare === undefined;
	}

	dismissNotices(): void {
		this.notices = [];
	}

	/** A name for each run: "Run A · Sigmoid", "Run B · ReLU"; in a race, the raced setting's value. */
	readonly runNames: string[] = $derived.by(() => {
		const specs = this.experiment.runSettings();
		const race = this.race ? this.plan.race : undefined;
		if (race) return specs.map((spec) => describe(race.field, formatValue(spec[race.field])));
		const runA = t('compare.runName', { name: 'A' });
		if (specs.length === 1) return [runA];
		const changes = differences(this.variant, this.experiment.settings);
		const side = (i: 1 | 2) => (changes.length === 0 ? t('compare.same') : changes.map((c) => describe(c[0], c[i])).join(', '));
		return [`${runA} · ${side(1)}`, `${t('compare.runName', { name: 'B' })} · ${side(2)}`];
	});

	private get offers() {
		return { compare: this.plan.compare !== undefined, race: this.plan.race !== undefined, fixed: this.plan.fixed };
	}

	/** The runs trained beside the main one, for these settings. */
	private variants(settings: Settings): Partial<Settings>[] {
		if (this.race && this.plan.race && !this.raceLocked) return raceVariants(this.plan.race, settings);
		return this.compare ? [this.unlocked(this.variant)] : [];
	}

	/** A change or run B without the settings the lesson locks. */
	private unlocked(change: Partial<Settings>): Partial<Settings> {
		if (!this.lesson) return { ...change };
		return Object.fromEntries(Object.entries(change).filter(([field]) => !this.locked.has(field as Setting)));
	}

	/** Settings with the lesson's locked values put back. */
	private withLocks(settings: Settings): Settings {
		return this.lesson ? { ...settings, ...this.lesson.locked } : settings;
	}

	/** A copy of what the learner can change, now. */
	private state(): SessionState {
		return {
			settings: { ...($state.snapshot(this.experiment.settings) as Settings) },
			compare: this.compare,
			race: this.race,
			variant: { ...this.variant }
		};
	}

	/** Shows a state (the models follow only when asked to: `experiment.apply` or `reset`). */
	private restore(state: SessionState): void {
		const settings = this.withLocks({ ...state.settings });
		this.compare = state.compare;
		this.race = state.race && !this.raceLocked;
		this.variant = this.unlocked(state.variant);
		this.experiment.settings = settings;
		this.experiment.variants = this.variants(settings);
	}

	/**
	 * A learner's change: `mutate` changes the comparison or race, `change` the settings. Models that
	 * have trained keep training through it when they can; when it needs new ones, the change is
	 * shown and waits for the learner's answer. The address follows either way.
	 */
	private change(mutate: () => void, unchecked: Partial<Settings> = {}): void {
		const change = this.unlocked(unchecked);
		const before = this.question?.before ?? this.state();
		mutate();
		this.variant = this.unlocked(this.variant);
		const settings = { ...this.experiment.settings, ...change };
		const variants = this.variants(settings);
		if (this.experiment.begun && this.experiment.need(settings, variants) === 'rebuild') {
			this.question = { before };
			this.experiment.settings = settings;
			this.experiment.variants = variants;
			this.onchange?.();
			return;
		}
		this.question = null;
		this.apply(change);
	}

	/** Makes a change now: the experiment adjusts or rebuilds its runs and the address follows. */
	private apply(unchecked: Partial<Settings>): void {
		const change = this.unlocked(unchecked);
		this.experiment.update(change, this.variants({ ...this.experiment.settings, ...change }));
		this.onchange?.();
	}
}

/** A setting's value in the learner's words: "Sigmoid", "Dropout 0.5", "Batch normalization on". */
export function describe(field: Setting, value: string): string {
	const kind = paramFor(field).kind;
	if (kind === 'choice') return t(`option.${field}.${value}` as MessageKey);
	const label = t(`setting.${field}` as MessageKey);
	return kind === 'flag' ? `${label} ${value === '1' ? t('compare.on') : t('compare.off')}` : `${label} ${value}`;
}

/** A tenth of a learning rate, within the rates a link may hold. */
export function tenTimesSmaller(rate: number): number {
	return Math.max((paramFor('learningRate') as NumberParam).min, Number((rate / 10).toPrecision(6)));
}

/** A change as the loss chart labels it: "Learning rate 0.01", "Optimizer SGD", "Dropout 0.5". */
export function describeChange(field: Setting, value: SettingValue): string {
	const text = formatValue(value);
	if (paramFor(field).kind !== 'choice') return describe(field, text);
	return `${t(`setting.${field}` as MessageKey)} ${t(`option.${field}.${text}` as MessageKey)}`;
}

/** A "Try this" step's changes in the learner's words, run by run, in the current language. */
export function describeTryThis(step: TryThis, race: Race | undefined): string {
	const run = (name: string, change: Partial<Settings>) =>
		t('tryThis.run', {
			run: t('compare.runName', { name }),
			changes: (Object.entries(change) as [Setting, SettingValue][]).map(([field, value]) => describe(field, formatValue(value))).join(t('tryThis.listSeparator'))
		});
	const parts = [run('A', step.change)];
	if (step.race && race) parts.push(t(`race.toggle.${race.field}` as MessageKey));
	else if (step.compare) parts.push(run('B', step.compare));
	else if (step.compare === null) parts.push(t('tryThis.noComparison'));
	return t('tryThis.setUp', { changes: parts.join(t('tryThis.separator')) });
}
