import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'Why do the first layers of a deep sigmoid network stop learning?',
	definition:
		'Backpropagation computes the first layer’s gradient as a product with one factor per layer above it. When those factors are mostly below 1 the gradient vanishes on its way down; when they are above 1 it explodes.',
	formula:
		'\\begin{gathered} \\frac{\\partial L}{\\partial W_1} = \\frac{\\partial L}{\\partial a_n} \\left( \\prod_{k=2}^{n} \\frac{\\partial a_k}{\\partial a_{k-1}} \\right) \\frac{\\partial a_1}{\\partial W_1} \\\\ \\frac{\\partial a_k}{\\partial a_{k-1}} = \\mathrm{diag}\\big(\\sigma\'(z_k)\\big) \\, W_k, \\qquad \\sigma\'(z) \\le \\tfrac{1}{4} \\end{gathered}',
	symbols: [
		{ symbol: 'L', meaning: 'the loss' },
		{ symbol: 'W_1', meaning: 'the first hidden layer’s weights, the ones that look at the pixels' },
		{ symbol: 'a_k', meaning: 'the outputs of hidden layer k; a_n is the last hidden layer' },
		{ symbol: 'n', meaning: 'the number of hidden layers' },
		{ symbol: '\\frac{\\partial a_k}{\\partial a_{k-1}}', meaning: 'how much layer k’s outputs move when layer k − 1’s do: one factor per layer' },
		{ symbol: 'z_k', meaning: 'layer k’s weighted sums, before the activation' },
		{ symbol: 'W_k', meaning: 'layer k’s weights' },
		{ symbol: '\\mathrm{diag}\\big(\\sigma\'(z_k)\\big)', meaning: 'the slope of each of layer k’s units, one per unit' },
		{ symbol: '\\sigma\'(z)', meaning: 'the sigmoid’s slope: never more than 1/4' }
	],
	whyItMatters:
		'Twelve factors of at most 1/4 can shrink a gradient a millionfold, so the first layers, the ones that see the pixels, barely move and the network does not learn. Factors above 1 do the opposite: gradients explode and training blows up. Good activations, good initial weights, skip connections and gradient clipping are the standard cures.',
	experiment:
		'Twelve sigmoid layers of 32 units, plain SGD at learning rate 0.1. Press Train and look at the gradient norms (log scale, first layer on the left): each bar is roughly four to five times lower than the one to its right, so the first layer gets millions of times less gradient than the last, far beyond 100 times less. The loss stays stuck near 2.3.',
	tryThis: {
		deepSigmoid: {
			label: '12 sigmoid layers',
			lookFor:
				'The starting set-up on its own. The bars form a steep staircase rising from the first layer to the output. With almost no gradient the early layers never change, and the loss stays near 2.3.'
		},
		reluHe: {
			label: 'ReLU with He weights',
			lookFor:
				'Run B swaps in ReLU, whose slope is 1 wherever a unit is active, and He initial weights, scaled to keep the signal the same size from layer to layer. Its bars are roughly level across all twelve layers and its loss falls, while run A’s bars stay a staircase.'
		},
		residual: {
			label: 'Add skip connections',
			lookFor:
				'Run B keeps sigmoid but adds each layer’s input to its output. Each shortcut gives the gradient a path through its layer with a factor of exactly 1, so the gradient reaches the first layers nearly undiminished. Run B’s bars flatten and it learns, sigmoid and all.'
		},
		exploding: {
			label: 'Exploding gradients',
			lookFor:
				'Six ReLU layers with large initial weights (σ = 1): the signal grows at every layer, and so do the gradients. Run A, unclipped, blows up within a few dozen steps and its loss becomes NaN. Run B clips the gradient to norm 1: its bars still show huge gradients (they are measured before clipping), but each step is capped, so it stays finite and its loss slowly falls. Clipping stops the blow-up; it does not make bad weights good.'
		}
	},
	remember:
		'A gradient is a product of one factor per layer, so in a deep network it shrinks or grows exponentially with depth; keep each factor near 1 with ReLU-like activations, careful initial weights, skip connections or normalization.',
	misconception:
		'A deep network that will not learn does not just need a larger learning rate: when gradients vanish, the first layers get millions of times less signal than the last, and no single rate suits both.'
};
