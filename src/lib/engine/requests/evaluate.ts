/**
 * The run's model measured now, exactly as the worker's own evaluation does it (every test
 * example, and up to 2,000 training examples, without dropout). The worker evaluates about once
 * a second; a page whose epochs pass in a fraction of a second (the overfitting page, on 100
 * digits) asks for more points in between.
 */
import type { Trainer } from '../trainer';
import type { TestPoint } from '../types';

export type EvaluateArgs = Record<string, never>;

export function evaluate(trainer: Trainer): Promise<TestPoint> {
	return trainer.evaluate();
}
