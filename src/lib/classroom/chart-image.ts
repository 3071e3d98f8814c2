/**
 * A figure's drawing as a file for slides. The drawing is each plot's svg (PlotFrame's), any other
 * svg wider than an icon (a colour scale) and every canvas in the figure, placed as on the page;
 * the caption, help, the words of a legend and the table are left out.
 * The charts' look comes from stylesheets a standalone file does not have, so each svg element
 * gets its computed paint and type inlined. SVG: the svgs as vectors, a canvas as an embedded
 * picture, the caption as <title>. PNG: all of it drawn at twice the size on a canvas.
 */

/** The properties that decide how an svg element looks; the stylesheet values are copied onto it. */
const STYLE_PROPERTIES = [
	'display',
	'visibility',
	'opacity',
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linecap',
	'stroke-linejoin',
	'paint-order',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'font-variant-numeric',
	'letter-spacing',
	'text-anchor',
	'dominant-baseline'
];

/** Properties children do not inherit, with their initial values: written only where they differ from these. */
const NOT_INHERITED: Record<string, string> = { display: 'inline', opacity: '1', 'dominant-baseline': 'auto' };

/** Narrower svgs outside a plot (icons, legend swatches) are left out. */
const MIN_SVG_WIDTH = 60;

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

interface Piece {
	element: SVGSVGElement | HTMLCanvasElement;
	x: number;
	y: number;
	width: number;
	height: number;
}

interface Drawing {
	pieces: Piece[];
	width: number;
	height: number;
	background: string;
}

/** Whether the figure holds anything to save (a figure may be drawn in HTML alone, e.g. a grid of buttons). */
export function hasDrawing(figure: HTMLElement): boolean {
	return drawingElements(figure).length > 0;
}

function drawingElements(figure: HTMLElement): (SVGSVGElement | HTMLCanvasElement)[] {
	return [...figure.querySelectorAll<SVGSVGElement | HTMLCanvasElement>('svg, canvas')].filter(
		(element) =>
			!element.closest('figcaption, details, button') &&
			!element.parentElement?.closest('svg') &&
			// Icons and legend swatches mean nothing without the words beside them; a colour scale does.
			(element instanceof HTMLCanvasElement || element.matches('.chart-plot > svg') || element.getBoundingClientRect().width >= MIN_SVG_WIDTH)
	);
}

/** The figure's svgs and canvases in document order (a plot's canvas layer lies under its svg), placed in one box. */
function drawing(figure: HTMLElement): Drawing {
	const boxes = drawingElements(figure).map((element) => ({ element, box: element.getBoundingClientRect() })).filter(({ box }) => box.width > 0 && box.height > 0);
	if (boxes.length === 0) throw new Error('This figure has nothing drawn yet.');
	const left = Math.min(...boxes.map(({ box }) => box.left));
	const top = Math.min(...boxes.map(({ box }) => box.top));
	const right = Math.max(...boxes.map(({ box }) => box.right));
	const bottom = Math.max(...boxes.map(({ box }) => box.bottom));
	const pieces = boxes.map(({ element, box }) => ({ element, x: box.left - left, y: box.top - top, width: box.width, height: box.height }));
	return { pieces, width: Math.ceil(right - left), height: Math.ceil(bottom - top), background: backgroundOf(figure) };
}

/** The colour the figure is seen on: its own background, or the nearest one behind it. */
function backgroundOf(element: Element): string {
	for (let at: Element | null = element; at; at = at.parentElement) {
		const colour = getComputedStyle(at).backgroundColor;
		if (colour && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) return colour;
	}
	return '#ffffff';
}

/** A copy of the svg with its computed look inlined and the page's own classes and roles removed. */
function inlinedCopy(svg: SVGSVGElement): SVGSVGElement {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [copy, ...copy.querySelectorAll('*')];
	const computedOf = new Map(originals.map((element) => [element, getComputedStyle(element)]));
	originals.forEach((original, i) => {
		const computed = computedOf.get(original)!;
		const parent = original === svg ? undefined : computedOf.get(original.parentElement!);
		// Written where it matters, so the file stays small: the root gets everything, a child what it changes.
		const declarations = STYLE_PROPERTIES.flatMap((property) => {
			const value = computed.getPropertyValue(property);
			const inherited = property in NOT_INHERITED ? NOT_INHERITED[property] : parent?.getPropertyValue(property);
			return original === svg || value !== inherited ? [`${property}:${value}`] : [];
		});
		const target = copies[i];
		if (declarations.length > 0) target.setAttribute('style', declarations.join(';'));
		else target.removeAttribute('style');
		for (const name of ['class', 'role', 'aria-hidden', 'aria-label', 'aria-labelledby', 'tabindex']) target.removeAttribute(name);
	});
	return copy;
}

/**
 * The root of a new svg file, in a document of its own: nothing in it loads (the page's policy
 * would refuse an embedded picture's data: address if it did) until the file is opened.
 */
function svgRoot(width: number, height: number, viewWidth = width, viewHeight = height): SVGSVGElement {
	const root = document.implementation.createDocument(SVG_NS, 'svg', null).documentElement as unknown as SVGSVGElement;
	// The svg namespace is written by the serialiser itself; the xlink one is declared for embedded pictures.
	root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:xlink', XLINK_NS);
	root.setAttribute('width', String(width));
	root.setAttribute('height', String(height));
	root.setAttribute('viewBox', `0 0 ${viewWidth} ${viewHeight}`);
	return root;
}

function place(element: Element, piece: Piece): void {
	element.setAttribute('x', String(piece.x));
	element.setAttribute('y', String(piece.y));
	element.setAttribute('width', String(piece.width));
	element.setAttribute('height', String(piece.height));
}

function serialise(root: SVGSVGElement): string {
	return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(root);
}

/** The figure's drawing as a standalone SVG file, titled with its caption. */
export function chartSvg(figure: HTMLElement, caption: string): Blob {
	const { pieces, width, height, background } = drawing(figure);
	const root = svgRoot(width, height);
	const file = root.ownerDocument;
	const title = file.createElementNS(SVG_NS, 'title');
	title.textContent = caption;
	const backdrop = file.createElementNS(SVG_NS, 'rect');
	backdrop.setAttribute('width', '100%');
	backdrop.setAttribute('height', '100%');
	backdrop.setAttribute('fill', background);
	root.append(title, backdrop);
	for (const piece of pieces) {
		if (piece.element instanceof HTMLCanvasElement) {
			// A canvas has no vectors: its pixels go in as a picture, inside the file itself.
			const image = file.createElementNS(SVG_NS, 'image');
			place(image, piece);
			image.setAttribute('preserveAspectRatio', 'none');
			image.setAttributeNS(XLINK_NS, 'xlink:href', piece.element.toDataURL('image/png'));
			root.append(image);
		} else {
			const copy = file.importNode(inlinedCopy(piece.element), true);
			place(copy, piece);
			root.append(copy);
		}
	}
	return new Blob([serialise(root)], { type: 'image/svg+xml' });
}

/** The figure's drawing as a PNG at `scale` times its size on the page. */
export async function chartPng(figure: HTMLElement, scale = 2): Promise<Blob> {
	const { pieces, width, height, background } = drawing(figure);
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('This browser cannot draw the picture.');
	context.scale(scale, scale);
	context.fillStyle = background;
	context.fillRect(0, 0, width, height);
	for (const piece of pieces) {
		const source = piece.element instanceof HTMLCanvasElement ? piece.element : await svgPicture(piece, scale);
		context.drawImage(source, piece.x, piece.y, piece.width, piece.height);
	}
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made.'))), 'image/png')
	);
}

/** One svg as a picture at `scale` times its size, so the PNG's lines and type stay sharp. */
async function svgPicture(piece: Piece, scale: number): Promise<HTMLImageElement> {
	const root = svgRoot(piece.width * scale, piece.height * scale, piece.width, piece.height);
	const copy = root.ownerDocument.importNode(inlinedCopy(piece.element as SVGSVGElement), true);
	place(copy, { ...piece, x: 0, y: 0 });
	root.append(copy);
	const url = URL.createObjectURL(new Blob([serialise(root)], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		return image;
	} finally {
		URL.revokeObjectURL(url);
	}
}
