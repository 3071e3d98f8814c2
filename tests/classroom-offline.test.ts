import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { CONCEPT_PAGES } from '../src/lib/concepts/pages';
import { en } from '../src/lib/i18n/en';
import { statusStep } from './a11y';
import { expect, test } from './fixtures';
import { serveBuild } from './static-server';

// The rest of the suite runs without service workers (playwright.config.ts); these tests are about one.
test.use({ serviceWorkers: 'allow' });

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Every file a build wrote, as the path the site asks for it by (pages without .html). */
function siteFiles(dir: string): string[] {
	const walk = (folder: string): string[] =>
		readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
			entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)]
		);
	return walk(dir).map((file) => {
		const path = `/${relative(dir, file).split(sep).join('/')}`;
		return path === '/index.html' ? '/' : path.replace(/\.html$/, '');
	});
}

/** Trains on the page's one experiment until its step has grown past `steps`, then pauses. */
async function trainPast(page: Page, steps: number): Promise<void> {
	await expect(button(page, en['control.train'])).toBeEnabled({ timeout: 30_000 });
	await expect(page.getByRole('status')).toContainText('WASM');
	await button(page, en['control.train']).click();
	await expect.poll(() => statusStep(page), { timeout: 30_000 }).toBeGreaterThan(steps);
	await button(page, en['control.pause']).click();
}

test('after one visit, the lab and a concept page load and train with the network cut', async ({ page, context }) => {
	const started = Date.now();
	await page.goto('/mnist?backend=wasm');
	const note = page.getByTestId('offline-note');
	await expect(note).toHaveText(en['offline.ready'], { timeout: 30_000 });
	test.info().annotations.push({ type: 'seconds until the offline copy was ready', description: String((Date.now() - started) / 1000) });

	// Every page and file of the build is in this version's cache, but what only a host needs (the
	// 404 fallback, dotfiles) and the fonts no browser with service workers reads (KaTeX's WOFF and
	// TTF beside its WOFF2).
	const cached = await page.evaluate(async () => {
		const names = await caches.keys();
		const cache = await caches.open(names[0]);
		return { names, paths: (await cache.keys()).map((request) => new URL(request.url).pathname) };
	});
	expect(cached.names).toHaveLength(1);
	const needed = siteFiles('build').filter(
		(path) => !/\.(woff|ttf)$|\/\./.test(path) && !['/404', '/service-worker.js', '/_app/version.json'].includes(path)
	);
	expect(needed.filter((path) => path.endsWith('.wasm'))).toHaveLength(3);
	expect(needed).toContain('/data/mnist-digits.bin');
	expect(needed.filter((path) => !cached.paths.includes(path))).toEqual([]);

	await context.setOffline(true);
	const fromNetwork: string[] = [];
	context.on('requestfinished', async (request) => {
		const response = await request.response();
		if (response && !response.fromServiceWorker()) fromNetwork.push(request.url());
	});
	context.on('requestfailed', (request) => fromNetwork.push(`${request.url()} (failed)`));

	await page.goto('/mnist?backend=wasm');
	await expect(note).toHaveText(en['offline.using']);
	await trainPast(page, 3);

	await page.goto('/concepts/learning-rate?backend=wasm');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// The formulas are set in KaTeX's own fonts, from the cache.
	await expect(page.locator('.katex').first()).toBeVisible();
	const katexFont = await page.evaluate(async () => {
		await document.fonts.ready;
		return [...document.fonts].some((font) => font.family.includes('KaTeX') && font.status === 'loaded');
	});
	expect(katexFont).toBe(true);
	await trainPast(page, 3);
	// The pages, their code, the worker, the WASM binary and the digits all came from the cache.
	expect(fromNetwork).toEqual([]);
});

const SUBPATH_BUILD = 'build-step-one';

test('a new version replaces the offline copy whole, and the old copy is deleted', async ({ page }) => {
	expect(existsSync(join(SUBPATH_BUILD, 'index.html')), `${SUBPATH_BUILD}/ is made by npm run build:subpath`).toBe(true);
	const server = await serveBuild(SUBPATH_BUILD, '/step-one');
	const cacheNames = () => page.evaluate(() => caches.keys());
	try {
		await page.goto(server.url);
		const note = page.getByTestId('offline-note');
		await expect(note).toHaveText(en['offline.ready'], { timeout: 30_000 });
		const { version } = JSON.parse(readFileSync(join(SUBPATH_BUILD, '_app/version.json'), 'utf8')) as { version: string };
		expect(await cacheNames()).toEqual([`step-one:/step-one/:${version}`]);

		// The server now has a new build: the same files under a new version.
		server.transform = (pathname, body) =>
			pathname.endsWith('/service-worker.js') ? Buffer.from(body.toString('utf8').replaceAll(version, `${version}-next`)) : body;
		await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
		await expect.poll(cacheNames, { timeout: 30_000 }).toEqual([`step-one:/step-one/:${version}-next`]);
		// The next visit is the new version, served whole from its own copy.
		const response = await page.reload();
		expect(response?.fromServiceWorker()).toBe(true);
		await expect(note).toHaveText(en['offline.ready']);
	} finally {
		await server.close();
	}
});

test('built for /step-one/ and served under it, every page trains (your own data on the sample table) and asks for nothing outside that path', async ({ page, context, consoleErrors }) => {
	test.setTimeout(120_000);
	expect(existsSync(join(SUBPATH_BUILD, 'index.html')), `${SUBPATH_BUILD}/ is made by npm run build:subpath`).toBe(true);
	const server = await serveBuild(SUBPATH_BUILD, '/step-one');
	const requests: string[] = [];
	// The context sees the training worker's and the service worker's requests as well as the page's.
	context.on('request', (request) => requests.push(request.url()));
	try {
		await page.goto(server.url);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// Every link on the home page stays inside the site's path.
		const links = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
		expect(links.length).toBeGreaterThan(CONCEPT_PAGES.length);
		const inside = new RegExp(`^${server.origin}/step-one([/?#]|$)`);
		expect(links.filter((href) => !inside.test(href))).toEqual([]);

		// Three tabs at a time: each page starts its own worker, and most of a page's time is waiting.
		const queue = ['mnist', ...CONCEPT_PAGES.map((concept) => `concepts/${concept.slug}`)];
		const tabs = [page, await context.newPage(), await context.newPage()];
		for (const tab of tabs.slice(1)) {
			tab.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
			tab.on('pageerror', (error) => consoleErrors.push(error.message));
		}
		const stepped: string[] = [];
		await Promise.all(
			tabs.map(async (tab) => {
				for (let path = queue.shift(); path; path = queue.shift()) {
					await tab.goto(`${server.url}${path}?backend=wasm`);
					const step = button(tab, en['control.step']);
					await expect(step, path).toBeEnabled({ timeout: 30_000 });
					await step.click();
					await expect.poll(() => statusStep(tab), { message: path }).toBe(1);
					await expect(tab.getByRole('status'), path).toContainText('WASM');
					stepped.push(path);
				}
			})
		);
		expect(stepped).toHaveLength(1 + CONCEPT_PAGES.length);
		// Your own data: the sample table ships with the site and follows its path too.
		await page.goto(`${server.url}your-data?backend=wasm`);
		await page.getByLabel(en['owndata.kind.table']).check();
		await page.getByRole('button', { name: en['owndata.table.sample'], exact: true }).click();
		await expect(button(page, en['control.step'])).toBeEnabled({ timeout: 30_000 });
		await button(page, en['control.step']).click();
		await expect.poll(() => statusStep(page)).toBe(1);
		// The service worker lives under the path too, and looks after only that path.
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(scope).toBe(server.url);
	} finally {
		await server.close();
	}
	expect(requests.some((url) => url.endsWith('.wasm'))).toBe(true);
	expect(requests.some((url) => url.includes('/data/mnist-digits.bin'))).toBe(true);
	expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
});
