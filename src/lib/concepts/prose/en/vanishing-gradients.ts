import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'Why do the first layers of a deep sigmoid network stop learning?',
	definition:
		'Backpropagation computes the first layer’s gradient with the chain rule: a product with one factor for every layer above it. When those factors shrink the gradient, it vanishes on its way down; when they enlarge it, it explodes.',
	formula:
		'\\begin{gathered} \\frac{\\partial L}{\\partial W_1} = \\frac{\\partial L}{\\partial a_n} \\, \\frac{\\partial a_n}{\\partial a_{n-1}} \\cdots \\frac{\\partial a_2}{\\partial a_1} \\, \\frac{\\partial a_1}{\\partial W_1} \\\\ \\frac{\\partial a_k}{\\partial a_{k-1}} = \\mathrm{diag}\\big(\\sigma\'(z_k)\\big) \\, W_k, \\qquad \\sigma\'(z) = \\sigma(z)\\big(1 - \\sigma(z)\\big) \\le \\tfrac{1}{4} \\end{gathered}',
	symbols: [
		{ symbol: 'L', meaning: 'the loss' },
		{ symbol: 'W_1', meaning: 'the first hidden layer’s weights, the ones that look at the pixels' },
		{ symbol: 'a_k', meaning: 'the outputs of hidden layer k; aₙ belongs to the last hidden layer' },
		{ symbol: 'n', meaning: 'the number of hidden layers' },
		{
			symbol: '\\frac{\\partial a_k}{\\partial a_{k-1}}',
			meaning: 'a matrix: how much each of layer k’s outputs moves when each of layer k − 1’s does; one such factor per layer, multiplied from the top layer down'
		},
		{ symbol: 'z_k = W_k a_{k-1} + b_k', meaning: 'layer k’s weighted sums, before the activation' },
		{ symbol: 'W_k', meaning: 'layer k’s weights' },
		{ symbol: '\\mathrm{diag}\\big(\\sigma\'(z_k)\\big)', meaning: 'the sigmoid slope of each of layer k’s units, on the diagonal of a matrix' },
		{ symbol: '\\sigma\'(z)', meaning: 'the sigmoid’s slope: never more than 1/4, reached at z = 0' }
	],
	whyItMatters:
		'Each factor is one layer’s sigmoid slopes times that layer’s weights. Only the slopes are capped, at 1/4; the weights could make up for them, but these ones do not, so twelve sigmoid slopes in a row shrink the gradient layer after layer, and the first layers, the ones that see the pixels, barely move. Factors that enlarge the gradient do the opposite: gradients explode and training blows up. ReLU-like activations, well-scaled initial weights, skip connections and gradient clipping are the standard cures.',
	experiment:
		'Twelve sigmoid layers of 32 units, plain SGD at learning rate 0.1. The network turns its 10 outputs into probabilities with softmax, and the loss is the cross-entropy, minus the log of the probability given to the right digit. Press Train and look at the gradient norms (log scale, first layer on the left): each dot is about four to five times lower than the one to its right, so the first layer’s gradient is less than a millionth of the last layer’s. The loss stays at about 2.30 = −ln(1/10), what a network pays for giving every digit the same 1/10, and test accuracy stays near 10%.',
	tryThis: {
		deepSigmoid: {
			label: '12 sigmoid layers',
			predict: 'Going down from the output to the first layer, will the gradient dots stay level, shrink a little, or shrink a lot?',
			lookFor:
				'The starting set-up on its own. The dots form a steep staircase rising from the first layer to the output, and it keeps that shape for hundreds of steps. With almost no gradient the early layers never change, and the loss stays near 2.30.'
		},
		reluHe: {
			label: 'ReLU with He weights',
			predict: 'If run B swaps sigmoid for ReLU and uses He initial weights, will its staircase flatten out?',
			lookFor:
				'Run B swaps in ReLU, whose slope is 1 wherever a unit is active, and He initial weights, whose spread is set for ReLU, at about the square root of 2 over the number of inputs. Its dots lie roughly level across all twelve layers, and its loss falls, to about 60% test accuracy by step 200 and near 90% by step 600, while run A’s dots stay a staircase.'
		},
		residual: {
			label: 'Add skip connections',
			predict: 'If run B keeps sigmoid but adds each layer’s input to its output, will the gradient reach the first layers?',
			lookFor:
				'With a skip connection a layer’s factor becomes 1 plus what it was, so the gradient has a path through every layer that does not shrink. Run B’s dots lie roughly level, and it learns, sigmoid and all: about two thirds right by step 200 and near 90% by step 600. Its loss starts far above 2.30, because every layer adds its outputs onto a running sum that grows with depth.'
		},
		exploding: {
			label: 'Exploding gradients',
			predict: 'With six ReLU layers and very large initial weights, what will happen to the loss without clipping, and with the gradient clipped to norm 1?',
			lookFor:
				'Six ReLU layers with large initial weights (standard deviation 1): the signal grows at every layer, and so do the gradients, into the thousands. Run A, unclipped, blows up within about 20 steps: its loss becomes NaN and it stops. Run B clips the gradient to norm 1: its dots still show huge gradients (they are measured before clipping), but each step is capped, so its loss stays finite and slowly comes down from the thousands. Clipping stops the blow-up; it does not make bad weights good.'
		}
	},
	remember:
		'A gradient is a product of one factor per layer, so in a deep network it shrinks or grows exponentially with depth; keep each factor near 1 with ReLU-like activations, well-scaled initial weights, skip connections or normalization.',
	misconception:
		'A deep network that will not learn does not just need a larger learning rate, or Adam’s per-weight rates: a bigger step for the first layer’s weights still reaches the output only through the same product of small factors, so it barely changes what the network says; the cure is to keep each factor near 1.'
};
