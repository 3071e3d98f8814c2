import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'What happens to a network’s weights when large weights cost extra, and why does L1 switch weights off while L2 only shrinks them?',
	definition:
		'Regularization adds a penalty on the weights to the loss that training minimizes. L1 adds the sum of the weights’ sizes, L2 the sum of their squares, each times its own strength λ. Training then trades fitting the training digits against keeping the weights small.',
	formula:
		'\\begin{gathered} L = \\underbrace{\\frac{1}{B} \\sum_{i=1}^{B} \\ell(x_i, y_i)}_{L_{\\mathrm{data}}} + \\lambda_1 \\sum_j \\lvert w_j \\rvert + \\lambda_2 \\sum_j w_j^2 \\\\ w_j \\leftarrow w_j - \\eta \\Big( \\frac{\\partial L_{\\mathrm{data}}}{\\partial w_j} + \\lambda_1 \\operatorname{sign}(w_j) + 2 \\lambda_2 w_j \\Big) \\end{gathered}',
	symbols: [
		{ symbol: 'L', meaning: 'the penalized loss that a training step goes down: the data loss plus the two penalties' },
		{
			symbol: 'L_{\\mathrm{data}}',
			meaning: 'the data loss: the mean cross-entropy over the batch. The loss charts and the gap chart show this one, without the penalties, so runs with and without a penalty compare'
		},
		{ symbol: 'B', meaning: 'the batch size, the digits averaged for one step (32 here)' },
		{ symbol: 'x_i, y_i', meaning: 'digit i of the batch and its right answer' },
		{ symbol: '\\ell(x_i, y_i)', meaning: 'the cross-entropy on that digit: minus the log of the probability the network gives the right answer' },
		{
			symbol: 'w_j',
			meaning: 'one weight; the sums run over every weight of every layer (here 784 × 16 + 16 × 10 = 12,704), summed, not averaged. Biases are not penalized'
		},
		{ symbol: '\\lvert w_j \\rvert', meaning: 'the weight’s size, its value without its sign' },
		{ symbol: '\\lambda_1', meaning: 'the L1 strength (the L1 penalty setting); 0 turns L1 off' },
		{ symbol: '\\lambda_2', meaning: 'the L2 strength (the L2 penalty setting); 0 turns L2 off' },
		{ symbol: '\\leftarrow', meaning: 'is replaced by: one step of plain gradient descent (SGD)' },
		{ symbol: '\\eta', meaning: 'the learning rate (0.1 here)' },
		{ symbol: '\\frac{\\partial L_{\\mathrm{data}}}{\\partial w_j}', meaning: 'how the data loss changes with this weight: the pull of the training digits' },
		{
			symbol: '\\operatorname{sign}(w_j)',
			meaning: '+1 for a positive weight, −1 for a negative one (0 at exactly 0): L1’s pull towards zero has the same size, λ₁, however small the weight is'
		},
		{ symbol: '2 \\lambda_2 w_j', meaning: 'L2’s pull towards zero: proportional to the weight, so it weakens as the weight shrinks' }
	],
	whyItMatters:
		'A network with more weights than it has training digits can memorize them, quirks and all, and then do worse on new digits: overfitting. A penalty makes every unit of weight cost something, so a weight only stays large where the training digits pay for it. L1 goes further and switches weights off, which also shows which inputs a network can do without. Dropout fights overfitting by making the network unreliable during training; these penalties do it by making large weights expensive.',
	experiment:
		'One hidden layer of 16 ReLU units trained with plain SGD (learning rate 0.1, batches of 32) on only 500 of the 8,000 training digits, with no penalty. The numbers on this page were measured on seed 1 with the engine on the CPU backend, reading the weights and losses every 50 steps; other backends round differently and may differ a little. Press Train: by about step 450 it gets all 500 training digits right, and its training loss falls to about 0.03 by step 600, while its test loss is lowest around step 300 (about 0.51) and then climbs (about 0.54 at step 600, 0.67 at step 3,000): it is memorizing. Its first layer’s weights spread wider as it learns (standard deviation 0.048 at step 50, 0.067 at step 600), and fewer than 2% of them ever lie within 0.001 of zero. 206 of the 784 pixels are blank in all 500 training digits, mostly near the edges; their weights get no gradient at all and keep their random starting values, which is the speckled frame around each weight picture.',
	tryThis: {
		l2: {
			label: 'No penalty vs L2 0.01',
			predict: 'If run B pays 0.01 times the sum of its squared weights on top of the data loss, will its weights shrink to zero, only get smaller, or stay as they are?',
			lookFor:
				'Run B (L2 0.01) keeps its first-layer weights tighter: their standard deviation falls to about 0.040 by step 600 while run A’s grows to about 0.067, yet only about 3% of them come within 0.001 of zero. Each step takes 2ηλ₂ = 0.2% off every weight, a share, not an amount, so a weight nothing else pulls on shrinks to 0.998⁶⁰⁰ ≈ 30% of its start by step 600 but never reaches zero: by step 600 the blank pixels’ weights fall from about 0.044 to 0.013 (root mean square), and the speckled frame of run B’s pictures fades. Let it run on: by about step 2,500 even the largest of them is below 0.001, so the near-zero share climbs to about 33% and stays there, while the weights the digits do pull on stop where that pull balances L2’s, and only about 9% of them come that close to zero. In the gap chart run B fits its training digits less tightly (training loss about 0.19 at step 600 against run A’s 0.03) and its test loss is still falling there (about 0.50 against run A’s 0.54): the gap is about 0.31 instead of 0.50. Later run A’s test loss keeps climbing (about 0.67 at step 3,000) while run B’s stays near 0.50. Test accuracy barely differs, 85% to 86% for both.'
		},
		l1: {
			label: 'No penalty vs L1 0.004',
			predict: 'If run B pays 0.004 times the sum of its weights’ sizes, what share of its first-layer weights will end up within 0.001 of zero?',
			lookFor:
				'The near-zero share of run B (L1 0.004) climbs steeply: about 43% at step 100, 63% at step 200, 69% at step 300 and 73% at step 600, against under 2% for run A. Each step moves a weight ηλ₁ = 0.0004 towards zero whatever its size, so a typical starting weight (about 0.05) gets there in about 125 steps. Then it steps past zero, the sign flips, the next step brings it back, and it jitters within 0.0004 of zero instead of landing exactly on it: by step 300 every blank pixel’s weight is within 0.0004 of zero. It does not stop at blank pixels: by step 300 about 59% of the weights from pixels that do carry ink are near zero too, wherever the digits’ average pull is weaker than λ₁. The histogram shows most weights piled into the bin around zero, and the pictures keep only the strokes that matter. At this strength L1 costs accuracy, and it does not stop the memorizing: at step 600 its test accuracy is about 83% against 85% (test loss about 0.58), and as the weights it leaves keep growing, by step 3,000 it is down to about 77% (test loss about 0.74).'
		},
		l1VsL2: {
			label: 'L1 vs L2',
			predict: 'Which run will have more first-layer weights within 0.001 of zero, and which the narrower spread of weights?',
			lookFor:
				'Run A (L1 0.004) has about 73% of its first-layer weights within 0.001 of zero by step 600, run B (L2 0.01) about 3%. Their spreads are close (about 0.032 and 0.040): L1 zeroes most weights but leaves the rest their full size, L2 keeps almost every weight and makes each smaller. In the histograms run A’s weights gather in a thin line at zero with the rest spread outside it, run B’s in one band that narrows. Run B does better on the test digits (test loss about 0.50 against 0.58).'
		},
		adam: {
			label: 'L1 with Adam',
			predict: 'With the same L1 penalty but the Adam optimizer at rate 0.003, will run A get as many weights within 0.001 of zero as run B with plain SGD?',
			lookFor:
				'Fewer: about 61% of run A’s first-layer weights are within 0.001 of zero at step 300, against about 69% for run B (SGD). Adam divides each weight’s gradient by a running average of its size, so L1’s constant pull no longer moves a weight λ₁ times the rate but about the rate itself, 0.003, per step. The weights of blank pixels still reach zero, but they then hop around it by up to about 0.002 instead of 0.0004, and some lie outside the 0.001 band at any moment. What L1 does to the weights depends on the optimizer it is paired with.'
		}
	},
	remember:
		'L1 pulls every weight towards zero by the same amount each step, so unneeded weights reach zero and stay by it; L2 pulls in proportion to the weight, so weights shrink but do not reach zero.',
	misconception:
		'A penalty that makes weights small does not by itself make the network better on new digits: here L2 narrowed the train–test gap at about the same accuracy, while L1 switched off most weights and did worse on the test digits than no penalty at all.'
};
