/** A tiny synthetic task for tests: points in the plane around one centre per class. */
import { createRandom } from '../data/random';
import { examplesFromArrays, type Dataset, type Task } from '../engine/tasks/task';

export const pointsTask: Task = {
	id: 'points',
	inputShape: [2],
	classes: 3,
	evaluation: { chunk: 100, trainCount: 300, probeCount: 64, galleryCount: 0 }
};

/** `count` points, a third per class, spread ±0.6 around centres 2 apart on a circle. */
function points(count: number, random: () => number): { inputs: Float32Array; labels: Uint8Array } {
	const inputs = new Float32Array(count * 2);
	const labels = new Uint8Array(count);
	for (let i = 0; i < count; i++) {
		const label = i % pointsTask.classes;
		const angle = (2 * Math.PI * label) / pointsTask.classes;
		inputs[2 * i] = 2 * Math.cos(angle) + (random() - 0.5) * 1.2;
		inputs[2 * i + 1] = 2 * Math.sin(angle) + (random() - 0.5) * 1.2;
		labels[i] = label;
	}
	return { inputs, labels };
}

export function pointsDataset(seed: number, trainCount = 600, testCount = 300): Dataset {
	const random = createRandom(seed);
	const train = points(trainCount, random);
	const test = points(testCount, random);
	return {
		task: pointsTask,
		train: examplesFromArrays(pointsTask, train.inputs, train.labels),
		test: examplesFromArrays(pointsTask, test.inputs, test.labels)
	};
}
