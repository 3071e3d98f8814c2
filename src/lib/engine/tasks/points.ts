/** A point set in the plane as a task: two numbers in, two classes out (one logit). */
import { EXTENT, pointSet, type PointSetId } from '../../data/points';
import { examplesFromArrays, type Dataset, type Task } from './task';

export function pointsTask(id: PointSetId): Task {
	return {
		id,
		inputShape: [2],
		classes: 2,
		evaluation: { chunk: 400, trainCount: 400, probeCount: 64, galleryCount: 0 },
		plane: { extent: EXTENT }
	};
}

export function pointsDataset(id: PointSetId): Dataset {
	const task = pointsTask(id);
	const { train, test } = pointSet(id);
	return {
		task,
		train: examplesFromArrays(task, train.xy, train.labels),
		test: examplesFromArrays(task, test.xy, test.labels)
	};
}
