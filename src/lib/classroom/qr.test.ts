import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { darkRuns, qrDrawing, type QrDrawing } from './qr';

/** The rectangles of a path from `darkRuns`: [x, y, width], in modules. */
function runs(path: string): [number, number, number][] {
	return [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)].map((m) => {
		expect(m[3]).toBe(m[4]);
		return [Number(m[1]), Number(m[2]), Number(m[3])];
	});
}

/** Paints a drawing as a scanner would see it: white paper, black runs, `scale` pixels a module. */
function paint(drawing: QrDrawing, scale: number): { pixels: Uint8ClampedArray; width: number } {
	const width = drawing.side * scale;
	const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
	for (const [x, y, w] of runs(drawing.path)) {
		for (let py = y * scale; py < (y + 1) * scale; py++) {
			for (let px = x * scale; px < (x + w) * scale; px++) pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
		}
	}
	return { pixels, width };
}

describe('darkRuns', () => {
	it.each([
		['nothing dark', 2, [], ''],
		['one module', 2, [[0, 1]], 'M5 4h1v1h-1z'],
		['a run along a row is one rectangle', 3, [[1, 0], [1, 1], [1, 2]], 'M4 5h3v1h-3z'],
		['a gap splits a run; a column is one per row', 3, [[0, 0], [0, 2], [1, 0]], 'M4 4h1v1h-1zM6 4h1v1h-1zM4 5h1v1h-1z']
	] as [string, number, [number, number][], string][])('%s', (_name, size, dark, path) => {
		const on = new Set(dark.map(([r, c]) => `${r},${c}`));
		expect(darkRuns(size, (r, c) => on.has(`${r},${c}`))).toBe(path);
	});
});

describe('qrDrawing', () => {
	const address = 'https://example.org/step-one/concepts/learning-rate?lr=0.3&width=64&seed=42&cmp=1&b.lr=0.003';

	it('draws a code that a scanner reads back as the address', () => {
		const drawing = qrDrawing(address)!;
		const { pixels, width } = paint(drawing, 4);
		expect(jsQR(pixels, width, width)?.data).toBe(address);
	});

	it('reads back Chinese text too (bytes, not just ASCII)', () => {
		const text = 'https://example.org/?挑战=学习率';
		const { pixels, width } = paint(qrDrawing(text)!, 4);
		expect(jsQR(pixels, width, width)?.data).toBe(text);
	});

	it('leaves a quiet zone of four light modules on every side', () => {
		const drawing = qrDrawing(address)!;
		expect(drawing.side).toBe(drawing.modules + 8);
		const placed = runs(drawing.path);
		// The finder patterns reach every edge of the symbol, so the dark modules span 4 .. side − 4.
		expect(Math.min(...placed.map(([x]) => x))).toBe(4);
		expect(Math.min(...placed.map(([, y]) => y))).toBe(4);
		expect(Math.max(...placed.map(([x, , w]) => x + w))).toBe(drawing.side - 4);
		expect(Math.max(...placed.map(([, y]) => y + 1))).toBe(drawing.side - 4);
	});

	it('uses error correction M: 14 bytes fit the smallest code, 15 do not (level L would hold 17)', () => {
		expect(qrDrawing('a'.repeat(14))!.modules).toBe(21);
		expect(qrDrawing('a'.repeat(15))!.modules).toBe(25);
	});

	it('gives null, not a throw, for text no QR code can hold', () => {
		expect(qrDrawing('x'.repeat(3000))).toBeNull();
	});
});
