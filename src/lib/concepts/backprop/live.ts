/** The main run's network as the backpropagation page reads it, from the latest `parameters` report. */
import { pointSet, type PointSetId } from '../../data/points';
import type { ExperimentSpec } from '../../engine/spec';
import type { NetworkParameters } from '../../engine/types';
import { tinyNetwork, type Example, type TinyNetwork } from './tiny';

/** The graph is drawn for networks up to this size (the check covers any small network). */
export const DRAWN_HIDDEN_LAYERS = 2;
export const DRAWN_UNITS = 6;

/** The network, or null while there is none to read (digits, a network too large to report, not built yet). */
export function liveNetwork(spec: ExperimentSpec, parameters: NetworkParameters | null): TinyNetwork | null {
	if (spec.data === 'digits' || !parameters) return null;
	return tinyNetwork(parameters, spec.activation, spec.loss);
}

export function drawable(net: TinyNetwork): boolean {
	const hidden = net.layers.slice(0, -1);
	return hidden.length <= DRAWN_HIDDEN_LAYERS && hidden.every((layer) => layer.units <= DRAWN_UNITS);
}

/** The training points of a point set, as examples. */
export function trainingPoints(id: PointSetId): Example[] {
	const { xy, labels, count } = pointSet(id).train;
	return Array.from({ length: count }, (_, i) => ({ x: [xy[2 * i], xy[2 * i + 1]], y: labels[i] }));
}
