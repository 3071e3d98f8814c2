/** Every concept page's words, by language and slug. Static imports, so each page's prose is bundled. */
import type { ConceptProse } from './types';
import { prose as enActivation } from './en/activation';
import { prose as enLearningRate } from './en/learning-rate';
import { prose as enDropout } from './en/dropout';
import { prose as enBatchNorm } from './en/batch-norm';
import { prose as enVanishingGradients } from './en/vanishing-gradients';
import { prose as zhActivation } from './zh/activation';
import { prose as zhLearningRate } from './zh/learning-rate';
import { prose as zhDropout } from './zh/dropout';
import { prose as zhBatchNorm } from './zh/batch-norm';
import { prose as zhVanishingGradients } from './zh/vanishing-gradients';

export type { ConceptProse, TryThisProse } from './types';

export const PROSE: Record<'en' | 'zh', Record<string, ConceptProse>> = {
	en: {
		activation: enActivation,
		'learning-rate': enLearningRate,
		dropout: enDropout,
		'batch-norm': enBatchNorm,
		'vanishing-gradients': enVanishingGradients
	},
	zh: {
		activation: zhActivation,
		'learning-rate': zhLearningRate,
		dropout: zhDropout,
		'batch-norm': zhBatchNorm,
		'vanishing-gradients': zhVanishingGradients
	}
};
