import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'How big a step should gradient descent take, and what happens when it is too small or too large?',
	definition:
		'The learning rate η is the number every gradient is multiplied by to make a training step: each weight moves against its gradient by η times that gradient. So the step is long where the loss is steep and short where it is flat; η sets the scale.',
	formula: 'w \\leftarrow w - \\eta \\, \\nabla_w L, \\qquad \\eta < \\frac{2}{\\lambda_{\\max}}',
	symbols: [
		{ symbol: 'w', meaning: 'the network’s weights' },
		{ symbol: '\\leftarrow', meaning: 'is replaced by: one training step' },
		{ symbol: '\\eta', meaning: 'the learning rate, which multiplies the gradient' },
		{ symbol: 'L', meaning: 'the loss on the current batch' },
		{ symbol: '\\nabla_w L', meaning: 'the gradient: which way, and how steeply, the loss rises as the weights change' },
		{
			symbol: '\\lambda_{\\max}',
			meaning:
				'the largest curvature of the loss, the largest eigenvalue of its Hessian (the matrix of its second derivatives); on a bowl-shaped (quadratic) loss, descent converges only while η is below 2 divided by it'
		}
	],
	whyItMatters:
		'It is the one setting that can make the same network learn well, crawl, or fall apart. Too small and training takes forever. On a bowl-shaped loss, above 1 divided by the largest curvature a step overshoots the bottom along that direction; that alone does no harm, because up to 2 divided by it each overshoot is smaller than the last and descent still converges. Beyond that each overshoot is bigger than the last and the loss grows. The best value depends on the network, the optimizer and the batch size, so it is usually the first setting to tune.',
	experiment:
		'One hidden layer of 32 units, plain SGD at learning rate 0.1, a good rate for this network. The network turns its 10 outputs into probabilities with softmax, and the loss is the cross-entropy: it starts near 2.30 = −ln(1/10), what a network pays for giving every digit the same 1/10. Press Train: the loss drops fast, and test accuracy passes 85% within about 100 steps and 90% by about step 300. Beside it, gradient descent runs at the same rates on two simple made-up loss surfaces with just two weights: a round bowl (curvature 1 in every direction) and a long narrow ravine (curvature 2 along it, 20 across). Their curvatures are chosen to show what happens, not measured from the network, so a rate that suits the network can misbehave there. On the ravine 0.1 is exactly 2 divided by its largest curvature, 2/20: the path slides along the floor but bounces from wall to wall with swings that never shrink, and the table says so.',
	tryThis: {
		tooSmall: {
			label: 'Too small: 0.001',
			predict: 'With its gradients multiplied by 0.001 instead of 0.1, how far will run A get while run B learns?',
			lookFor:
				'Run A’s steps are 100 times shorter than run B’s for the same gradient. Its loss creeps down almost in a straight line; after 300 steps its test accuracy is only about 20%, while run B’s is past 90%. On the bowl its path covers only about 6% of the way to the minimum in 60 steps.'
		},
		tooLarge: {
			label: 'Too large: 8',
			predict: 'At learning rate 8, will run A learn faster than run B at 0.1, learn worse, or break down?',
			lookFor:
				'Run A’s loss leaps into the tens or hundreds in the first few steps, then settles back to about 2.30, no better than guessing, while run B (0.1) learns normally. The giant steps have wrecked the weights; with other settings the loss becomes infinite or NaN and the page stops the run. On both surfaces 8 is far above 2 divided by the largest curvature: every step overshoots more than the last and the path flies off.'
		},
		sweep: {
			label: 'Sweep five learning rates',
			predict: 'Of the rates 0.001, 0.01, 0.1, 1 and 10, which will do best after a few hundred steps, and which will fail?',
			lookFor:
				'Five runs at once. At 0.001 training crawls, and at 0.01 it is slow, under 80% test accuracy after 300 steps; 0.1 passes 90%; at 1 it learns, but its loss jumps about and it is only near 77% by step 300; at 10 the loss leaps into the hundreds and the run ends up at the guessing level. The best rate lies in between, and the differences come in factors of ten, not small nudges. On the ravine, 0.001 and 0.01 are still descending after 60 steps, 0.1 bounces, and 1 and 10 diverge.'
		},
		adam: {
			label: 'Adam vs SGD at 0.003',
			predict: 'At the same rate of 0.003, will Adam and plain SGD learn at the same speed?',
			lookFor:
				'Same rate, different optimizer. Plain SGD (run B) multiplies each gradient by 0.003 and crawls, near 55% test accuracy at step 300. Adam (run A) steps each weight by 0.003 times a running average of its recent gradients divided by their root-mean-square, so each weight moves up to about 0.003 per step however small its gradients are, and it passes 90% within about 100 steps. A good rate for one optimizer can be a poor one for another.'
		}
	},
	remember:
		'The learning rate multiplies the gradient to make each step: too small wastes time, and past 2 divided by the largest curvature every overshoot grows, so try rates a factor of ten apart and keep the largest that learns smoothly.',
	misconception:
		'Overshooting the bottom is not the same as diverging: between 1 and 2 divided by the largest curvature each step overshoots yet the loss still falls, and only beyond 2 divided by it does every step make the loss worse.'
};
