/**
 * The panel table: every concept-specific plot a page can list, by id. Each panel is one
 * component taking the same props; a page names its panels in its row of the table of pages.
 */
import type { Component } from 'svelte';
import type { PanelProps } from './props';
import ActivationFunctionPanel from './ActivationFunctionPanel.svelte';
import ActivationHistogramsPanel from './ActivationHistogramsPanel.svelte';
import DescentPanel from './DescentPanel.svelte';
import BackpropGraphPanel from './BackpropGraphPanel.svelte';
import DigitGradientCheckPanel from './DigitGradientCheckPanel.svelte';
import CostFunctionPanel from './CostFunctionPanel.svelte';
import DropoutPanel from './DropoutPanel.svelte';
import GapPanel from './GapPanel.svelte';
import GradientCheckPanel from './GradientCheckPanel.svelte';
import GradientPanel from './GradientPanel.svelte';
import LayerStatsPanel from './LayerStatsPanel.svelte';
import LossSurfacePanel from './LossSurfacePanel.svelte';
import NeuronPanel from './NeuronPanel.svelte';
import OneStepPanel from './OneStepPanel.svelte';
import TemplatesPanel from './TemplatesPanel.svelte';
import UnitHealthPanel from './UnitHealthPanel.svelte';
import ForwardPropagationPanel from './ForwardPropagationPanel.svelte';
import BoundaryPanel from './BoundaryPanel.svelte';
import HiddenUnitsPanel from './HiddenUnitsPanel.svelte';
import NearZeroPanel from './NearZeroPanel.svelte';
import FirstLayerHistogramsPanel from './FirstLayerHistogramsPanel.svelte';
import FirstLayerImagesPanel from './FirstLayerImagesPanel.svelte';
import EarlyStoppingPanel from './EarlyStoppingPanel.svelte';
import CapacityPanel from './CapacityPanel.svelte';
import OptimizerPathsPanel from './OptimizerPathsPanel.svelte';
import BatchNoisePanel from './BatchNoisePanel.svelte';
import BatchSpeedPanel from './BatchSpeedPanel.svelte';
import FilterPlaygroundPanel from './FilterPlaygroundPanel.svelte';
import PoolingPanel from './PoolingPanel.svelte';
import RecurrencePanel from './RecurrencePanel.svelte';
import RecurrentNeuronPanel from './RecurrentNeuronPanel.svelte';
import ShiftedAccuracyPanel from './ShiftedAccuracyPanel.svelte';
import FeatureMapsPanel from './FeatureMapsPanel.svelte';
import AugmentedCopiesPanel from './AugmentedCopiesPanel.svelte';

export type { PanelProps } from './props';

export const PANELS = {
	activationFunction: ActivationFunctionPanel,
	activationHistograms: ActivationHistogramsPanel,
	unitHealth: UnitHealthPanel,
	lossSurface: LossSurfacePanel,
	generalizationGap: GapPanel,
	dropoutDiagram: DropoutPanel,
	layerMeanStd: LayerStatsPanel,
	gradientNorms: GradientPanel,
	neuron: NeuronPanel,
	templates: TemplatesPanel,
	descentSurface: DescentPanel,
	oneStep: OneStepPanel,
	backpropGraph: BackpropGraphPanel,
	gradientCheck: GradientCheckPanel,
	digitGradientCheck: DigitGradientCheckPanel,
	forwardPropagation: ForwardPropagationPanel,
	costFunction: CostFunctionPanel,
	boundary: BoundaryPanel,
	hiddenUnits: HiddenUnitsPanel,
	nearZeroWeights: NearZeroPanel,
	firstLayerHistograms: FirstLayerHistogramsPanel,
	firstLayerImages: FirstLayerImagesPanel,
	earlyStopping: EarlyStoppingPanel,
	capacity: CapacityPanel,
	optimizerPaths: OptimizerPathsPanel,
	batchNoise: BatchNoisePanel,
	batchSpeed: BatchSpeedPanel,
	filterPlayground: FilterPlaygroundPanel,
	pooling: PoolingPanel,
	recurrence: RecurrencePanel,
	recurrentNeuron: RecurrentNeuronPanel,
	shiftedAccuracy: ShiftedAccuracyPanel,
	featureMaps: FeatureMapsPanel,
	augmentedCopies: AugmentedCopiesPanel
} satisfies Record<string, Component<PanelProps>>;

export type PanelId = keyof typeof PANELS;
