/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Keeps the whole site in this browser after one visit, so a classroom with poor Wi-Fi (or
 * none) still loads every page and trains. One cache per build `version`: everything the site
 * needs is fetched at install, all or nothing; the new version takes over once it is complete,
 * and the old caches are deleted then, so pages and assets always come from one version.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { OFFLINE_QUESTION, OFFLINE_READY, type OfflineAnswer } from './lib/offline/messages';

const worker = self as unknown as ServiceWorkerGlobalScope;
// Other sites (or another copy of this one) may share the origin: each copy names its caches
// after its own path and clears only those.
const PREFIX = `step-one:${base}/:`;
const CACHE = `${PREFIX}${version}`;

// Every browser with service workers reads WOFF2, so KaTeX's WOFF and TTF copies would only
// double the download on a school's network.
const needed = (path: string) => !/\.(woff|ttf)$/.test(path);

/** The one key a page is cached under, whatever address reached it ("/step-one" or "/step-one/"). */
function pageKey(pathname: string): string {
	return pathname === base ? `${base}/` : pathname;
}

const PRECACHE = [...new Set([...build.filter(needed), ...files, ...prerendered.map(pageKey)])];
const PRECACHED = new Set(PRECACHE);

/** A copy of `response` that is not marked as redirected (a browser refuses those for a page). */
async function plain(response: Response): Promise<Response> {
	if (!response.redirected) return response;
	return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function precache(): Promise<void> {
	const cache = await caches.open(CACHE);
	await Promise.all(
		PRECACHE.map(async (path) => {
			// Pages and static files keep their names across versions: past the HTTP cache, so
			// a new version never stores an old copy of them.
			const response = await fetch(path, { cache: 'no-cache' });
			if (!response.ok) throw new Error(`${path}: ${response.status}`);
			await cache.put(path, await plain(response));
		})
	);
}

async function isComplete(): Promise<boolean> {
	// A development server lists no build files and keeps no pages: nothing to promise offline.
	if (build.length === 0 || !(await caches.has(CACHE))) return false;
	const cache = await caches.open(CACHE);
	const held = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
	return PRECACHE.every((path) => held.has(path));
}

worker.addEventListener('install', (event) => {
	// A failed download fails the install, and the version already here goes on serving.
	event.waitUntil(precache().then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
			await worker.clients.claim();
		})()
	);
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin) return;
	// Settings ride in the query (?backend=wasm); the page itself is the same file.
	const key = pageKey(url.pathname);
	if (!PRECACHED.has(key)) return;
	event.respondWith(
		(async () => {
			const cached = await (await caches.open(CACHE)).match(key);
			return cached ?? fetch(request);
		})()
	);
});

worker.addEventListener('message', (event) => {
	if (event.data !== OFFLINE_QUESTION) return;
	event.waitUntil(
		isComplete().then((ready) => {
			const answer: OfflineAnswer = { type: OFFLINE_READY, ready };
			(event.source as Client | null)?.postMessage(answer);
		})
	);
});
