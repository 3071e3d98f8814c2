import { describe, expect, it } from 'vitest';
import { pictureRgba } from './node-picture';

const pixel = (rgba: Uint8ClampedArray, i: number) => Array.from(rgba.slice(i * 4, i * 4 + 4));

describe('a unit’s picture', () => {
	it('scales to its own largest output: the extreme is full colour, the centre white', () => {
		const rgba = pictureRgba({ size: 2, values: [-0.2, 0, 0.1, 0.05] });
		expect(pixel(rgba, 0)).toEqual([33, 102, 172, 255]);
		expect(pixel(rgba, 1)).toEqual([255, 255, 255, 255]);
		// Half of the largest distance: half-way from white to red.
		expect(pixel(rgba, 2)).toEqual([217, 140, 149, 255]);
	});

	it('takes a centre and a fixed scale, as a probability drawn around 0.5', () => {
		const rgba = pictureRgba({ size: 1, values: [1], centre: 0.5, scale: 0.5 });
		expect(pixel(rgba, 0)).toEqual([178, 24, 43, 255]);
	});

	it('draws a flat picture white rather than failing', () => {
		const rgba = pictureRgba({ size: 2, values: [0, 0, 0, 0] });
		expect(pixel(rgba, 3)).toEqual([255, 255, 255, 255]);
	});
});
