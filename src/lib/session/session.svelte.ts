/**
 * One experiment on a page, as the learner sees it: the settings of the main run, the
 * side-by-side comparison with run B, a race of several values of one setting, "Try this", and
 * the notices a link produced. The lab and every concept page use it; the address follows it
 * through `followAddress`. The training itself (worker, runs) is its `experiment`.
 */
import type { Race, TryThis } from '../concepts/pages';
import type { Checkpoint } from '../engine/checkpoint';
import { Experiment } from '../experiment/experiment.svelte';
import { differences } from '../experiment/runs';
import type { MessageKey } from '../i18n/en';
import { t } from '../i18n/locale.svelte';
import { formatValue, paramFor, type Notice } from '../url/params';
import { parsePageSettings, serializePageSettings } from '../url/page-settings';
import { watchForBenchmark } from './benchmark-hook.svelte';
import { raceVariants } from './race';
import type { Setting, Settings, SettingValue } from './settings';

/** What an experiment offers beyond its settings. */
export interface SessionPlan {
	/** Every setting's starting value; links store only differences from these. */
	defaults: Readonly<Settings>;
	/** Run B's changes from the main run when the comparison is on; absent: no comparison (the lab). */
	compare?: Partial<Settings>;
	race?: Race;
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
	/** Called after every change the learner makes, so the address can follow. */
	onchange: (() => void) | null = null;
	private stopBenchmark: (() => void) | null = null;

	constructor(plan: SessionPlan, dataUrl: string) {
		this.plan = plan;
		this.variant = { ...plan.compare };
		this.experiment = new Experiment({ ...plan.defaults }, dataUrl);
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
		const { value, notices } = parsePageSettings(query, this.plan.defaults, this.plan.compare ?? {}, this.offers);
		this.notices = notices;
		this.compare = value.compare;
		this.race = value.race;
		this.variant = value.variant;
		this.experiment.settings = value.settings;
		this.experiment.variants = this.variants(value.settings);
	}

	/** The query that reproduces this experiment. */
	query(): URLSearchParams {
		const { compare, race, variant } = this;
		return serializePageSettings(
			{ settings: this.experiment.settings, compare, race, variant },
			this.plan.defaults,
			this.plan.compare ?? {}
		);
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
		this.apply({ [field]: value });
	}

	setB(field: Setting, value: SettingValue): void {
		this.variant = { ...this.variant, [field]: value };
		this.apply({});
	}

	toggleCompare(): void {
		this.compare = !this.compare;
		if (this.compare) this.race = false;
		this.apply({});
	}

	toggleRace(): void {
		this.race = !this.race;
		if (this.race) this.compare = false;
		this.apply({});
	}

	/**
	 * Sets up a "Try this" step from the page's own set-up, so steps work in any order, and says
	 * what it set up ("Run A: Sigmoid, Hidden layers 3; Run B: ReLU"). It never starts training:
	 * a run under way is paused first, so the learner presses Train when ready.
	 */
	tryThis(step: TryThis): string {
		if (this.experiment.training) this.experiment.toggleTraining();
		if (step.compare !== undefined) {
			this.compare = step.compare !== null;
			if (step.compare) this.variant = { ...step.compare };
		}
		this.race = step.race === true;
		if (this.race) this.compare = false;
		// The learner's backend and seed stay: they are about the machine and the demo, not the lesson.
		const { backend, seed } = this.experiment.settings;
		this.apply({ ...this.plan.defaults, ...step.change, backend, seed });
		return describeTryThis(step, this.plan.race);
	}

	dismissNotices(): void {
		this.notices = [];
	}

	/** A name for each run: "Run A · Sigmoid", "Run B · ReLU"; in a race, the raced setting's value. */
	readonly runNames: string[] = $derived.by(() => {
		const specs = this.experiment.specs();
		const race = this.race ? this.plan.race : undefined;
		if (race) return specs.map((spec) => describe(race.field, formatValue(spec[race.field])));
		const runA = t('compare.runName', { name: 'A' });
		if (specs.length === 1) return [runA];
		const changes = differences(this.variant, this.experiment.settings);
		const side = (i: 1 | 2) => (changes.length === 0 ? t('compare.same') : changes.map((c) => describe(c[0], c[i])).join(', '));
		return [`${runA} · ${side(1)}`, `${t('compare.runName', { name: 'B' })} · ${side(2)}`];
	});

	private get offers() {
		return { compare: this.plan.compare !== undefined, race: this.plan.race !== undefined };
	}

	/** The runs trained beside the main one, for these settings. */
	private variants(settings: Settings): Partial<Settings>[] {
		if (this.race && this.plan.race) return raceVariants(this.plan.race, settings);
		return this.compare ? [this.variant] : [];
	}

	/** Every change goes through here: the experiment rebuilds its runs and the address follows. */
	private apply(change: Partial<Settings>): void {
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
