import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'How can rescaling each layer’s inputs turn a deep network that will not learn into one that learns in seconds?',
	definition:
		'Batch normalization takes each unit’s weighted sums over the current batch, shifts and scales them to mean 0 and standard deviation 1, then applies a scale and shift the network learns. Here it sits between each hidden layer’s weighted sum and its activation.',
	formula: '\\hat x = \\frac{x - \\mu_B}{\\sqrt{\\sigma_B^2 + \\epsilon}}, \\qquad y = \\gamma \\hat x + \\beta',
	symbols: [
		{ symbol: 'x', meaning: 'one unit’s weighted sum for one digit of the batch' },
		{ symbol: '\\mu_B', meaning: 'the mean of that unit’s sums over the batch' },
		{ symbol: '\\sigma_B^2', meaning: 'their variance over the batch' },
		{ symbol: '\\epsilon', meaning: 'a tiny constant, so we never divide by zero' },
		{ symbol: '\\hat x', meaning: 'the normalized value: mean 0 and standard deviation 1 across the batch' },
		{ symbol: '\\gamma', meaning: 'a learned scale, so the layer can still choose how wide its values spread' },
		{ symbol: '\\beta', meaning: 'a learned shift, so the layer can still choose where its values sit' },
		{ symbol: 'y', meaning: 'what goes on into the activation function' }
	],
	whyItMatters:
		'In a deep network each layer’s input depends on every layer before it, so its scale can shrink, grow or drift as the weights change. Batch norm resets the scale at every layer, which keeps gradients a useful size and lets you train with larger learning rates. At test time there is no batch to measure, so it uses running averages collected during training.',
	experiment:
		'Six sigmoid layers of 64 units, plain SGD at learning rate 0.1, no batch normalization. Press Train: the loss stays near 2.3 and accuracy near 10%, so the network is not learning. The mean and spread panel gives a clue: every layer’s outputs sit around 0.5 with a narrow spread (a standard deviation of about 0.1), so little of the digit gets through.',
	tryThis: {
		deepSigmoid: {
			label: 'Add batch norm',
			lookFor:
				'Run B is the same network with batch normalization. It passes 85% accuracy within about a hundred steps while run A is still stuck. In the panel, all of run B’s layers share the same mean (0.5) and a wider spread (about 0.2), and they stay there.'
		},
		higherRate: {
			label: 'Raise the rate to 1',
			lookFor:
				'At learning rate 1, run A still does not learn, and its last layers drift: the last hidden layer’s mean slides towards 0 as its units switch off. Run B, with batch norm, copes easily with the bigger steps, and its layers’ means and spreads hold steady.'
		},
		relu: {
			label: 'ReLU with He weights',
			lookFor:
				'With ReLU and He initial weights, run A learns well without batch norm; run B just gets there sooner. Without it, the layers’ means and spreads grow with depth; with it, every layer looks alike. Batch norm helps most where the signal is badly scaled.'
		},
		tinyBatches: {
			label: 'Tiny batches of 4',
			lookFor:
				'Both runs use batch norm, but run A measures mean and spread over just 4 digits, run B over 64. Four digits give rough estimates that change every step, so run A is much noisier and its test accuracy jumps about. Part of the gap is simply that run A sees 16 times fewer digits per step.'
		}
	},
	remember:
		'Batch norm keeps each layer’s inputs at a steady scale, so deep networks train faster and tolerate larger learning rates, as long as batches are big enough for their mean and spread to mean something.',
	misconception:
		'Normalizing the pixels once is not the same thing: the inner layers’ inputs keep changing as the weights change, and batch norm rescales them at every step.'
};
