/**
 * The one table of help: for every setting, control and chart, the key of its one-sentence
 * explanation and the concept that explains it at length. A link appears only once that
 * concept has a page, so adding a page lights up its links here without another edit.
 */
import type { MessageKey } from '../i18n/en';
import { conceptPath, conceptTitle, type Slug } from '../concepts/pages';
import type { Settings } from '../session/settings';

/** What a help button shows: the sentence, and where to read more if a page exists. */
export interface HelpText {
	text: string;
	link?: { href: string; label: string };
}

/** The concept each setting belongs to; null where no concept explains it. */
export const SETTING_CONCEPTS: Record<keyof Settings, Slug | null> = {
	data: null,
	architecture: 'cnn',
	hiddenLayers: 'layers',
	layerWidth: 'layers',
	activation: 'activation',
	initializer: 'vanishing-gradients',
	dropout: 'dropout',
	batchNorm: 'batch-norm',
	residual: 'vanishing-gradients',
	loss: 'cost-function',
	clipNorm: 'vanishing-gradients',
	optimizer: 'optimizers',
	learningRate: 'learning-rate',
	momentum: 'optimizers',
	beta1: 'optimizers',
	beta2: 'optimizers',
	batchSize: 'batches',
	l1: 'regularization',
	l2: 'regularization',
	trainSize: null,
	seed: null,
	backend: null,
	augmentShift: 'data-augmentation',
	augmentRotation: 'data-augmentation',
	augmentScale: 'data-augmentation',
	augmentNoise: 'data-augmentation',
	stopEpochs: 'epochs',
	stopAccuracy: null,
	recurrentScale: 'rnn',
	testShift: 'cnn',
	testShare: null
};

/** Every chart that can carry help, with the concept it illustrates. */
export const CHART_CONCEPTS = {
	loss: 'cost-function',
	lossPoints: 'cost-function',
	accuracy: null,
	accuracyPoints: null,
	weights: 'weights',
	images: 'weights',
	gallery: null,
	draw: null,
	network: 'network',
	activationFunction: 'activation',
	activationHistograms: 'activation',
	deadUnits: 'activation',
	saturatedUnits: 'activation',
	lossSurface: 'learning-rate',
	gap: 'dropout',
	dropoutDiagram: 'dropout',
	layerMean: 'batch-norm',
	layerStd: 'batch-norm',
	gradientNorms: 'vanishing-gradients',
	gradientNormsOverTime: 'vanishing-gradients',
	neuron: 'neuron',
	templates: 'neuron',
	descentSurface: 'gradient-descent',
	oneStep: 'gradient-descent',
	backpropGraph: 'backpropagation',
	gradientCheck: 'backpropagation',
	digitGradientCheck: 'backpropagation',
	forwardWalk: 'forward-propagation',
	weightedSum: 'neuron',
	softmaxOnPage: 'cost-function',
	costCurves: 'cost-function',
	costSoftmax: 'cost-function',
	costSlopes: 'cost-function',
	boundary: 'mlp',
	hiddenUnits: 'mlp',
	confusion: null,
	nearZero: 'regularization',
	weightSpread: 'regularization',
	earlyStopping: 'overfitting',
	capacity: 'overfitting',
	optimizerPaths: 'optimizers',
	batchNoise: 'batches-and-epochs',
	batchSpeed: 'batches-and-epochs',
	batchSpread: 'batches-and-epochs',
	filterWindow: 'cnn',
	filterOutput: 'cnn',
	poolWindow: 'cnn',
	poolOutput: 'cnn',
	recurrentNeuron: 'recurrent-neuron',
	rnnGradients: 'rnn',
	rnnState: 'rnn',
	shiftedAccuracy: 'cnn',
	cnnFilters: 'filters',
	featureMaps: 'cnn',
	augmentedCopies: 'data-augmentation'
} as const satisfies Record<string, Slug | null>;

export type ChartId = keyof typeof CHART_CONCEPTS;

/** The buttons and toggles around the settings; their help has no page to link. */
export const CONTROL_HELP = ['train', 'pause', 'step', 'reset', 'backToSetup', 'keepTrainingHidden', 'compare', 'race', 'copyLink'] as const;

export function settingHelpKey(field: keyof Settings): MessageKey {
	return `help.setting.${field}` as MessageKey;
}

export function chartHelpKey(chart: ChartId): MessageKey {
	return `help.chart.${chart}` as MessageKey;
}

export function controlHelpKey(control: (typeof CONTROL_HELP)[number]): MessageKey {
	return `help.control.${control}` as MessageKey;
}

/** Builds the help for a key and concept with `t`, so it follows the page's language. */
function helpText(t: (key: MessageKey, values?: Record<string, string>) => string, key: MessageKey, slug: Slug | null): HelpText {
	const href = slug ? conceptPath(slug) : undefined;
	if (!slug || !href) return { text: t(key) };
	return { text: t(key), link: { href, label: t('help.readMore', { page: t(conceptTitle(slug)) }) } };
}

export function settingHelp(t: (key: MessageKey, values?: Record<string, string>) => string, field: keyof Settings): HelpText {
	return helpText(t, settingHelpKey(field), SETTING_CONCEPTS[field]);
}

export function chartHelp(t: (key: MessageKey, values?: Record<string, string>) => string, chart: ChartId): HelpText {
	return helpText(t, chartHelpKey(chart), CHART_CONCEPTS[chart]);
}

/** Context through which a ChartHelp wrapper hands help to a chart that does not take it as a prop. */
export const CHART_HELP_CONTEXT = Symbol('chart help');
export type ChartHelpContext = () => HelpText | undefined;

/** The help of a button or toggle, for `<Help name=… help={controlHelp(t, 'train')} />` beside it. */
export function controlHelp(
	t: (key: MessageKey, values?: Record<string, string>) => string,
	control: (typeof CONTROL_HELP)[number]
): HelpText {
	return { text: t(controlHelpKey(control)) };
}

/** The training bar's buttons, each named and explained, as one help text beside them. */
export function trainingBarHelp(t: (key: MessageKey, values?: Record<string, string>) => string): HelpText {
	const buttons: [MessageKey, (typeof CONTROL_HELP)[number]][] = [
		['control.train', 'train'],
		['control.pause', 'pause'],
		['control.step', 'step'],
		['control.reset', 'reset']
	];
	return { text: buttons.map(([name, control]) => `${t(name)}: ${t(controlHelpKey(control))}`).join(' ') };
}
