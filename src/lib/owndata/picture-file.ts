/**
 * A picture file as one example: read by its own bytes like the lab's upload (charts/picture.ts),
 * decoded, its ink found, then cropped, shrunk and centred like a drawing on the pad
 * (charts/mnistify.ts), so drawn and uploaded examples look alike. Browser only.
 */
import { mnistify } from '../charts/mnistify';
import { checkPicture, checkSize, fitInside, inkFromPicture, readPictureHeader, type PictureProblem } from '../charts/picture';
import { pictureLevels } from './file-format';

/** The pad's drawing resolution: pictures are fitted to it first, as the lab's upload does. */
const PAD_SIZE = 280;

export async function pictureFromFile(file: File): Promise<{ ok: true; pixels: number[] } | { ok: false; problem: PictureProblem }> {
	const fail = (problem: PictureProblem) => ({ ok: false as const, problem });
	const early = checkPicture(file.size, null);
	if (early?.kind === 'tooLarge') return fail(early);
	const bytes = new Uint8Array(await file.arrayBuffer());
	const header = readPictureHeader(bytes);
	const found = checkPicture(bytes.length, header);
	if (found || !header) return fail(found ?? { kind: 'notPicture' });
	let bitmap: ImageBitmap;
	try {
		// The type the bytes declare, never the one the file's name claims.
		bitmap = await createImageBitmap(new Blob([bytes], { type: `image/${header.format}` }));
	} catch {
		return fail({ kind: 'notPicture' });
	}
	try {
		const tooBig = checkSize(bitmap.width, bitmap.height);
		if (tooBig) return fail(tooBig);
		const fit = fitInside(bitmap.width, bitmap.height, PAD_SIZE);
		const scratch = document.createElement('canvas');
		scratch.width = fit.width;
		scratch.height = fit.height;
		const context = scratch.getContext('2d', { willReadFrequently: true });
		if (!context) return fail({ kind: 'notPicture' });
		context.imageSmoothingQuality = 'high';
		context.drawImage(bitmap, 0, 0, fit.width, fit.height);
		const ink = inkFromPicture(context.getImageData(0, 0, fit.width, fit.height).data, fit.width, fit.height);
		if (!ink.some((v) => v > 0)) return fail({ kind: 'noDigit' });
		return { ok: true, pixels: pictureLevels(mnistify(ink, fit.width, fit.height)) };
	} finally {
		bitmap.close();
	}
}
