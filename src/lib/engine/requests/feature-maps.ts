/**
 * Inside a convolutional network (the CNN page): its first layer's learned filters, and what each
 * convolution stage makes of one test digit (its maps after the activation, before pooling). The
 * digit is the one evaluations see, so moved when the test digits are.
 */
import * as tf from '@tensorflow/tfjs';
import { forward, kernelOf } from '../architectures';
import { probabilities } from '../loss';
import type { Trainer } from '../trainer';

export interface FeatureMapsArgs {
	/** Which test digit, from 0. */
	index: number;
}

/** Square pictures of one size, `count` of them, each row-major. */
export interface Tiles {
	side: number;
	count: number;
	values: number[];
}

export interface FeatureMaps {
	index: number;
	label: number;
	/** The digit as the network saw it, 0..1. */
	pixels: Tiles;
	/** The first convolution's filters, one tile each (the first input channel's weights). */
	filters: Tiles;
	/** Each convolution stage's maps for the digit, after its activation and before pooling. */
	maps: (Tiles & { stage: string })[];
	/** The model's class probabilities for the digit. */
	probabilities: number[];
	step: number;
}

/** [height, width, channels] of one example → channels tiles of height × width (channels last → tile by tile). */
function tilesOf(t: tf.Tensor): tf.Tensor {
	return tf.transpose(t.reshape(t.shape.slice(-3)), [2, 0, 1]).reshape([-1]);
}

export async function featureMaps(trainer: Trainer, { index }: FeatureMapsArgs): Promise<FeatureMaps> {
	const test = trainer.testExamples();
	if (!Number.isInteger(index) || index < 0 || index >= test.count) {
		throw new Error(`Pick a test example from 0 to ${test.count - 1}.`);
	}
	const { stages } = trainer.network;
	const convolutions = stages.filter((s) => s.kind === 'conv');
	if (convolutions.length === 0 || trainer.task.inputShape.length !== 3) throw new Error('This network has no convolutions to look inside.');
	const [side, , channels] = trainer.task.inputShape;
	const kernel = kernelOf(convolutions[0]);
	const [kernelSide, , , filterCount] = kernel.shape;
	const shapes: number[][] = [];
	const tensors = tf.tidy(() => {
		const x = test.inputs.slice([index, 0], [1, side * side * channels]);
		const outputs: tf.Tensor[] = [
			x,
			test.labels.slice([index], [1]).toFloat(),
			// [k, k, 1, filters] → the first channel's k×k weights of each filter.
			tf.transpose(kernel.slice([0, 0, 0, 0], [kernelSide, kernelSide, 1, filterCount]).reshape([kernelSide, kernelSide, filterCount]), [2, 0, 1]).reshape([-1])
		];
		let h: tf.Tensor = x;
		for (const stage of stages) {
			if (stage.kind !== 'conv') break;
			// The stage's convolution and activation, without its pooling: the map as it is made.
			const [conv, activation] = stage.layers;
			const input = h.rank === 2 ? h.reshape([1, side, side, channels]) : h;
			const map = activation.apply(conv.apply(input)) as tf.Tensor;
			shapes.push(map.shape);
			outputs.push(tilesOf(map));
			h = stage.apply(h, false).output;
		}
		outputs.push(probabilities(forward(trainer.network, x, false) as tf.Tensor2D, trainer.task.classes).reshape([-1]));
		return outputs;
	});
	const values = await Promise.all(tensors.map((t) => t.data()));
	tf.dispose(tensors);
	const list = (i: number) => Array.from(values[i]);
	return {
		index,
		label: values[1][0],
		pixels: { side, count: 1, values: list(0) },
		filters: { side: kernelSide, count: filterCount, values: list(2) },
		maps: shapes.map((shape, i) => ({ stage: convolutions[i].name, side: shape[1], count: shape[3], values: list(3 + i) })),
		probabilities: list(3 + shapes.length),
		step: trainer.step
	};
}
