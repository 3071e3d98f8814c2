/** A multilayer perceptron: the example's numbers, flattened, through the hidden blocks to the output. */
import { hiddenStages, outputStage } from './dense';
import { outputUnits } from '../tasks/task';
import type { ArchitectureBuilder } from './stages';

export const buildMlp: ArchitectureBuilder = (spec, task) => [...hiddenStages(spec), outputStage(spec, outputUnits(task))];
