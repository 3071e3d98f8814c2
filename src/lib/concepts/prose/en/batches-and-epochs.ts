import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'How many examples should each training step learn from, and how is a step different from an epoch?',
	definition:
		'A batch is the handful of training examples one step learns from: the network works out its loss on each of them, and the step follows the gradient of their mean. A step is one such update of the weights. An epoch is one pass through the whole training set: the examples are shuffled, cut into batches one after another, and the epoch ends when too few are left for a whole batch. With N examples and batch size B an epoch is ⌊N/B⌋ steps, so the step counter and the epoch counter tick at very different speeds.',
	formula:
		'L_{\\mathcal B} = \\frac{1}{B} \\sum_{i \\in \\mathcal B} \\ell_i, \\qquad w \\leftarrow w - \\eta \\, \\nabla_w L_{\\mathcal B}, \\qquad S = \\left\\lfloor \\frac{N}{B} \\right\\rfloor',
	symbols: [
		{ symbol: '\\mathcal B', meaning: 'the batch: the next B examples in this epoch’s shuffled order' },
		{ symbol: 'B', meaning: 'the batch size (the Batch size setting); a batch larger than N is all N examples' },
		{ symbol: '\\ell_i', meaning: 'the loss on example i alone (here the cross-entropy of one digit)' },
		{ symbol: 'L_{\\mathcal B}', meaning: 'the batch’s loss, the mean over its examples: the training loss the charts draw at every step' },
		{ symbol: 'w', meaning: 'the network’s weights' },
		{ symbol: '\\eta', meaning: 'the learning rate' },
		{ symbol: '\\nabla_w L_{\\mathcal B}', meaning: 'the gradient of the batch’s loss: the direction this step follows' },
		{ symbol: 'S', meaning: 'steps per epoch' },
		{ symbol: 'N', meaning: 'the training examples used (8,000 digits here; the Training examples setting)' },
		{ symbol: '\\lfloor \\cdot \\rfloor', meaning: 'round down: the few examples left over sit out this epoch, and the next one begins with a new shuffle' }
	],
	whyItMatters:
		'The mean over a batch estimates the mean over every training example, and like any average of a sample it scatters less the larger the sample: a mean of B independent draws has a standard deviation of σ/√B. So small batches take cheap, noisy steps and large batches costly, steady ones. Per example seen, the many noisy steps get further; per step, the steady ones do. Which is faster in seconds depends on how well your device handles many examples at once, so this page measures it rather than assuming it.',
	experiment:
		'One hidden layer of 32 ReLU units, plain SGD at learning rate 0.1 (the learning-rate page’s network), batch 8, all 8,000 training digits: an epoch is ⌊8000/8⌋ = 1,000 steps. Press Train and watch the top chart: each point is one step’s loss on its own 8 digits, and it jumps up and down from step to step; over steps 21 to 300 the standard deviation of those jumps was 0.46. The status line counts both: it says Epoch 1 until step 1,000, then Epoch 2, and a dashed line on the chart marks where epoch 1 ended. Tested every 25 steps, this run first reached 90% test accuracy at step 575, still inside its first epoch, after seeing 4,600 digits; from step 325 to 600 its accuracy wobbled between about 85% and 90% from one test to the next.',
	tryThis: {
		noise: {
			label: 'Batch 8 against 256',
			predict: 'Run B averages 256 digits at every step instead of 8: how much calmer will its loss line be, and will it need more steps than run A to reach 90%, or fewer?',
			lookFor:
				'Run B’s band is far thinner: its step-to-step spread over steps 101 to 300 was 0.066, against 0.46 for batch 8, about a seventh for 32 times the digits. Its epoch is only ⌊8000/256⌋ = 31 steps (64 digits sit out each pass), so dashed epoch lines fill its chart while run A is still in its first epoch. Per step run B learns faster, 90% at step 200 against 575; but by then it has used 51,200 digits, 6.5 epochs, eleven times as many as run A.'
		},
		race: {
			label: 'Race batches of 8, 64 and 512',
			predict: 'Three runs take the same steps on the same seed with batches of 8, 64 and 512: which reaches 90% in the fewest steps, which in the fewest epochs, and which in the least time?',
			lookFor:
				'In steps the largest batch wins: tested every 25 steps, batch 512 reached 90% at step 200, batch 64 at step 250 and batch 8 at step 575. In epochs the order flips: batch 8 needed 0.58 of an epoch, batch 64 two and batch 512 over thirteen. The spread chart falls as the batch grows, 0.46, 0.14 and 0.042 over steps 101 to 300: each eightfold batch cuts it by about three, close to √8 ≈ 2.8. Time is the third answer, and it is your device’s: in one race on a two-core test machine (WASM backend, a test about once a second), batch 8 trained about 3,600 digits a second, batch 64 about 11,000 and batch 512 about 14,000, and batch 64 reached 90% first, after 1.4 seconds of its own training, batch 8 after 2.1 and batch 512 after 7.6. The runs take turns on one worker, so each run’s own training time is what the chart counts.'
		},
		wholeSet: {
			label: 'All 8,000 digits in every batch',
			predict: 'With the whole training set in every batch, each step is a whole epoch: will run A’s loss line be smooth, and will it beat batch 64 step for step?',
			lookFor:
				'Run A now makes ⌊8000/8000⌋ = 1 step an epoch: its epoch counter moves with its step counter, and the chart marks only some of its many epoch ends. Its loss line has no batch noise at all, since every step averages the same 8,000 digits. Yet step for step it hardly beats batch 64: tested at step 100, 88.0% against 87.4%, after 100 epochs against 0.8. Each of its steps does 125 times the work of a batch-64 step: on a two-core test machine (WASM backend) run A trained about 15,000 digits a second and run B about 10,000, so run A’s step took about half a second and its 100 steps close to a minute, while run B’s 100 steps took under a second.'
		}
	},
	remember:
		'A batch sets how many examples each step averages, and an epoch is one pass over all N of them, ⌊N/B⌋ steps: small batches make many cheap, noisy steps an epoch, large ones a few steady, costly steps.',
	misconception:
		'A larger batch is not simply better: it learns more per step but less per example seen, and only the clock on your own device says which gets there first.'
};
