/**
 * The probes of the metric table, one per row, and `Probes`: what one run needs to take them
 * (its trainer, and the gradient recorder its training steps feed).
 */
import { METRICS, METRIC_NAMES, type MetricName, type MetricPayloads, type MetricTiming } from '../metrics';
import type { EvaluationCounts } from '../budget';
import type { Trainer } from '../trainer';
import { probeActivations } from './activations';
import { probeConfusion } from './confusion';
import { probeDropout } from './dropout';
import { probeGallery } from './gallery';
import { GradientRecorder } from './gradients';
import { probeWeightImages } from './images';
import { probeParameters } from './parameters';
import { probePlane } from './plane';
import { probeWeights } from './weights';

export interface ProbeContext {
	trainer: Trainer;
	gradients: GradientRecorder;
	/** How many examples this report's evaluation looks at; every one when absent. */
	counts?: EvaluationCounts;
}

/** Measures one metric now; null when it does not apply to this run (no dropout, no pictures, ...). */
export type Probe<T> = (context: ProbeContext) => Promise<T | null>;

export const PROBES: { [K in MetricName]: Probe<MetricPayloads[K]> } = {
	test: ({ trainer, counts }) => trainer.evaluate(counts),
	confusion: ({ trainer }) => probeConfusion(trainer),
	gallery: ({ trainer }) => probeGallery(trainer),
	weights: ({ trainer }) => probeWeights(trainer),
	gradients: ({ gradients }) => gradients.read(),
	activations: ({ trainer }) => probeActivations(trainer),
	images: ({ trainer }) => probeWeightImages(trainer),
	dropout: ({ trainer }) => probeDropout(trainer),
	plane: ({ trainer }) => probePlane(trainer),
	parameters: ({ trainer }) => probeParameters(trainer)
};

export interface Measurement {
	metrics: Partial<MetricPayloads>;
	/** False when a payload shows NaN or infinite numbers: the run has diverged. */
	healthy: boolean;
}

export class Probes implements ProbeContext {
	readonly gradients: GradientRecorder;

	constructor(readonly trainer: Trainer) {
		this.gradients = new GradientRecorder(trainer.network);
	}

	counts?: EvaluationCounts;

	/**
	 * Takes every metric whose row is due at `moment`: at a report, all of them; at an update, the
	 * 'update' ones. `counts` limits the report's evaluation (the evaluation budget); absent, all.
	 */
	async measure(moment: MetricTiming, counts?: EvaluationCounts): Promise<Measurement> {
		this.counts = counts;
		const metrics: Partial<MetricPayloads> = {};
		let healthy = true;
		for (const name of METRIC_NAMES) {
			if (moment === 'update' && METRICS[name].when !== 'update') continue;
			healthy = (await this.take(name, metrics)) && healthy;
		}
		return { metrics, healthy };
	}

	private async take<K extends MetricName>(name: K, into: Partial<MetricPayloads>): Promise<boolean> {
		const payload = await PROBES[name](this);
		if (payload === null) return true;
		into[name] = payload;
		const healthy = METRICS[name].healthy as ((payload: MetricPayloads[K]) => boolean) | undefined;
		return healthy?.(payload) ?? true;
	}

	dispose(): void {
		this.gradients.dispose();
	}
}
