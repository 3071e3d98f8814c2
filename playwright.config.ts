import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './tests/chromium.js';

const chromium = requireChromium();

// PORT lets two checkouts run their end-to-end tests side by side.
const PORT = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	// Two pages at a time: much of a test is waiting (page loads, worker start-up, evaluations),
	// so two keep two cores busy; any test may go to either, the shared loop's pages too.
	workers: 2,
	fullyParallel: true,
	timeout: 120_000,
	expect: { timeout: 15_000 },
	reporter: 'list',
	outputDir: 'test-results',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		viewport: { width: 1280, height: 800 },
		locale: 'en-US',
		// Each test's fresh context would otherwise download the whole site for offline use;
		// tests/classroom-offline.test.ts turns service workers on for itself.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: chromium,
			args: CHROMIUM_ARGS
		}
	},
	webServer: {
		// Serves the built site (npm test builds it first).
		command: `npx vite preview --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
