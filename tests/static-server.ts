/**
 * A tiny static file server for a build made for a sub-path: `<base>/x` is served from
 * `<dir>/x`, `<dir>/x.html` or `<dir>/x/index.html`, as a plain host (nginx's try_files, GitHub
 * Pages) would; anything else gets the build's 404.html with status 404.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.txt': 'text/plain; charset=utf-8',
	'.bin': 'application/octet-stream'
};

async function isFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

export interface StaticServer {
	/** The site's address, e.g. http://127.0.0.1:41234/step-one/ */
	url: string;
	origin: string;
	/** Changes a file on its way out (a test plays a new version this way); none by default. */
	transform: ((pathname: string, body: Buffer) => Buffer) | null;
	close(): Promise<void>;
}

export async function serveBuild(dir: string, base: string): Promise<StaticServer> {
	const root = normalize(dir);
	let transform: StaticServer['transform'] = null;
	const server = createServer(async (request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
		let file: string | null = null;
		if (pathname === base || pathname.startsWith(`${base}/`)) {
			const inside = normalize(join(root, pathname.slice(base.length)));
			if (inside === root || inside.startsWith(root + sep)) {
				for (const candidate of [inside, `${inside}.html`, join(inside, 'index.html')]) {
					if (await isFile(candidate)) {
						file = candidate;
						break;
					}
				}
			}
		}
		const status = file ? 200 : 404;
		file ??= join(root, '404.html');
		response.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		const body = await readFile(file);
		response.end(transform ? transform(pathname, body) : body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		url: `${origin}${base}/`,
		origin,
		get transform() {
			return transform;
		},
		set transform(next) {
			transform = next;
		},
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
