import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'How big a step should gradient descent take, and what happens when it is too small or too large?',
	definition:
		'The learning rate η is the step size: how far every weight moves against its gradient at each training step.',
	formula: 'w \\leftarrow w - \\eta \\, \\nabla_w L, \\qquad \\eta < \\frac{2}{\\lambda_{\\max}}',
	symbols: [
		{ symbol: 'w', meaning: 'any weight of the network' },
		{ symbol: '\\leftarrow', meaning: 'is replaced by: one training step' },
		{ symbol: '\\eta', meaning: 'the learning rate, the size of the step' },
		{ symbol: 'L', meaning: 'the loss on the current batch' },
		{ symbol: '\\nabla_w L', meaning: 'the gradient: which way, and how steeply, the loss rises as w changes' },
		{
			symbol: '\\lambda_{\\max}',
			meaning: 'the steepest curvature of the loss; on a bowl-shaped loss, descent stays stable only while η is below 2 / λ_max'
		}
	],
	whyItMatters:
		'It is the one setting that can make the same network learn well, crawl, or fall apart. Too small and training takes forever; too large and every step overshoots the bottom of the valley, so the loss grows instead of shrinking. The best value depends on the network, the optimizer and the batch size, so it is usually the first thing to tune.',
	experiment:
		'One hidden layer of 32 units, plain SGD at learning rate 0.1, a good rate for this network. Press Train: the loss drops fast and accuracy passes 90% within a few hundred steps. The toy loss surfaces, a round bowl and a long narrow ravine, show the path gradient descent takes at the rate you chose. In the ravine, 0.1 is exactly 2 divided by its steepest curvature (20), so the path bounces from wall to wall without settling.',
	tryThis: {
		tooSmall: {
			label: 'Too small: 0.001',
			lookFor:
				'Run A takes steps 100 times shorter than run B (0.1). Its loss creeps down almost in a straight line and is still far above run B’s after hundreds of steps; on the bowl its path barely leaves the start.'
		},
		tooLarge: {
			label: 'Too large: 8',
			lookFor:
				'Run A’s loss leaps into the tens or hundreds in the first few steps, then flattens at about 2.3, no better than guessing, while run B (0.1) learns normally. The giant steps have wrecked the weights (here every ReLU unit goes silent); with other settings the loss becomes infinite or NaN and the page stops the run. On the toy surfaces 8 is far above 2 divided by the curvature: every step overshoots more than the last and the path flies off.'
		},
		sweep: {
			label: 'Sweep five learning rates',
			lookFor:
				'Five runs at once, at 0.001, 0.01, 0.1, 1 and 10. At 0.001 training crawls and at 0.01 it is slow; at 1 it learns but jumps about, and at 10 it breaks down at the guessing level. The best rate lies in between, and the differences come in factors of ten, not small nudges.'
		},
		adam: {
			label: 'Adam vs SGD at 0.003',
			lookFor:
				'Same rate, different optimizer. Plain SGD (run B) crawls at 0.003; Adam (run A) scales each weight’s step by the size of its recent gradients and learns quickly. A good rate for one optimizer can be a poor one for another.'
		}
	},
	remember:
		'The learning rate sets the step size: too small wastes time, too large overshoots and diverges, so try rates a factor of ten apart and keep the largest that learns smoothly.',
	misconception:
		'A larger learning rate does not simply mean faster learning: past a limit set by the steepest curvature of the loss, each step makes the loss worse.'
};
