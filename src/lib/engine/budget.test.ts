import { describe, expect, it } from 'vitest';
import { BUDGET, RateMeter, WorkLedger, evaluationCounts, reportDue } from './budget';

const digits = { testFull: 2000, trainFull: 2000, chunk: 500 };

describe('evaluationCounts', () => {
	it('evaluates every example before anything was measured', () => {
		expect(evaluationCounts(digits, null)).toEqual({ test: 2000, train: 2000 });
	});

	it('keeps every example while a report fits in its allowance', () => {
		// 4,000 examples at 0.01 ms = 40 ms, under 0.1 × 1000 × 0.8 = 80 ms.
		expect(evaluationCounts(digits, 0.01)).toEqual({ test: 2000, train: 2000 });
	});

	it('shrinks to whole chunks that fit when a report is expensive', () => {
		// 0.04 ms an example: 80 ms buys 2,000 examples, half of each set.
		expect(evaluationCounts(digits, 0.04)).toEqual({ test: 1000, train: 1000 });
	});

	it('never goes below one chunk', () => {
		expect(evaluationCounts(digits, 10)).toEqual({ test: 500, train: 500 });
	});

	it('shares the allowance between runs', () => {
		// Two runs at 0.02 ms: 40 ms each buys 2,000 examples.
		expect(evaluationCounts(digits, 0.02, 2)).toEqual({ test: 1000, train: 1000 });
		expect(evaluationCounts(digits, 0.02, 1)).toEqual({ test: 2000, train: 2000 });
	});

	it('keeps a set smaller than a chunk whole', () => {
		expect(evaluationCounts({ testFull: 400, trainFull: 400, chunk: 400 }, 10)).toEqual({ test: 400, train: 400 });
	});

	it('only chooses whole chunks or a whole set', () => {
		const odd = { testFull: 1234, trainFull: 2000, chunk: 500 };
		for (const cost of [0.001, 0.02, 0.03, 0.05, 0.1, 1]) {
			const { test, train } = evaluationCounts(odd, cost);
			expect(test === 1234 || test % 500 === 0).toBe(true);
			expect(train === 2000 || train % 500 === 0).toBe(true);
		}
	});
});

describe('reportDue', () => {
	const ledger = (training: number, overhead: number) => ({ training, overhead });

	it('reports at once before any report', () => {
		expect(reportDue({ sinceLastMs: null, ledger: ledger(0, 0), expectedMs: 1000 })).toBe(true);
	});

	it('waits for the interval even when reports are cheap', () => {
		expect(reportDue({ sinceLastMs: 999, ledger: ledger(10_000, 0), expectedMs: 1 })).toBe(false);
		expect(reportDue({ sinceLastMs: 1000, ledger: ledger(10_000, 0), expectedMs: 1 })).toBe(true);
	});

	it('waits while the report would take the share over a tenth', () => {
		// 900 ms training, 50 ms overhead, a 60 ms report: 110 / 1010 > 0.1.
		expect(reportDue({ sinceLastMs: 1500, ledger: ledger(900, 50), expectedMs: 60 })).toBe(false);
		// With 1,000 ms more training: 110 / 2010 < 0.1.
		expect(reportDue({ sinceLastMs: 2500, ledger: ledger(1900, 50), expectedMs: 60 })).toBe(true);
	});

	it('reports anyway after the longest interval', () => {
		expect(reportDue({ sinceLastMs: BUDGET.maxIntervalMs, ledger: ledger(0, 5000), expectedMs: 5000 })).toBe(true);
	});
});

describe('the budget over a simulated run', () => {
	/**
	 * A worker loop in miniature: 100 ms training chunks, a report whenever due, each report
	 * costing `msPerExample` per example evaluated. Returns the non-training share and the reports.
	 */
	function simulate(msPerExample: number, updateMs = 2, seconds = 120) {
		const ledger = new WorkLedger();
		let clock = 0;
		let lastReport: number | null = null;
		let spent = 0;
		let reports = 0;
		while (clock < seconds * 1000) {
			ledger.add('training', 100);
			clock += 100;
			ledger.add('overhead', updateMs);
			spent += updateMs;
			clock += updateMs;
			const counts = evaluationCounts(digits, lastReport === null ? null : msPerExample);
			const expectedMs = (counts.test + counts.train) * msPerExample;
			if (reportDue({ sinceLastMs: lastReport === null ? null : clock - lastReport, ledger, expectedMs })) {
				lastReport = clock;
				ledger.add('overhead', expectedMs);
				spent += expectedMs;
				clock += expectedMs;
				reports++;
			}
		}
		return { share: spent / clock, reports };
	}

	it('keeps cheap reports at one a second', () => {
		const { share, reports } = simulate(0.01);
		expect(share).toBeLessThan(0.1);
		expect(reports).toBeGreaterThan(100);
	});

	it('keeps an expensive backend within a tenth, reporting less often', () => {
		// A full report would cost 4 s; even one chunk of each set costs 500 ms.
		const { share, reports } = simulate(0.5);
		expect(share).toBeLessThanOrEqual(BUDGET.share + 0.005);
		expect(reports).toBeGreaterThan(10);
	});
});

describe('RateMeter', () => {
	it('counts every millisecond, the expensive ones too', () => {
		const meter = new RateMeter(2000);
		for (let i = 0; i < 9; i++) meter.add(640, 100);
		// A chunk that also evaluated: 100 ms of training and 900 ms of report.
		meter.add(640, 1000);
		expect(meter.rate).toBeCloseTo((10 * 640 * 1000) / 1900, 6);
	});

	it('forgets what lies beyond its window', () => {
		const meter = new RateMeter(1000);
		meter.add(10_000, 1000);
		for (let i = 0; i < 10; i++) meter.add(100, 100);
		expect(meter.rate).toBeCloseTo(1000, 6);
		expect(meter.coveredMs).toBe(1000);
	});

	it('is 0 when empty or reset', () => {
		const meter = new RateMeter();
		expect(meter.rate).toBe(0);
		meter.add(64, 10);
		meter.reset();
		expect(meter.rate).toBe(0);
	});
});

describe('WorkLedger', () => {
	it('gives the share of time that was not training, older work fading', () => {
		const ledger = new WorkLedger(1000);
		ledger.add('overhead', 500);
		expect(ledger.share()).toBe(1);
		for (let i = 0; i < 100; i++) ledger.add('training', 100);
		expect(ledger.share()).toBeLessThan(0.001);
		expect(ledger.share(ledger.training)).toBeCloseTo(0.5, 2);
	});
});
