import { describe, expect, it } from 'vitest';
import { conceptPage } from '../concepts/pages';
import { Session } from '../session/session.svelte';
import { DEFAULT_SETTINGS } from '../session/settings';
import { encodeLesson, emptyLesson, type Lesson } from './lesson';

const learningRate = conceptPage('learning-rate')!;
const rateLesson: Lesson = {
	...emptyLesson(),
	locked: { learningRate: 5, hiddenLayers: 1 },
	goal: { metric: 'loss', value: 0.5 },
	text: { en: 'Why does this rate fail?', zh: '' }
};
const lessonQuery = (lesson: Lesson, more = '') => `lesson=${encodeLesson(lesson)}${more}`;

/** A session that is never started: no worker, only its settings. */
function open(query: string, page = learningRate) {
	const session = new Session(
		{ defaults: { ...DEFAULT_SETTINGS, ...page.defaults }, compare: page.compare, race: page.race, page: page.slug },
		'/data.bin'
	);
	session.read(new URLSearchParams(query));
	return session;
}
const lab = (query: string) => {
	const session = new Session({ defaults: DEFAULT_SETTINGS, fixed: ['data'] }, '/data.bin');
	session.read(new URLSearchParams(query));
	return session;
};

describe('a session opened with a lesson', () => {
	it('takes the locked values and lists them as locked', () => {
		const session = open(lessonQuery(rateLesson));
		expect(session.settings.learningRate).toBe(5);
		expect([...session.locked].sort()).toEqual(['hiddenLayers', 'learningRate']);
		expect(session.notices).toEqual([]);
	});

	it('keeps a locked value when the link’s other parameters say otherwise, and says so', () => {
		const session = open(lessonQuery(rateLesson, '&lr=0.5&layers=banana&bs=32'));
		expect(session.settings).toMatchObject({ learningRate: 5, hiddenLayers: 1, batchSize: 32 });
		expect(session.notices.map((n) => [n.key, n.reason, n.used]).sort()).toEqual([
			['layers', 'locked', '1'],
			['lr', 'locked', '5']
		]);
	});

	it('refuses every route to a locked setting: controls, run B, the race, Try this, a past run, back to set-up, smaller rate', () => {
		const session = open(lessonQuery(rateLesson, '&cmp=1&b.lr=0.01'));
		expect(session.experiment.variants).toEqual([{}]);
		expect(session.notices.map((n) => [n.key, n.reason])).toEqual([['b.lr', 'locked']]);
		session.set('learningRate', 0.01);
		session.setB('learningRate', 0.01);
		expect(session.settings.learningRate).toBe(5);
		expect(session.experiment.runSettings().map((s) => s.learningRate)).toEqual([5, 5]);
		session.toggleRace();
		expect(session.race).toBe(false);
		for (const step of learningRate.tryThis) {
			session.tryThis(step);
			expect(session.race).toBe(false);
			expect(session.experiment.runSettings().every((s) => s.learningRate === 5 && s.hiddenLayers === 1)).toBe(true);
		}
		// A past run's settings put back (run history) keep the locks too.
		session.setMany({ learningRate: 0.02, batchSize: 8 });
		expect(session.settings).toMatchObject({ learningRate: 5, batchSize: 8 });
		session.resetWithSmallerRate();
		session.backToSetup();
		expect(session.settings.learningRate).toBe(5);
		// Settings the lesson leaves open still change.
		session.set('batchSize', 16);
		expect(session.settings.batchSize).toBe(16);
	});

	it('turns a race of a locked setting off, with a notice', () => {
		const session = open(lessonQuery(rateLesson, '&race=1'));
		expect(session.race).toBe(false);
		expect(session.experiment.variants).toEqual([]);
		expect(session.notices.map((n) => [n.key, n.reason])).toEqual([['race', 'locked']]);
	});

	it('writes its address with the lesson and without the locked keys, which read back the same', () => {
		const session = open(lessonQuery(rateLesson, '&lr=0.5&bs=32'));
		const query = session.query();
		expect(query.has('lr')).toBe(false);
		expect(query.get('bs')).toBe('32');
		const again = open(query.toString());
		expect(again.settings).toEqual(session.settings);
		expect(again.lesson).toEqual(session.lesson);
		expect(again.notices).toEqual([]);
	});

	it('opens a garbled lesson as a plain page with a notice, its other settings kept', () => {
		const session = lab('lesson=1.eyJsIjp7ImxyIj&lr=0.01');
		expect(session.lesson).toBeNull();
		expect(session.settings.learningRate).toBe(0.01);
		expect(session.notices.map((n) => [n.key, n.reason])).toEqual([['lesson', 'lessonUnreadable']]);
		expect(session.query().toString()).toBe('lr=0.01');
	});

	it('builds another lesson’s address from the current settings (the builder)', () => {
		const session = lab('lr=0.01&layers=2');
		const query = session.query({ ...emptyLesson(), locked: { learningRate: 0.01 } });
		expect(query.has('lr')).toBe(false);
		const student = lab(query.toString());
		expect(student.settings).toMatchObject({ learningRate: 0.01, hiddenLayers: 2 });
		expect([...student.locked]).toEqual(['learningRate']);
	});
});
