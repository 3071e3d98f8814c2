/**
 * A QR code as SVG path data, drawn by the page itself (no image URL: the CSP allows images
 * from this site only). Error correction M survives a smudged projector or a phone at an angle
 * while keeping long addresses to a size a camera can still read from the back of a room.
 */
import QRCode from 'qrcode';

/** Light modules around the symbol on every side, as the QR standard asks, so scanners find its edge. */
export const QUIET_ZONE = 4;

export interface QrDrawing {
	/** Modules per side of the symbol itself. */
	modules: number;
	/** Modules per side with the quiet zone: the SVG's viewBox is `0 0 side side`. */
	side: number;
	/** One closed rectangle per run of dark modules in a row, in viewBox units. */
	path: string;
}

/** The QR code of `text`, or null when it holds too much for any QR code at level M. */
export function qrDrawing(text: string): QrDrawing | null {
	let symbol: QRCode.QRCode;
	try {
		symbol = QRCode.create(text, { errorCorrectionLevel: 'M' });
	} catch {
		return null;
	}
	const { size, data } = symbol.modules;
	return { modules: size, side: size + 2 * QUIET_ZONE, path: darkRuns(size, (row, col) => data[row * size + col] === 1) };
}

/**
 * Path data for the dark modules of a size×size grid, offset by the quiet zone. Runs along a row
 * become one rectangle: a tenth of the path a square per module would need, and no hairline seams
 * between neighbours when the browser scales it.
 */
export function darkRuns(size: number, dark: (row: number, col: number) => boolean): string {
	const parts: string[] = [];
	for (let row = 0; row < size; row++) {
		let col = 0;
		while (col < size) {
			if (!dark(row, col)) {
				col++;
				continue;
			}
			const start = col;
			while (col < size && dark(row, col)) col++;
			const width = col - start;
			parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${width}v1h-${width}z`);
		}
	}
	return parts.join('');
}
