/**
 * A network on a task in the plane, drawn: its output, and its first hidden units' outputs, on
 * a grid across the square the page shows. Only for tasks with `plane`; read at every update so
 * the boundary moves as the model learns.
 */
import * as tf from '@tensorflow/tfjs';
import { forward, identity, type Stage } from '../architectures';
import { probabilities } from '../loss';
import { readAndDispose } from '../readback';
import type { Trainer } from '../trainer';
import type { PlaneMap } from '../types';
import { planeGrid } from '../../data/points';

export const PLANE_SIZE = 40;
export const HIDDEN_SIZE = 20;
/** Hidden units drawn per layer, and layers drawn, at most. */
export const PLANE_UNITS = 8;
export const PLANE_LAYERS = 6;

export async function probePlane(trainer: Trainer): Promise<PlaneMap | null> {
	const plane = trainer.task.plane;
	if (!plane) return null;
	const { extent } = plane;
	const classes = trainer.task.classes;
	const stages: Stage[] = [];
	const [output, ...hidden] = tf.tidy(() => {
		const fine = tf.tensor2d(planeGrid(PLANE_SIZE, extent), [PLANE_SIZE * PLANE_SIZE, 2]);
		const p = probabilities(forward(trainer.network, fine, false) as tf.Tensor2D, classes);
		const classOne = p.slice([0, classes - 1], [-1, 1]).reshape([-1]);
		const coarse = tf.tensor2d(planeGrid(HIDDEN_SIZE, extent), [HIDDEN_SIZE * HIDDEN_SIZE, 2]);
		const units: tf.Tensor[] = [];
		forward(trainer.network, coarse, false, (stage, out) => {
			if (stages.length >= PLANE_LAYERS) return;
			stages.push(stage);
			const shown = Math.min(PLANE_UNITS, out.shape[1]!);
			// units × points, so each unit's picture is one contiguous row.
			units.push(out.slice([0, 0], [-1, shown]).transpose());
		});
		return [classOne, ...units];
	});
	const shapes = hidden.map((t) => t.shape[0]);
	const values = await readAndDispose([output, ...hidden]);
	const cells = HIDDEN_SIZE * HIDDEN_SIZE;
	let offset = PLANE_SIZE * PLANE_SIZE;
	return {
		step: trainer.step,
		extent,
		size: PLANE_SIZE,
		output: values.slice(0, offset),
		hiddenSize: HIDDEN_SIZE,
		hidden: stages.map((stage, layer) => ({
			...identity(stage),
			units: Array.from({ length: shapes[layer] }, () => {
				const picture = values.slice(offset, offset + cells);
				offset += cells;
				return picture;
			})
		}))
	};
}
