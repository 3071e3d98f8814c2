/** Which of the first units each dropout stage kept at the latest step; null without dropout. */
import { dropoutMasks } from '../architectures';
import type { Trainer } from '../trainer';
import type { DropoutMask } from '../types';

export async function probeDropout(trainer: Trainer): Promise<DropoutMask | null> {
	const masks = dropoutMasks(trainer.network);
	if (masks.length === 0) return null;
	const values = await Promise.all(masks.map((m) => m.data()));
	return { step: trainer.step, layers: values.map((v) => Array.from(v, (kept) => kept !== 0)) };
}
