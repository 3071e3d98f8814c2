/**
 * Asks the main run's model for its gradients whenever what the page shows changes (a new step,
 * another example), one question at a time: while one is out, only the latest wish waits.
 */
import type { GradientsArgs, GradientsResult } from '../../engine/requests/gradients';
import type { Experiment } from '../../experiment/experiment.svelte';

export interface Answer<W> {
	/** What was asked, as the page described it. */
	wish: W;
	result: GradientsResult;
}

export class GradientAsker<W> {
	answer: Answer<W> | null = $state.raw(null);
	/** Why the last question went unanswered, in words fit to show; '' after an answer. */
	failure = $state('');
	private busy = false;
	private waiting: { wish: W; args: GradientsArgs } | null = null;

	constructor(private readonly experiment: () => Experiment) {}

	ask(wish: W, args: GradientsArgs): void {
		if (this.busy) {
			this.waiting = { wish, args };
			return;
		}
		this.busy = true;
		this.experiment()
			.request('gradients', args)
			.then(
				(result) => {
					this.answer = { wish, result };
					this.failure = '';
				},
				(error: unknown) => {
					this.failure = error instanceof Error ? error.message : String(error);
				}
			)
			.finally(() => {
				this.busy = false;
				const next = this.waiting;
				this.waiting = null;
				if (next) this.ask(next.wish, next.args);
			});
	}
}
