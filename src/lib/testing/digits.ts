/** Node-only: the packed digit asset, read from disk for unit tests. */
import { readFileSync } from 'node:fs';
import { decodeDigitAsset, gunzip, type MnistData } from '../data/digits';

const ASSET = new URL('../../../static/data/mnist-digits.bin', import.meta.url);

let cached: Promise<MnistData> | null = null;

/** Run `npm run data` first (`npm run test:unit` does). */
export function readDigits(): Promise<MnistData> {
	cached ??= gunzip(new Uint8Array(readFileSync(ASSET))).then(decodeDigitAsset);
	return cached;
}
