import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../session/settings';
import { TEXT_LIMIT, decodeLesson, emptyLesson, encodeLesson, keepsLocks, reachesGoal, withinLimits, type Lesson } from './lesson';

/** A lesson parameter from hand-written JSON, as a teacher's tampered link might hold. */
const wire = (json: string) => '1.' + Buffer.from(json, 'utf8').toString('base64url');

const FULL: Lesson = {
	locked: { learningRate: 0.5, hiddenLayers: 1, activation: 'tanh', batchNorm: true },
	goal: { metric: 'accuracy', value: 90 },
	limits: [{ field: 'layerWidth', max: 16 }],
	text: { en: 'Reach 90% with at most 16 units.\nThen try 8.', zh: '用不超过 16 个神经元达到 90%。' }
};

describe('a lesson link parameter', () => {
	it('reads back exactly what it wrote, with no notices', () => {
		const read = decodeLesson(encodeLesson(FULL));
		expect(read.notices).toEqual([]);
		expect(read.lesson).toEqual(FULL);
	});

	it('round-trips a loss goal, an empty lesson and text in one language only', () => {
		const loss: Lesson = { ...emptyLesson(), goal: { metric: 'loss', value: 0.25 }, text: { en: '', zh: '只有中文' } };
		expect(decodeLesson(encodeLesson(loss)).lesson).toEqual(loss);
		expect(decodeLesson(encodeLesson(emptyLesson())).lesson).toEqual(emptyLesson());
	});

	it('is short enough for a QR code and uses only characters a query keeps as they are', () => {
		const text = encodeLesson(FULL);
		expect(text).toMatch(/^1\.[A-Za-z0-9_-]+$/);
		expect(text.length).toBeLessThan(400);
	});

	it('refuses what is not a lesson as a whole, with one notice and no lesson', () => {
		for (const bad of ['', 'hello', '2.' + wire('{}').slice(2), '1.', '1.!!!!', '1.' + 'A'.repeat(5), wire('[1,2]'), wire('null'), wire('"x"'), wire('{'), '1.' + 'A'.repeat(5000)]) {
			const read = decodeLesson(bad);
			expect(read.lesson, bad).toBeNull();
			expect(read.notices.map((n) => [n.key, n.reason])).toEqual([['lesson', 'lessonUnreadable']]);
		}
	});

	it('refuses bytes that are not UTF-8', () => {
		const read = decodeLesson('1.' + Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString('base64url'));
		expect(read.lesson).toBeNull();
	});

	it('drops each bad part with its own notice and keeps the good ones', () => {
		const read = decodeLesson(
			wire(
				JSON.stringify({
					l: { lr: 'banana', layers: 2, act: 'softmax', nope: 1, backend: 'cpu', width: { x: 1 }, __proto__: 3 },
					g: { m: 'acc', v: 150 },
					x: { width: 16, layers: -4, act: 3 },
					en: 'x'.repeat(TEXT_LIMIT + 1),
					zh: 42
				})
			)
		);
		expect(read.lesson).toEqual({ locked: { hiddenLayers: 2 }, goal: null, limits: [{ field: 'layerWidth', max: 16 }], text: { en: '', zh: '' } });
		expect(read.notices.map((n) => n.key).sort()).toEqual(
			['lesson.lr', 'lesson.act', 'lesson.nope', 'lesson.backend', 'lesson.width', 'lesson.goal', 'lesson.max.layers', 'lesson.max.act', 'lesson.en', 'lesson.zh'].sort()
		);
		expect(read.notices.every((n) => n.reason === 'lessonPart')).toBe(true);
	});

	it('clamps a locked number out of range and says so, like any other link value', () => {
		const read = decodeLesson(wire('{"l":{"lr":50,"layers":2.6}}'));
		expect(read.lesson?.locked).toEqual({ learningRate: 10, hiddenLayers: 3 });
		expect(read.notices.map((n) => [n.key, n.reason, n.used])).toEqual([
			['lesson.layers', 'notWhole', '3'],
			['lesson.lr', 'outOfRange', '10']
		]);
	});

	it('does not lock what the page keeps at its own value (the lab’s data)', () => {
		const read = decodeLesson(wire('{"l":{"data":"xor","lr":0.1}}'), DEFAULT_SETTINGS, ['data']);
		expect(read.lesson?.locked).toEqual({ learningRate: 0.1 });
		expect(read.notices.map((n) => n.key)).toEqual(['lesson.data']);
	});

	it('keeps the teacher’s words as text, without control or direction-overriding characters', () => {
		const read = decodeLesson(wire(JSON.stringify({ en: '<b>bold</b>\u202E\u0007 line\r\ntwo' })));
		expect(read.lesson?.text.en).toBe('<b>bold</b> line\ntwo');
	});
});

describe('checking a challenge', () => {
	const trained: Settings = { ...DEFAULT_SETTINGS, layerWidth: 16, learningRate: 0.5 };

	it('reaches an accuracy goal at or above it and a loss goal at or below it', () => {
		expect(reachesGoal({ metric: 'accuracy', value: 90 }, { accuracy: 0.9, loss: 1 })).toBe(true);
		expect(reachesGoal({ metric: 'accuracy', value: 90 }, { accuracy: 0.899, loss: 0 })).toBe(false);
		expect(reachesGoal({ metric: 'loss', value: 0.3 }, { accuracy: 0, loss: 0.3 })).toBe(true);
		expect(reachesGoal({ metric: 'loss', value: 0.3 }, { accuracy: 1, loss: 0.31 })).toBe(false);
		expect(reachesGoal({ metric: 'loss', value: 0.3 }, { accuracy: 1, loss: NaN })).toBe(false);
	});

	it('holds only while the settings trained with keep within the limits and the locks', () => {
		expect(withinLimits([{ field: 'layerWidth', max: 16 }], trained)).toBe(true);
		expect(withinLimits([{ field: 'layerWidth', max: 8 }], trained)).toBe(false);
		expect(keepsLocks({ learningRate: 0.5 }, trained)).toBe(true);
		expect(keepsLocks({ learningRate: 0.1 }, trained)).toBe(false);
	});
});
