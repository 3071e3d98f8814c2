import { expect, it } from 'vitest';
import type { Command } from '../worker/protocol';
import { DrawingPrediction } from './drawing.svelte';

it('asks for the latest drawing, keeps only the latest answer, and forgets a cleared drawing', () => {
	const sent: Command[] = [];
	const drawing = new DrawingPrediction((command) => sent.push(command));
	const pixels = new Float32Array(784);
	drawing.ask(pixels, false);
	expect(sent).toEqual([]);
	drawing.refresh();
	drawing.refresh();
	expect(sent.map((c) => c.type === 'predict' && c.id)).toEqual([1, 2]);
	drawing.receive(1, [1, 0]);
	expect(drawing.probabilities).toBeNull();
	drawing.receive(2, [0, 1]);
	expect(drawing.probabilities).toEqual([0, 1]);
	drawing.clear();
	drawing.refresh();
	drawing.receive(2, [1, 0]);
	expect([drawing.probabilities, sent.length]).toEqual([null, 2]);
});
