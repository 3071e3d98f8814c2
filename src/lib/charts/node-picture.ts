/**
 * A unit's output across the plane as a small picture: blue below `centre`, white at it, red above,
 * full colour at ±`scale` from it (by default the picture's own largest distance, so even a unit
 * whose outputs barely vary shows its shape).
 */
import { divergingRgb } from './diverging';

export interface NodePicture {
	/** Grid points on each side; `values` holds size × size of them, rows from the top. */
	size: number;
	values: ArrayLike<number>;
	/** The value drawn white; 0 by default. */
	centre?: number;
	/** Distance from `centre` drawn in full colour; by default the largest in the picture. */
	scale?: number;
}

/** RGBA bytes of the picture, for an ImageData of size × size. */
export function pictureRgba(picture: NodePicture): Uint8ClampedArray<ArrayBuffer> {
	const { size, values, centre = 0 } = picture;
	const count = size * size;
	let scale = picture.scale ?? 0;
	if (picture.scale === undefined) {
		for (let i = 0; i < count; i++) {
			const distance = Math.abs(values[i] - centre);
			if (distance > scale && Number.isFinite(distance)) scale = distance;
		}
	}
	const rgba = new Uint8ClampedArray(count * 4);
	for (let i = 0; i < count; i++) {
		rgba.set([...divergingRgb(values[i] - centre, scale), 255], i * 4);
	}
	return rgba;
}
