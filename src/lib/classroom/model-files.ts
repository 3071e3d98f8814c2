/**
 * An exported model as the two files `tf.loadLayersModel` reads: model.json, whose weights
 * manifest names the weights file beside it, and that file's bytes.
 */
import type { ExportedModel } from '../engine/requests/export-model';

export const MODEL_FILE = 'step-one-model.json';
export const WEIGHTS_FILE = 'step-one-model.weights.bin';

/** model.json's text, in the shape TF.js's own downloads write. */
export function modelJson(model: ExportedModel, weightsFile = WEIGHTS_FILE): string {
	return JSON.stringify({
		modelTopology: model.modelTopology,
		format: model.format ?? 'layers-model',
		generatedBy: model.generatedBy,
		convertedBy: model.convertedBy ?? null,
		weightsManifest: [{ paths: [`./${weightsFile}`], weights: model.weightSpecs }]
	});
}
