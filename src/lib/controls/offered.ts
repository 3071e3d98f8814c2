/**
 * Settings that mean nothing for some data are not offered there: augmentation redraws pictures,
 * and a point in the plane has none (the engine ignores it there too).
 */
import type { Setting, Settings } from '../session/settings';

const PICTURES_ONLY: ReadonlySet<Setting> = new Set(['augmentShift', 'augmentRotation', 'augmentScale', 'augmentNoise']);

export function offered(field: Setting, settings: Pick<Settings, 'data'>): boolean {
	return settings.data === 'digits' || !PICTURES_ONLY.has(field);
}
