import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** The system Chromium: tests never download a browser. */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
	throw new Error(
		`No Chromium at ${chromium}: install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`
	);
}

const PORT = 4173;

export default defineConfig({
	testDir: 'tests',
	// Training is CPU-heavy (WebGL runs on SwiftShader, in software): one page at a time.
	workers: 1,
	fullyParallel: false,
	timeout: 120_000,
	expect: { timeout: 15_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	outputDir: 'test-results',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		viewport: { width: 1280, height: 800 },
		locale: 'en-US',
		launchOptions: {
			executablePath: chromium,
			args: [
				'--no-sandbox',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				// WebGL without a GPU: SwiftShader, the software renderer Chromium ships.
				'--use-angle=swiftshader',
				'--enable-unsafe-swiftshader',
				'--ignore-gpu-blocklist'
			]
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
