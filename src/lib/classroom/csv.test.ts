import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from './csv';
import { metricsRows } from './metrics-csv';

describe('csvCell', () => {
	it.each([
		['plain text', 'Run A', 'Run A'],
		['a number as a number, negative ones too', -0.25, '-0.25'],
		['nothing as an empty cell', null, ''],
		['a comma, quoted', 'Run A · Learning rate 0.1, Batch 32', '"Run A · Learning rate 0.1, Batch 32"'],
		['quotes doubled', 'say "hi"', '"say ""hi"""'],
		['a line break, quoted', 'two\nlines', '"two\nlines"'],
		['a formula start =, escaped', '=SUM(A1:A2)', "'=SUM(A1:A2)"],
		['a formula start +, escaped', '+1', "'+1"],
		['a formula start -, escaped', '-1+2', "'-1+2"],
		['a formula start @, escaped', '@cmd', "'@cmd"],
		['an escaped formula with a comma, quoted too', '=A1,B1', `"'=A1,B1"`],
		['Chinese unchanged', '运行 A', '运行 A']
	] as const)('%s', (_, cell, text) => {
		expect(csvCell(cell)).toBe(text);
	});

	it('joins rows with line breaks after a byte-order mark', () => {
		expect(csvText([['a', 'b'], [1, null]])).toBe('\ufeffa,b\n1,\n');
	});
});

describe('metricsRows', () => {
	const run = {
		name: 'Run A',
		losses: [
			{ step: 1, loss: 2.3, accuracy: 0.1 },
			{ step: 2, loss: 2.1, accuracy: 0.2 },
			{ step: 3, loss: 1.9, accuracy: 0.3 }
		],
		tests: [
			{ step: 0, epoch: 0, loss: 2.31, accuracy: 0.09, trainLoss: 2.32, trainAccuracy: 0.1 },
			{ step: 2, epoch: 1, loss: 2.05, accuracy: 0.3, trainLoss: 2.0, trainAccuracy: 0.31 }
		],
		epochStarts: [
			{ step: 1, epoch: 1 },
			{ step: 3, epoch: 2 }
		]
	};

	it('writes one row per recorded step, ascending, with the epoch each step belongs to', () => {
		const rows = metricsRows([run, { ...run, name: 'Run B', tests: [] }]);
		expect(rows[0]).toEqual(['run', 'step', 'epoch', 'batch_loss', 'batch_accuracy', 'test_loss', 'test_accuracy', 'train_loss', 'train_accuracy']);
		expect(rows.slice(1)).toEqual([
			['Run A', 0, null, null, null, 2.31, 0.09, 2.32, 0.1],
			['Run A', 1, 1, 2.3, 0.1, null, null, null, null],
			['Run A', 2, 1, 2.1, 0.2, 2.05, 0.3, 2.0, 0.31],
			['Run A', 3, 2, 1.9, 0.3, null, null, null, null],
			['Run B', 1, 1, 2.3, 0.1, null, null, null, null],
			['Run B', 2, 1, 2.1, 0.2, null, null, null, null],
			['Run B', 3, 2, 1.9, 0.3, null, null, null, null]
		]);
	});
});
