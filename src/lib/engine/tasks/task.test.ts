import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { pixelInputs } from './task';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

describe('pixelInputs', () => {
	it('scales 0..255 pixels to 0..1 floats, one row an example', async () => {
		const pixels = Uint8Array.from([0, 51, 255, 102, 204, 1]);
		const inputs = pixelInputs(pixels, 2);
		expect(inputs.shape).toEqual([2, 3]);
		expect(inputs.dtype).toBe('float32');
		const values = Array.from(await inputs.data());
		[0, 0.2, 1, 0.4, 0.8, 1 / 255].forEach((v, i) => expect(values[i]).toBeCloseTo(v, 6));
		inputs.dispose();
	});
});
