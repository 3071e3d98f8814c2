// The system Chromium that the end-to-end tests and the benchmarks drive: never a downloaded one.
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	// WebGL without a GPU: SwiftShader, the software renderer Chromium ships.
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist'
];

/** Throws the one sentence a person needs when there is no Chromium. */
export function requireChromium() {
	if (!existsSync(CHROMIUM)) {
		throw new Error(
			`No Chromium at ${CHROMIUM}: install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`
		);
	}
	return CHROMIUM;
}
