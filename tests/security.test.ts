import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CONCEPT_PAGES } from '../src/lib/concepts/pages';
import { PARAMS } from '../src/lib/url/params';
import { expect, test } from './fixtures';

const BUILD = 'build';

/** Every HTML file the build wrote, the 404 fallback included. */
function builtPages(dir = BUILD): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return path === join(BUILD, '_app') ? [] : builtPages(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** The text of a page's <meta http-equiv="content-security-policy">. */
function policyText(html: string): string | null {
	const match = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
	return match && match[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** A page's policy as directive → sources. */
function policyOf(html: string): Map<string, string[]> | null {
	const text = policyText(html);
	if (text === null) return null;
	return new Map(
		text
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name, ...sources]) => [name, sources])
	);
}

test('every built page carries a strict Content-Security-Policy', () => {
	const pages = builtPages();
	expect(pages).toContain(join(BUILD, '404.html'));
	expect(pages.length).toBeGreaterThanOrEqual(3 + CONCEPT_PAGES.length);
	for (const file of pages) {
		const html = readFileSync(file, 'utf8');
		const policy = policyOf(html);
		expect(policy, `${file} has a CSP meta tag`).not.toBeNull();
		const directives = policy!;
		const all = [...directives.values()].flat();
		expect(all, file).not.toContain("'unsafe-eval'");
		const scripts = directives.get('script-src') ?? [];
		expect(scripts, file).not.toContain("'unsafe-inline'");
		expect(scripts, file).toContain("'wasm-unsafe-eval'");
		expect(scripts.filter((s) => !s.startsWith("'sha256-")), file).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(directives.get('connect-src'), file).toEqual(["'self'"]);
		expect(directives.get('default-src'), file).toEqual(["'self'"]);
		expect(directives.get('object-src'), file).toEqual(["'none'"]);
		expect(directives.get('style-src')?.filter((s) => !s.startsWith("'sha256-")), file).toEqual(["'self'"]);
		// Every inline script is one SvelteKit hashed.
		const hashes = scripts.filter((s) => s.startsWith("'sha256-")).length;
		const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].length;
		expect(hashes, file).toBe(inline);
	}
});

/** Records CSP violations in the page (an init script runs before any of the page's own). */
async function watchViolations(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective} ${event.blockedURI}`)
		);
	});
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

const ROUTES = ['/', '/mnist', ...CONCEPT_PAGES.map((c) => `/concepts/${c.slug}`), '/your-data', '/no-such-page'];

test('no page breaks its policy or asks another origin for anything, on any backend', async ({ page, context, baseURL, consoleErrors }) => {
	test.setTimeout(240_000);
	const origin = new URL(baseURL!).origin;
	const requests: string[] = [];
	// The context sees the workers' requests (the digits, the WASM binaries) as well as the page's.
	context.on('request', (request) => requests.push(request.url()));
	await watchViolations(page);
	// A worker takes its policy from its own script's response headers, not from the page's <meta>:
	// serve it with the site's policy, as a host sending the header would, so WASM must pass it.
	const policy = policyText(readFileSync(join(BUILD, 'mnist.html'), 'utf8'))!;
	await context.route('**/_app/immutable/workers/*.js', async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
	});
	// Workers report blocked WebAssembly as console warnings, not errors.
	const policyMessages: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) policyMessages.push(message.text());
	});

	for (const route of ROUTES) {
		await page.goto(route);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		if (route.startsWith('/concepts/')) await expect(page.locator('.katex').first()).toBeVisible();
		// Your own data trains once there is data; its own spec trains it.
		if (!['/', '/no-such-page', '/your-data'].includes(route)) {
			await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 30_000 });
		}
		expect(await violations(page), route).toEqual([]);
	}
	// Chromium logs the 404 of the unknown page's document itself; nothing else may be logged.
	consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/status of 404/.test(e)));

	for (const backend of ['wasm', 'webgl', 'cpu']) {
		await page.goto(`/mnist?backend=${backend}&train=500`);
		const status = page.getByRole('status');
		await page.getByRole('button', { name: 'Train', exact: true }).click();
		await expect(status).toContainText(/Step [1-9]/, { timeout: 60_000 });
		await expect(status).toContainText(backend === 'webgl' ? 'WebGL' : backend.toUpperCase());
		await page.getByRole('button', { name: 'Pause', exact: true }).click();
		expect(await violations(page), backend).toEqual([]);
	}

	expect(policyMessages).toEqual([]);
	expect(requests.length).toBeGreaterThan(10);
	expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
	// The WASM binary and the digits came over the same origin, from the worker.
	expect(requests.some((url) => url.endsWith('.wasm'))).toBe(true);
});

const PAYLOAD = '<img src=x onerror=__pwned=1>';

test('an HTML payload in any URL parameter is shown only as text', async ({ page }) => {
	await watchViolations(page);
	const keys = PARAMS.map((p) => p.key);
	// Run B has its own value of every setting but where it trains and when training stops.
	const bKeys = PARAMS.filter((p) => p.field !== 'backend' && !('shared' in p && p.shared)).map((p) => p.key);
	const query = (prefix = '') => keys.map((key) => `${prefix}${key}=${encodeURIComponent(PAYLOAD)}`).join('&');
	for (const url of [`/mnist?${query()}`, `/concepts/dropout?${query()}&${query('b.')}&cmp=${encodeURIComponent(PAYLOAD)}`]) {
		await page.goto(url);
		const notices = page.getByTestId('url-notices');
		await expect(notices).toBeVisible();
		// Each key once; run B's too (b.backend, b.epochs and b.until are no settings, so they are ignored) and cmp.
		await expect(notices.getByRole('listitem')).toHaveCount(url.includes('b.') ? keys.length + bKeys.length + 1 : keys.length);
		await expect(notices).toContainText(`“lr=${PAYLOAD.slice(0, 24)}…”`);
		await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 30_000 });
		expect(await page.locator('img').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await violations(page)).toEqual([]);
		// The address bar now holds only clean settings.
		expect(decodeURIComponent(page.url())).not.toContain('<');
	}
});
