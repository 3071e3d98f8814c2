/**
 * Concept pages as configuration: what each page's experiment starts with, which controls and
 * panels it shows, what it compares, and its "Try this" steps. One generic page renders them;
 * the words live in prose/en and prose/zh.
 */
import type { Settings } from '../url/params';

/** The concept-specific plots a page can show below loss, accuracy and weights. */
export type Panel =
	| 'activationFunction'
	| 'activationHistograms'
	| 'unitHealth'
	| 'lossSurface'
	| 'generalizationGap'
	| 'dropoutDiagram'
	| 'layerMeanStd'
	| 'gradientNorms';

export interface TryThis {
	id: string;
	/** Applied to the main run's settings. */
	change: Partial<Settings>;
	/** Turns the comparison on with this run B (its changes from the main run), or off with null. */
	compare?: Partial<Settings> | null;
	/** Turns the learning-rate sweep on. */
	sweep?: boolean;
}

export interface ConceptPageConfig {
	slug: string;
	/** The page's starting settings; its links store only differences from these. */
	defaults: Partial<Settings>;
	controls: (keyof Settings)[];
	/** Run B of the side-by-side comparison: what it changes from the main run. */
	compare: Partial<Settings>;
	panels: Panel[];
	/** Offer training several learning rates at once. */
	sweep?: boolean;
	tryThis: TryThis[];
	/** Concepts this one builds on, and those that build on it. */
	buildsOn: string[];
	leadsTo: string[];
}

/** Learning rates of a sweep, as multiples of the chosen rate. */
export const SWEEP_FACTORS = [0.01, 0.1, 1, 10, 100];

export const CONCEPT_PAGES: readonly ConceptPageConfig[] = [
	{
		slug: 'activation',
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
		tryThis: [
			{ id: 'sigmoidVsRelu', change: { activation: 'sigmoid', hiddenLayers: 3 }, compare: { activation: 'relu' } },
			{ id: 'linearIsShallow', change: { activation: 'linear', hiddenLayers: 4 }, compare: { hiddenLayers: 0 } },
			{ id: 'deadRelu', change: { activation: 'relu', hiddenLayers: 3, learningRate: 0.5 }, compare: { activation: 'leakyRelu' } },
			{ id: 'tanh', change: { activation: 'tanh', hiddenLayers: 3 }, compare: { activation: 'sigmoid' } }
		],
		buildsOn: ['neuron', 'layers'],
		leadsTo: ['vanishing-gradients', 'batch-norm']
	},
	{
		slug: 'learning-rate',
		defaults: { hiddenLayers: 1, layerWidth: 32, optimizer: 'sgd', learningRate: 0.1 },
		controls: ['learningRate', 'optimizer', 'batchSize', 'hiddenLayers', 'layerWidth', 'seed'],
		compare: { learningRate: 0.001 },
		panels: ['lossSurface'],
		sweep: true,
		tryThis: [
			{ id: 'tooSmall', change: { learningRate: 0.001 }, compare: { learningRate: 0.1 } },
			{ id: 'tooLarge', change: { learningRate: 8 }, compare: { learningRate: 0.1 } },
			{ id: 'sweep', change: { learningRate: 0.1, optimizer: 'sgd' }, sweep: true },
			{ id: 'adam', change: { optimizer: 'adam', learningRate: 0.003 }, compare: { optimizer: 'sgd', learningRate: 0.003 } }
		],
		buildsOn: ['gradient-descent', 'cost'],
		leadsTo: ['optimizers', 'batch-norm']
	},
	{
		slug: 'dropout',
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
		tryThis: [
			{ id: 'overfit', change: { dropout: 0, trainSize: 500 }, compare: null },
			{ id: 'withDropout', change: { dropout: 0, trainSize: 500 }, compare: { dropout: 0.5 } },
			{ id: 'tooMuch', change: { dropout: 0.9, trainSize: 500 }, compare: { dropout: 0.5 } },
			{ id: 'moreData', change: { dropout: 0, trainSize: 8000 }, compare: { dropout: 0.5 } }
		],
		buildsOn: ['layers', 'epochs'],
		leadsTo: ['regularization', 'batch-norm']
	},
	{
		slug: 'batch-norm',
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
		tryThis: [
			{ id: 'deepSigmoid', change: { batchNorm: false, activation: 'sigmoid', learningRate: 0.1 }, compare: { batchNorm: true } },
			{ id: 'higherRate', change: { batchNorm: false, learningRate: 1 }, compare: { batchNorm: true } },
			{ id: 'relu', change: { batchNorm: false, activation: 'relu', initializer: 'heNormal' }, compare: { batchNorm: true } },
			{ id: 'tinyBatches', change: { batchNorm: true, batchSize: 4 }, compare: { batchSize: 64 } }
		],
		buildsOn: ['activation', 'batches'],
		leadsTo: ['vanishing-gradients', 'dropout']
	},
	{
		slug: 'vanishing-gradients',
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
		tryThis: [
			{ id: 'deepSigmoid', change: { hiddenLayers: 12, activation: 'sigmoid', initializer: 'glorotUniform', residual: false }, compare: null },
			{ id: 'reluHe', change: { hiddenLayers: 12, activation: 'sigmoid', initializer: 'glorotUniform' }, compare: { activation: 'relu', initializer: 'heNormal' } },
			{ id: 'residual', change: { hiddenLayers: 12, activation: 'sigmoid', residual: false }, compare: { residual: true } },
			{ id: 'exploding', change: { hiddenLayers: 6, activation: 'relu', initializer: 'largeNormal', clipNorm: 0 }, compare: { clipNorm: 1 } }
		],
		buildsOn: ['backprop', 'activation'],
		leadsTo: ['batch-norm', 'optimizers']
	}
];

export function conceptPage(slug: string): ConceptPageConfig | undefined {
	return CONCEPT_PAGES.find((page) => page.slug === slug);
}
