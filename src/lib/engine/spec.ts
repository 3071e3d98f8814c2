/**
 * The experiment spec: plain data that says which network to build and how to train it.
 * Everything a learner can change lives here (or in the backend choice), so a spec plus a
 * seed reproduces a run exactly.
 */
import { POINT_SETS } from '../data/points';

/**
 * A multilayer perceptron sees 784 separate pixels; a convolutional network sees a 28×28 image;
 * a recurrent network reads the image one row of 28 pixels at a time; 'vgg' is the CNN with each
 * 5×5 convolution replaced by two stacked 3×3 ones (the VGG idea).
 */
export const ARCHITECTURES = ['mlp', 'cnn', 'rnn', 'vgg'] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

export const ACTIVATIONS = ['relu', 'leakyRelu', 'elu', 'tanh', 'sigmoid', 'linear'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

export const INITIALIZERS = ['glorotUniform', 'heNormal', 'smallNormal', 'largeNormal'] as const;
export type Initializer = (typeof INITIALIZERS)[number];

export const OPTIMIZERS = ['sgd', 'momentum', 'rmsprop', 'adam'] as const;
export type Optimizer = (typeof OPTIMIZERS)[number];

/**
 * What a model learns from: the handwritten digits, one of the seeded point sets in the plane
 * (two classes each) that the mechanics pages draw, or a learner's own dataset ('own', handed to
 * the experiment by the page: it lives in the browser, so no link can name it).
 */
export const DATASETS = ['digits', ...POINT_SETS, 'own'] as const;
export type DataId = (typeof DATASETS)[number];
/** The data sets a link may name: all but a learner's own. */
export const LINKED_DATASETS = DATASETS.filter((id): id is Exclude<DataId, 'own'> => id !== 'own');

/** Cross-entropy of the softmax (or sigmoid), or the squared distance of the probabilities from the one-hot answer. */
export const LOSSES = ['crossEntropy', 'mse'] as const;
export type LossKind = (typeof LOSSES)[number];

export const BACKENDS = ['auto', 'webgl', 'wasm', 'cpu'] as const;
export type BackendChoice = (typeof BACKENDS)[number];
/** The backend actually running (never 'auto'). */
export type BackendName = Exclude<BackendChoice, 'auto'>;

export interface ExperimentSpec {
	/** The examples: the digits, or a point set in the plane. */
	data: DataId;
	/**
	 * 'cnn' puts two convolution + max-pooling stages in front of the hidden layers (see
	 * architectures/cnn.ts); the hidden layers, output and every training setting stay the same.
	 */
	architecture: Architecture;
	/**
	 * Number of hidden dense layers between the 784 pixels (or a CNN's convolutions) and the 10
	 * outputs; an MLP without any is logistic regression.
	 */
	hiddenLayers: number;
	/** Units in each hidden layer. */
	layerWidth: number;
	activation: Activation;
	initializer: Initializer;
	/** Fraction of hidden units dropped at each training step, 0..0.9. */
	dropout: number;
	batchNorm: boolean;
	/** Skip connections: each hidden layer after the first adds its input to its output. */
	residual: boolean;
	/** What training minimises; the reported loss is this one. */
	loss: LossKind;
	optimizer: Optimizer;
	learningRate: number;
	/** Momentum's β: the share of the last velocity each step keeps (the 'momentum' optimizer only). */
	momentum: number;
	/**
	 * Adam's β₁ and β₂: how much of the running mean of the gradients, and of their squares, each
	 * step keeps ('adam' only; RMSProp keeps its own decay, 0.9).
	 */
	beta1: number;
	beta2: number;
	batchSize: number;
	/** L1 and L2 penalty weights on the kernels. */
	l1: number;
	l2: number;
	/** Largest allowed norm of the whole gradient; larger ones are scaled down. 0 turns clipping off. */
	clipNorm: number;
	/** How many of the training examples (8,000 digits, or a point set's) to train on. */
	trainSize: number;
	seed: number;
	/**
	 * 'rnn' only: the recurrent weights start as a random orthogonal matrix times this scale, so
	 * they stretch a hidden state by exactly this much before the activation.
	 */
	recurrentScale: number;
	/**
	 * Pixels by which each test digit is moved before it is evaluated (0..3), each in its own fixed
	 * direction (tasks/shift.ts); training digits stay as they are. Only image tasks are moved.
	 */
	testShift: number;
	/**
	 * Data augmentation (engine/augment.ts), digits only: each training batch is redrawn with every
	 * digit shifted by up to this many pixels, turned by up to this many degrees, scaled by up to
	 * this share either way, and given Gaussian noise of this spread. 0 turns each off.
	 */
	augmentShift: number;
	augmentRotation: number;
	augmentScale: number;
	augmentNoise: number;
	/**
	 * A learner's own data only: the share of each class held out for testing (0.1..0.5), drawn
	 * by `seed`. The other data sets come split already.
	 */
	testShare: number;
}

/** Defaults chosen so a new user sees test accuracy pass 90% within seconds. */
export const DEFAULT_SPEC: Readonly<ExperimentSpec> = Object.freeze({
	data: 'digits',
	architecture: 'mlp',
	hiddenLayers: 1,
	layerWidth: 128,
	activation: 'relu',
	initializer: 'heNormal',
	dropout: 0,
	batchNorm: false,
	residual: false,
	loss: 'crossEntropy',
	optimizer: 'adam',
	learningRate: 0.003,
	momentum: 0.9,
	beta1: 0.9,
	beta2: 0.999,
	batchSize: 64,
	l1: 0,
	l2: 0,
	clipNorm: 0,
	trainSize: 8000,
	seed: 1,
	recurrentScale: 1,
	testShift: 0,
	augmentShift: 0,
	augmentRotation: 0,
	augmentScale: 0,
	augmentNoise: 0,
	testShare: 0.2
});

/**
 * Settings a running model can take at its next step without a new network: they steer the
 * training, not the network's shape or its starting weights. Every other field needs a rebuild.
 */
export const LIVE_FIELDS = [
	'loss',
	'optimizer',
	'learningRate',
	'momentum',
	'beta1',
	'beta2',
	'batchSize',
	'dropout',
	'l1',
	'l2',
	'clipNorm',
	'testShift',
	// Augmentation only changes how the next batches are drawn.
	'augmentShift',
	'augmentRotation',
	'augmentScale',
	'augmentNoise'
] as const;
export type LiveField = (typeof LIVE_FIELDS)[number];

/** The fields in which two specs differ. */
export function changedFields(from: ExperimentSpec, to: ExperimentSpec): (keyof ExperimentSpec)[] {
	return (Object.keys(to) as (keyof ExperimentSpec)[]).filter((field) => to[field] !== from[field]);
}

/** True when `to` differs from `from` only in fields a running model can take (or not at all). */
export function isLiveChange(from: ExperimentSpec, to: ExperimentSpec): boolean {
	return changedFields(from, to).every((field) => (LIVE_FIELDS as readonly string[]).includes(field));
}

export function withDefaults(partial: Partial<ExperimentSpec> = {}): ExperimentSpec {
	return { ...DEFAULT_SPEC, ...partial };
}
