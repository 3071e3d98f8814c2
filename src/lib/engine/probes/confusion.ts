/**
 * The confusion matrix: every test example counted by its right answer and the model's answer.
 * The evaluation counts it in its own forward pass (Trainer.evaluate), so its diagonal is exactly
 * the accuracy reported with it; this probe runs after the test probe and takes that count.
 */
import type { Trainer } from '../trainer';
import type { ConfusionMatrix } from '../types';

export async function probeConfusion(trainer: Trainer): Promise<ConfusionMatrix> {
	const latest = trainer.latestConfusion;
	if (latest && latest.step === trainer.step) return latest;
	// Asked on its own (no evaluation at this step yet): evaluate now.
	await trainer.evaluate();
	return trainer.latestConfusion!;
}
