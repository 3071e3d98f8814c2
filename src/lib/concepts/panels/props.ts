/** What every panel is given: the experiment whose runs it draws, and each run's name. */
import type { Experiment } from '../../experiment/experiment.svelte';

export interface PanelProps {
	experiment: Experiment;
	/** One name per run, in run order ("Run A · Sigmoid", "Learning rate 0.01", …). */
	runNames: string[];
}
