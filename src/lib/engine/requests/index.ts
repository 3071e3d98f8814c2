/**
 * THE REQUEST TABLE: what a page can ask of one run's model outside training (paused or not):
 * look inside it with the page's own input, or set some of its weights by hand. Each row takes
 * plain-data arguments and answers plain data; the worker runs it between training chunks and
 * the page awaits it (`Experiment.request`). A new request is a row here and its file.
 * A row that `alters` the model makes the worker report the run's update metrics afterwards, so
 * what the page draws follows the new weights at once.
 */
import type { Trainer } from '../trainer';
import type { TestPoint } from '../types';
import { cellExamples } from './cell-examples';
import { lineSearch } from './line-search';
import { gradients } from './gradients';
import { setParameters } from './set-parameters';
import { trace } from './trace';
import { testLogits } from './test-logits';
import { evaluate, type EvaluateArgs } from './evaluate';
import { testPicture } from './test-picture';
import { recurrence, type Recurrence, type RecurrenceArgs } from './recurrence';
import { featureMaps } from './feature-maps';
import { shiftedAccuracy } from './shifted-accuracy';
import { augmentedCopies } from './augmented-copies';
import { exportModel, type ExportModelArgs, type ExportedModel } from './export-model';

export interface RequestRow<A, R> {
	alters: boolean;
	run(trainer: Trainer, args: A): Promise<R>;
}

const row = <A, R>(alters: boolean, run: (trainer: Trainer, args: A) => Promise<R>): RequestRow<A, R> => ({ alters, run });

export const REQUESTS = {
	/** Sets a dense stage's weights and biases by hand (the neuron page's sliders). */
	setParameters: row(true, setParameters),
	/** The loss after one plain gradient step of each size asked, weights put back (the gradient-descent page). */
	lineSearch: row(false, lineSearch),
	/** The loss's gradients on some training examples, and central differences for chosen weights (the backpropagation page). */
	gradients: row(false, gradients),
	/** One example through a dense network, layer by layer, with each unit's sum term by term (the forward-propagation page). */
	trace: row(false, trace),
	/** One test example's logits and right answer (the cost-function page's slider). */
	testLogits: row(false, testLogits),
	/** The test examples in one cell of the confusion matrix, with the model's probabilities (the confusion matrix). */
	cellExamples: row(false, cellExamples),
	/** Test and training loss of the model as it is now, between the worker's own evaluations (the overfitting page). */
	evaluate: row<EvaluateArgs, TestPoint>(false, evaluate),
	/** One test picture's pixels and right answer (the cnn page's filter playground). */
	testPicture: row(false, testPicture),
	/** A recurrent network's hidden state row by row for one test digit, and the gradient at each row (the RNN page). */
	recurrence: row<RecurrenceArgs, Recurrence>(false, recurrence),
	/** A convolutional network's first-layer filters and its maps of one test digit (the CNN page). */
	featureMaps: row(false, featureMaps),
	/** Test accuracy on the test digits moved 0 to 3 pixels (the CNN page). */
	shiftedAccuracy: row(false, shiftedAccuracy),
	/** Copies of one training digit as the run's augmentation redraws them (the data-augmentation page). */
	augmentedCopies: row(false, augmentedCopies),
	/** The model as TF.js saves it, built from stock layers, for the learner to download (the export tools). */
	exportModel: row<ExportModelArgs, ExportedModel>(false, exportModel)
};

export type RequestName = keyof typeof REQUESTS;
export type RequestArgs<K extends RequestName> = (typeof REQUESTS)[K] extends RequestRow<infer A, unknown> ? A : never;
export type RequestResult<K extends RequestName> = (typeof REQUESTS)[K] extends RequestRow<never, infer R> ? R : never;
