/**
 * The one table of concepts, in learning order. The home list, the routes, the prose lookup and
 * the tests all read it. A concept with a `page` gets /concepts/<slug>: its experiment's starting
 * settings, controls, panels, comparison, race and "Try this" steps are configuration here; its
 * words live in prose/en/<slug>.ts and prose/zh/<slug>.ts.
 */
import type { CoachRuleId } from '../experiment/coach';
import type { MessageKey } from '../i18n/en';
import type { Setting, Settings, SettingValue } from '../session/settings';
import type { PanelId } from './panels';

export type Part = 'basics' | 'training' | 'regularisation' | 'vision' | 'sequences';

export const PARTS: readonly { part: Part; title: MessageKey }[] = [
	{ part: 'basics', title: 'home.partBasics' },
	{ part: 'training', title: 'home.partTraining' },
	{ part: 'regularisation', title: 'home.partRegularisation' },
	{ part: 'vision', title: 'home.partVision' },
	{ part: 'sequences', title: 'home.partSequences' }
];

export interface TryThis {
	id: string;
	/** Applied to the page's own set-up (the learner's backend and seed stay). */
	change: Partial<Settings>;
	/** Turns the comparison on with this run B (its changes from the main run), or off with null. */
	compare?: Partial<Settings> | null;
	/** Turns the page's race on. */
	race?: boolean;
}

/**
 * Several runs in lockstep, on the same seed and batches, that differ in one setting: the main
 * run and up to four others. `factors` multiply the main run's value (clamped to the setting's
 * range); `values` are used as they are, the main run's own value skipped.
 */
export type Race = { field: Exclude<Setting, 'backend'> } & ({ factors: readonly number[] } | { values: readonly SettingValue[] });

export interface ExperimentPage<S extends string = string> {
	/** The page's starting settings; its links store only differences from these. */
	defaults: Partial<Settings>;
	controls: Setting[];
	/** Run B of the side-by-side comparison: what it changes from the main run. */
	compare: Partial<Settings>;
	panels: PanelId[];
	/**
	 * The chart the page exists for, drawn first in larger type so it is on the first screen: one of
	 * `panels`, or 'progress' for the loss and accuracy charts (when those tell the lesson).
	 */
	signature: PanelId | 'progress';
	race?: Race;
	/** Problems the page shows on purpose (the deep sigmoid net's vanishing gradients): the coach calls them the lesson. */
	lesson?: readonly CoachRuleId[];
	tryThis: TryThis[];
	/** Concepts this one builds on (earlier in the table) and those that build on it (later). */
	buildsOn: S[];
	leadsTo: S[];
}

interface Row<S extends string> {
	slug: S;
	part: Part;
	/** A page elsewhere on the site that teaches the concept. */
	href?: '/mnist';
	/** Taught on another concept's page (weights and bias on the neuron's): that page is its link. */
	on?: NoInfer<S>;
	page?: ExperimentPage<NoInfer<S>>;
}

/** Infers the slugs from the rows, so `buildsOn` and `leadsTo` are checked against them. */
function table<const S extends string>(rows: readonly Row<S>[]): readonly Row<S>[] {
	return rows;
}

export const CONCEPTS = table([
	{
		slug: 'neuron',
		part: 'basics',
		page: {
			defaults: { data: 'clouds', hiddenLayers: 0, optimizer: 'adam', learningRate: 0.05, batchSize: 16 },
			controls: ['data', 'hiddenLayers', 'learningRate', 'optimizer', 'layerWidth', 'activation', 'batchSize', 'seed'],
			compare: { hiddenLayers: 1, layerWidth: 4, activation: 'tanh' },
			panels: ['neuron', 'templates'],
			signature: 'neuron',
			lesson: ['stuck'],
			tryThis: [
				{ id: 'byHand', change: { data: 'clouds', hiddenLayers: 0 }, compare: null },
				{ id: 'xor', change: { data: 'xor', hiddenLayers: 0 }, compare: { hiddenLayers: 1, layerWidth: 4, activation: 'tanh' } },
				{ id: 'digits', change: { data: 'digits', hiddenLayers: 0, optimizer: 'sgd', learningRate: 0.5, batchSize: 64 }, compare: null }
			],
			buildsOn: [],
			leadsTo: ['activation', 'mlp']
		}
	},
	{ slug: 'weights', part: 'basics', on: 'neuron' },
	{ slug: 'bias', part: 'basics', on: 'neuron' },
	{
		slug: 'activation',
		part: 'basics',
		page: {
			defaults: {
				hiddenLayers: 3,
				layerWidth: 64,
				activation: 'sigmoid',
				initializer: 'glorotUniform',
				optimizer: 'sgd',
				learningRate: 0.1
			},
			controls: ['activation', 'hiddenLayers', 'layerWidth', 'initializer', 'optimizer', 'learningRate', 'seed'],
			compare: { activation: 'relu' },
			panels: ['activationFunction', 'activationHistograms', 'unitHealth'],
			signature: 'activationFunction',
			lesson: ['stuck', 'vanishing', 'deadRelu', 'slow'],
			tryThis: [
				{ id: 'linearIsShallow', change: { activation: 'linear', hiddenLayers: 4 }, compare: { hiddenLayers: 0 } },
				{ id: 'sigmoidVsRelu', change: { activation: 'sigmoid', hiddenLayers: 3 }, compare: { activation: 'relu' } },
				{ id: 'deadRelu', change: { activation: 'relu', hiddenLayers: 3, learningRate: 0.5 }, compare: { activation: 'leakyRelu' } },
				{ id: 'tanh', change: { activation: 'tanh', hiddenLayers: 3 }, compare: { activation: 'sigmoid' } }
			],
			buildsOn: ['neuron', 'weights', 'bias'],
			leadsTo: ['vanishing-gradients']
		}
	},
	{ slug: 'network', part: 'basics', on: 'mlp' },
	{ slug: 'ann', part: 'basics', on: 'mlp' },
	{ slug: 'layers', part: 'basics', on: 'mlp' },
	{
		slug: 'mlp',
		part: 'basics',
		page: {
			defaults: {
				data: 'xor',
				hiddenLayers: 1,
				layerWidth: 4,
				activation: 'tanh',
				optimizer: 'adam',
				learningRate: 0.03,
				batchSize: 16
			},
			controls: ['hiddenLayers', 'layerWidth', 'data', 'activation', 'learningRate', 'optimizer', 'batchSize', 'seed'],
			compare: { hiddenLayers: 0 },
			panels: ['boundary', 'hiddenUnits'],
			signature: 'boundary',
			tryThis: [
				{ id: 'xor', change: { data: 'xor', hiddenLayers: 1, layerWidth: 4, activation: 'tanh' }, compare: { hiddenLayers: 0 } },
				{ id: 'spiral', change: { data: 'spiral', hiddenLayers: 2, layerWidth: 16, activation: 'tanh' }, compare: { hiddenLayers: 1 } },
				{ id: 'relu', change: { data: 'spiral', hiddenLayers: 2, layerWidth: 16, activation: 'relu' }, compare: { activation: 'tanh' } },
				{
					id: 'digits',
					change: { data: 'digits', hiddenLayers: 1, layerWidth: 32, activation: 'tanh', learningRate: 0.003, batchSize: 64 },
					compare: { hiddenLayers: 0 }
				}
			],
			buildsOn: ['neuron', 'activation'],
			leadsTo: ['forward-propagation', 'backpropagation']
		}
	},
	{
		slug: 'forward-propagation',
		part: 'basics',
		page: {
			defaults: { hiddenLayers: 1, layerWidth: 16, activation: 'relu', initializer: 'heNormal', optimizer: 'adam', learningRate: 0.003 },
			controls: ['layerWidth', 'hiddenLayers', 'activation', 'learningRate', 'seed'],
			compare: { activation: 'sigmoid' },
			panels: ['forwardPropagation'],
			signature: 'forwardPropagation',
			tryThis: [
				{ id: 'sigmoid', change: { activation: 'relu', hiddenLayers: 1 }, compare: { activation: 'sigmoid' } },
				{ id: 'deeper', change: { hiddenLayers: 2 }, compare: null },
				{ id: 'noHidden', change: { hiddenLayers: 0 }, compare: null }
			],
			buildsOn: ['neuron', 'mlp'],
			leadsTo: ['cost-function', 'backpropagation']
		}
	},
	{
		slug: 'cost-function',
		part: 'training',
		page: {
			defaults: { hiddenLayers: 1, layerWidth: 64, optimizer: 'sgd', learningRate: 0.1, loss: 'crossEntropy' },
			controls: ['loss', 'learningRate', 'optimizer', 'hiddenLayers', 'layerWidth', 'seed'],
			compare: { loss: 'mse' },
			panels: ['costFunction'],
			signature: 'costFunction',
			tryThis: [
				{ id: 'mseVsCrossEntropy', change: { loss: 'crossEntropy', optimizer: 'sgd', learningRate: 0.1 }, compare: { loss: 'mse' } },
				{ id: 'largerRate', change: { loss: 'crossEntropy', optimizer: 'sgd', learningRate: 0.5 }, compare: { loss: 'mse' } },
				{ id: 'adam', change: { loss: 'crossEntropy', optimizer: 'adam', learningRate: 0.003 }, compare: { loss: 'mse' } }
			],
			buildsOn: ['forward-propagation'],
			leadsTo: ['gradient-descent', 'learning-rate']
		}
	},
	{
		slug: 'gradient-descent',
		part: 'training',
		page: {
			defaults: { hiddenLayers: 1, layerWidth: 32, optimizer: 'sgd', learningRate: 0.1 },
			controls: ['learningRate', 'batchSize', 'layerWidth', 'hiddenLayers', 'seed'],
			compare: { learningRate: 0.01 },
			panels: ['descentSurface', 'oneStep'],
			signature: 'descentSurface',
			tryThis: [
				{ id: 'shorterSteps', change: { learningRate: 0.01 }, compare: { learningRate: 0.1 } },
				{ id: 'oneJump', change: { learningRate: 1 }, compare: { learningRate: 0.1 } },
				{ id: 'ravine', change: { learningRate: 0.09 }, compare: null }
			],
			buildsOn: ['cost-function'],
			leadsTo: ['learning-rate', 'backpropagation', 'optimizers']
		}
	},
	{
		slug: 'learning-rate',
		part: 'training',
		page: {
			defaults: { hiddenLayers: 1, layerWidth: 32, optimizer: 'sgd', learningRate: 0.1 },
			controls: ['learningRate', 'optimizer', 'batchSize', 'hiddenLayers', 'layerWidth', 'seed'],
			compare: { learningRate: 0.001 },
			panels: ['lossSurface'],
			signature: 'progress',
			race: { field: 'learningRate', factors: [0.01, 0.1, 10, 100] },
			lesson: ['diverged', 'blewUp', 'stuck', 'slow'],
			tryThis: [
				{ id: 'tooSmall', change: { learningRate: 0.001 }, compare: { learningRate: 0.1 } },
				{ id: 'tooLarge', change: { learningRate: 8 }, compare: { learningRate: 0.1 } },
				{ id: 'sweep', change: { learningRate: 0.1, optimizer: 'sgd' }, race: true },
				{ id: 'adam', change: { optimizer: 'adam', learningRate: 0.003 }, compare: { optimizer: 'sgd', learningRate: 0.003 } }
			],
			buildsOn: ['cost-function', 'gradient-descent'],
			leadsTo: ['optimizers', 'batch-norm']
		}
	},
	{
		slug: 'backpropagation',
		part: 'training',
		page: {
			// The smallest network that needs backpropagation: 2 inputs, 2 sigmoid units, 1 output, 9 parameters.
			defaults: {
				data: 'xor',
				hiddenLayers: 1,
				layerWidth: 2,
				activation: 'sigmoid',
				initializer: 'glorotUniform',
				optimizer: 'adam',
				learningRate: 0.1,
				batchSize: 16
			},
			controls: ['activation', 'layerWidth', 'data', 'loss', 'hiddenLayers', 'learningRate', 'optimizer', 'seed'],
			compare: { layerWidth: 4 },
			panels: ['backpropGraph', 'gradientCheck', 'digitGradientCheck'],
			signature: 'backpropGraph',
			tryThis: [
				{ id: 'wider', change: { data: 'xor', layerWidth: 2 }, compare: { layerWidth: 4 } },
				{ id: 'tanh', change: { data: 'xor', activation: 'tanh' }, compare: { activation: 'sigmoid' } },
				{ id: 'squaredError', change: { data: 'xor', loss: 'mse' }, compare: { loss: 'crossEntropy' } },
				{
					id: 'digits',
					change: { data: 'digits', hiddenLayers: 1, layerWidth: 32, activation: 'sigmoid', learningRate: 0.003, batchSize: 64 },
					compare: null
				}
			],
			buildsOn: ['mlp', 'cost-function', 'gradient-descent'],
			leadsTo: ['vanishing-gradients']
		}
	},
	{ slug: 'bp-network', part: 'training', on: 'backpropagation' },
	{
		slug: 'batches-and-epochs',
		part: 'training',
		page: {
			// The learning-rate page's network and rate, so only the batch changes; batch 8 is noisy but learns.
			defaults: { hiddenLayers: 1, layerWidth: 32, optimizer: 'sgd', learningRate: 0.1, batchSize: 8 },
			controls: ['batchSize', 'learningRate', 'trainSize', 'optimizer', 'layerWidth', 'hiddenLayers', 'seed'],
			compare: { batchSize: 256 },
			panels: ['batchNoise', 'batchSpeed'],
			signature: 'batchNoise',
			race: { field: 'batchSize', values: [8, 64, 512] },
			tryThis: [
				{ id: 'noise', change: { batchSize: 8 }, compare: { batchSize: 256 } },
				{ id: 'race', change: { batchSize: 8 }, race: true },
				{ id: 'wholeSet', change: { batchSize: 8000 }, compare: { batchSize: 64 } }
			],
			buildsOn: ['gradient-descent', 'learning-rate'],
			leadsTo: ['optimizers', 'batch-norm']
		}
	},
	{ slug: 'batches', part: 'training', on: 'batches-and-epochs' },
	{ slug: 'epochs', part: 'training', on: 'batches-and-epochs' },
	{
		slug: 'optimizers',
		part: 'training',
		page: {
			// One shared rate, 0.01, at which all four learn on the digits and differ in how.
			defaults: {
				hiddenLayers: 1,
				layerWidth: 64,
				activation: 'relu',
				initializer: 'heNormal',
				optimizer: 'momentum',
				learningRate: 0.01,
				momentum: 0.9,
				beta1: 0.9,
				beta2: 0.999,
				batchSize: 64
			},
			controls: ['optimizer', 'learningRate', 'momentum', 'beta1', 'beta2', 'batchSize', 'seed'],
			compare: { optimizer: 'sgd' },
			panels: ['optimizerPaths'],
			signature: 'optimizerPaths',
			race: { field: 'optimizer', values: ['sgd', 'momentum', 'rmsprop', 'adam'] },
			tryThis: [
				{ id: 'momentumVsSgd', change: { optimizer: 'momentum', learningRate: 0.01, momentum: 0.9 }, compare: { optimizer: 'sgd' } },
				{ id: 'race', change: { optimizer: 'momentum', learningRate: 0.01 }, race: true },
				{ id: 'betaZero', change: { optimizer: 'momentum', learningRate: 0.01, momentum: 0 }, compare: { optimizer: 'sgd' } },
				{ id: 'highBeta', change: { optimizer: 'momentum', learningRate: 0.01, momentum: 0.99 }, compare: { momentum: 0.9 } }
			],
			buildsOn: ['gradient-descent', 'learning-rate'],
			leadsTo: ['dropout', 'regularization']
		}
	},
	{
		slug: 'vanishing-gradients',
		part: 'regularisation',
		page: {
			defaults: {
				hiddenLayers: 12,
				layerWidth: 32,
				activation: 'sigmoid',
				initializer: 'glorotUniform',
				optimizer: 'sgd',
				learningRate: 0.1
			},
			controls: ['hiddenLayers', 'activation', 'initializer', 'residual', 'clipNorm', 'learningRate', 'layerWidth', 'seed'],
			compare: { activation: 'relu', initializer: 'heNormal' },
			panels: ['gradientNorms'],
			signature: 'gradientNorms',
			lesson: ['vanishing', 'stuck', 'blewUp', 'diverged'],
			tryThis: [
				{ id: 'deepSigmoid', change: { hiddenLayers: 12, activation: 'sigmoid', initializer: 'glorotUniform', residual: false }, compare: null },
				{ id: 'reluHe', change: { hiddenLayers: 12, activation: 'sigmoid', initializer: 'glorotUniform' }, compare: { activation: 'relu', initializer: 'heNormal' } },
				{ id: 'residual', change: { hiddenLayers: 12, activation: 'sigmoid', residual: false }, compare: { residual: true } },
				{ id: 'exploding', change: { hiddenLayers: 6, activation: 'relu', initializer: 'largeNormal', clipNorm: 0 }, compare: { clipNorm: 1 } }
			],
			buildsOn: ['activation', 'backpropagation'],
			leadsTo: ['batch-norm', 'rnn']
		}
	},
	{
		slug: 'batch-norm',
		part: 'regularisation',
		page: {
			defaults: {
				hiddenLayers: 6,
				layerWidth: 64,
				activation: 'sigmoid',
				initializer: 'glorotUniform',
				optimizer: 'sgd',
				learningRate: 0.1,
				batchNorm: false
			},
			controls: ['batchNorm', 'hiddenLayers', 'activation', 'learningRate', 'batchSize', 'seed'],
			compare: { batchNorm: true },
			panels: ['layerMeanStd', 'activationHistograms'],
			signature: 'layerMeanStd',
			lesson: ['vanishing', 'stuck'],
			tryThis: [
				{ id: 'deepSigmoid', change: { batchNorm: false, activation: 'sigmoid', learningRate: 0.1 }, compare: { batchNorm: true } },
				{ id: 'higherRate', change: { batchNorm: false, learningRate: 1 }, compare: { batchNorm: true } },
				{ id: 'relu', change: { batchNorm: false, activation: 'relu', initializer: 'heNormal' }, compare: { batchNorm: true } },
				{ id: 'tinyBatches', change: { batchNorm: true, batchSize: 4 }, compare: { batchNorm: false } }
			],
			buildsOn: ['learning-rate', 'batches', 'vanishing-gradients'],
			leadsTo: ['dropout', 'cnn']
		}
	},
	{
		slug: 'overfitting',
		part: 'regularisation',
		page: {
			// 100 training digits (ten of each) and one hidden layer of 64: memorised within about 10 epochs.
			// An epoch is 5 steps, a small fraction of a second: training stops after epoch 40, so the
			// whole story fills the chart.
			defaults: {
				stopEpochs: 40,
				trainSize: 100,
				hiddenLayers: 1,
				layerWidth: 64,
				activation: 'relu',
				initializer: 'heNormal',
				optimizer: 'adam',
				learningRate: 0.003,
				batchSize: 20,
				dropout: 0,
				l1: 0,
				l2: 0
			},
			controls: ['trainSize', 'layerWidth', 'hiddenLayers', 'learningRate', 'batchSize', 'seed'],
			compare: { trainSize: 1000 },
			panels: ['earlyStopping', 'capacity'],
			signature: 'earlyStopping',
			race: { field: 'layerWidth', values: [2, 8, 32, 512] },
			lesson: ['overfitting'],
			tryThis: [
				{ id: 'memorise', change: { trainSize: 100, layerWidth: 64 }, compare: null },
				{ id: 'moreDigits', change: { trainSize: 100, layerWidth: 64 }, compare: { trainSize: 1000 } },
				{ id: 'widths', change: { trainSize: 100, layerWidth: 64 }, race: true },
				{ id: 'tooNarrow', change: { trainSize: 100, layerWidth: 4 }, compare: { layerWidth: 64 } }
			],
			buildsOn: ['layers', 'epochs'],
			leadsTo: ['dropout', 'regularization']
		}
	},
	{
		slug: 'dropout',
		part: 'regularisation',
		page: {
			defaults: {
				hiddenLayers: 2,
				layerWidth: 256,
				optimizer: 'adam',
				learningRate: 0.001,
				batchSize: 32,
				trainSize: 500,
				dropout: 0
			},
			controls: ['dropout', 'trainSize', 'layerWidth', 'hiddenLayers', 'learningRate', 'seed'],
			compare: { dropout: 0.5 },
			panels: ['generalizationGap', 'dropoutDiagram'],
			signature: 'generalizationGap',
			lesson: ['overfitting'],
			tryThis: [
				{ id: 'overfit', change: { dropout: 0, trainSize: 500 }, compare: null },
				{ id: 'withDropout', change: { dropout: 0, trainSize: 500 }, compare: { dropout: 0.5 } },
				{ id: 'tooMuch', change: { dropout: 0.9, trainSize: 500 }, compare: { dropout: 0.5 } },
				{ id: 'moreData', change: { dropout: 0, trainSize: 8000 }, compare: { dropout: 0.5 } }
			],
			buildsOn: ['layers', 'epochs'],
			leadsTo: ['regularization', 'data-augmentation']
		}
	},
	{
		slug: 'regularization',
		part: 'regularisation',
		page: {
			// Plain SGD: a weight moves learningRate·l1 = 0.0004 per step under L1, so once it reaches
			// zero it stays within 0.0004 of it (Adam would rescale that step to about its rate).
			defaults: {
				hiddenLayers: 1,
				layerWidth: 16,
				activation: 'relu',
				initializer: 'heNormal',
				optimizer: 'sgd',
				learningRate: 0.1,
				batchSize: 32,
				trainSize: 500,
				l1: 0,
				l2: 0
			},
			controls: ['l2', 'l1', 'trainSize', 'learningRate', 'optimizer', 'layerWidth', 'batchSize', 'seed'],
			compare: { l2: 0.01 },
			panels: ['nearZeroWeights', 'generalizationGap', 'firstLayerImages', 'firstLayerHistograms'],
			signature: 'nearZeroWeights',
			lesson: ['overfitting'],
			tryThis: [
				{ id: 'l2', change: { l1: 0, l2: 0 }, compare: { l2: 0.01 } },
				{ id: 'l1', change: { l1: 0, l2: 0 }, compare: { l1: 0.004 } },
				{ id: 'l1VsL2', change: { l1: 0.004, l2: 0 }, compare: { l1: 0, l2: 0.01 } },
				{ id: 'adam', change: { l1: 0.004, l2: 0, optimizer: 'adam', learningRate: 0.003 }, compare: { optimizer: 'sgd', learningRate: 0.1 } }
			],
			buildsOn: ['weights', 'gradient-descent', 'dropout'],
			leadsTo: ['data-augmentation']
		}
	},
	{ slug: 'filters', part: 'vision', on: 'cnn' },
	{
		slug: 'cnn',
		part: 'vision',
		page: {
			// The lab's CNN (two 5×5 convolutions of 8 and 16 filters, each with 2×2 max-pooling, then 128
			// ReLU units): 37,610 weights and biases. Run B is an MLP of 47 hidden units: 37,375, as near
			// as a whole number of units gets. Both are tested on moved digits with `testShift`.
			defaults: {
				architecture: 'cnn',
				hiddenLayers: 1,
				layerWidth: 128,
				activation: 'relu',
				initializer: 'heNormal',
				optimizer: 'adam',
				learningRate: 0.003,
				batchSize: 64,
				testShift: 0
			},
			controls: ['testShift', 'architecture', 'layerWidth', 'learningRate', 'batchSize', 'hiddenLayers', 'seed'],
			compare: { architecture: 'mlp', layerWidth: 47 },
			panels: ['shiftedAccuracy', 'filterPlayground', 'pooling', 'featureMaps'],
			signature: 'shiftedAccuracy',
			tryThis: [
				{ id: 'shift', change: { architecture: 'cnn', testShift: 0 }, compare: { architecture: 'mlp', layerWidth: 47 } },
				{ id: 'vgg', change: { architecture: 'vgg' }, compare: { architecture: 'cnn' } },
				{ id: 'wider', change: { architecture: 'cnn', testShift: 3 }, compare: { architecture: 'mlp', layerWidth: 512 } }
			],
			buildsOn: ['mlp', 'backpropagation', 'vanishing-gradients'],
			leadsTo: ['data-augmentation']
		}
	},
	{ slug: 'pooling', part: 'vision', on: 'cnn' },
	{ slug: 'padding', part: 'vision', on: 'cnn' },
	{
		slug: 'data-augmentation',
		part: 'vision',
		page: {
			// 500 training digits, which a plain network memorises; the main run redraws every batch,
			// run B trains on the digits as they are.
			defaults: {
				trainSize: 500,
				hiddenLayers: 1,
				layerWidth: 64,
				activation: 'relu',
				initializer: 'heNormal',
				optimizer: 'adam',
				learningRate: 0.003,
				batchSize: 32,
				dropout: 0,
				l1: 0,
				l2: 0,
				augmentShift: 2,
				augmentRotation: 15,
				augmentScale: 0.1,
				augmentNoise: 0.1
			},
			controls: ['augmentShift', 'augmentRotation', 'augmentScale', 'augmentNoise', 'trainSize', 'layerWidth', 'learningRate', 'seed'],
			compare: { augmentShift: 0, augmentRotation: 0, augmentScale: 0, augmentNoise: 0 },
			panels: ['augmentedCopies', 'generalizationGap'],
			signature: 'augmentedCopies',
			lesson: ['overfitting'],
			tryThis: [
				{
					id: 'withAndWithout',
					change: { augmentShift: 2, augmentRotation: 15, augmentScale: 0.1, augmentNoise: 0.1 },
					compare: { augmentShift: 0, augmentRotation: 0, augmentScale: 0, augmentNoise: 0 }
				},
				{
					id: 'shiftOnly',
					change: { augmentShift: 2, augmentRotation: 0, augmentScale: 0, augmentNoise: 0 },
					compare: { augmentShift: 0 }
				},
				{
					id: 'tooMuch',
					change: { augmentShift: 4, augmentRotation: 30, augmentScale: 0.3, augmentNoise: 0.5 },
					compare: { augmentShift: 2, augmentRotation: 15, augmentScale: 0.1, augmentNoise: 0.1 }
				},
				{
					id: 'moreDigits',
					change: { trainSize: 8000, augmentShift: 2, augmentRotation: 15, augmentScale: 0.1, augmentNoise: 0.1 },
					compare: { augmentShift: 0, augmentRotation: 0, augmentScale: 0, augmentNoise: 0 }
				}
			],
			buildsOn: ['overfitting', 'dropout', 'regularization', 'cnn'],
			leadsTo: []
		}
	},
	{ slug: 'recurrent-neuron', part: 'sequences', on: 'rnn' },
	{
		slug: 'rnn',
		part: 'sequences',
		page: {
			defaults: {
				architecture: 'rnn',
				hiddenLayers: 0,
				layerWidth: 64,
				activation: 'tanh',
				initializer: 'glorotUniform',
				optimizer: 'adam',
				learningRate: 0.003,
				batchSize: 64,
				recurrentScale: 1
			},
			controls: ['recurrentScale', 'activation', 'layerWidth', 'learningRate', 'architecture', 'hiddenLayers', 'optimizer', 'batchSize', 'seed'],
			compare: { recurrentScale: 0.2 },
			panels: ['recurrence', 'recurrentNeuron'],
			signature: 'recurrence',
			lesson: ['vanishing'],
			tryThis: [
				{ id: 'smallWeights', change: { recurrentScale: 1, activation: 'tanh' }, compare: { recurrentScale: 0.2 } },
				{ id: 'largeWeights', change: { recurrentScale: 1, activation: 'tanh' }, compare: { recurrentScale: 2 } },
				{
					id: 'mlp',
					change: { recurrentScale: 1, activation: 'tanh' },
					compare: { architecture: 'mlp', hiddenLayers: 1, layerWidth: 128, activation: 'relu', initializer: 'heNormal' }
				}
			],
			buildsOn: ['backpropagation', 'vanishing-gradients'],
			leadsTo: []
		}
	}
]);

export type Slug = (typeof CONCEPTS)[number]['slug'];
export type Concept = (typeof CONCEPTS)[number];

/** A concept that has a page of its own, with its experiment. */
export interface ConceptPage extends ExperimentPage<Slug> {
	slug: Slug;
	part: Part;
}

export const CONCEPT_PAGES: readonly ConceptPage[] = CONCEPTS.flatMap((c) =>
	c.page ? [{ slug: c.slug, part: c.part, ...c.page }] : []
);

export function conceptPage(slug: string): ConceptPage | undefined {
	return CONCEPT_PAGES.find((page) => page.slug === slug);
}

/** Where a concept is taught on this site, if anywhere yet. */
export function conceptPath(slug: Slug): string | undefined {
	const concept: Row<Slug> | undefined = CONCEPTS.find((c) => c.slug === slug);
	if (concept?.page) return `/concepts/${slug}`;
	if (concept?.on) return conceptPath(concept.on);
	return concept?.href;
}

export function conceptTitle(slug: string): MessageKey {
	return `concept.${slug}` as MessageKey;
}
