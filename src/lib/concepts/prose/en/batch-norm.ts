import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'How can rescaling each layer’s inputs turn a deep network that will not learn into one that learns in a couple of hundred steps?',
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
		'In a deep network each layer’s input depends on every layer before it, so its scale can shrink, grow or drift as the weights change. Batch norm resets the scale at every layer, which keeps gradients a useful size and lets you train with larger learning rates. At test time a digit’s prediction must not depend on which other digits happen to share its batch, so each unit uses running averages of the mean and variance instead, collected during training; with momentum 0.9 every new batch counts for a tenth, so the averages cover roughly the last 10 batches.',
	experiment:
		'Six sigmoid layers of 64 units, plain SGD at learning rate 0.1, no batch normalization. The network turns its 10 outputs into probabilities with softmax, and the loss is the cross-entropy: minus the log of the probability given to the right digit. Press Train: the loss stays at about 2.30 = −ln(1/10), what a network pays for giving every digit the same 1/10, and test accuracy stays near 10%, so the network is not learning. The mean and spread panel shows why little of the digit gets through: every layer’s outputs sit at 0.5 with a standard deviation of only about 0.11 to 0.13, and after hundreds of steps they have not changed.',
	tryThis: {
		deepSigmoid: {
			label: 'Add batch norm',
			predict: 'If run B normalizes every layer’s sums over each batch and changes nothing else, will it learn, and how fast?',
			lookFor:
				'Run B is the same network with batch normalization. It is close to 90% test accuracy by step 150 while run A is still at 10%. In the panel, all of run B’s layers sit at mean 0.5 with a spread about twice as wide, near 0.21, and stay there. For the first few dozen steps run B’s panel looks like run A’s: the panel measures test digits, so it uses the running averages, which start at mean 0 and variance 1 and need about 10 batches to catch up.'
		},
		higherRate: {
			label: 'Raise the rate to 1',
			predict: 'With steps ten times bigger, will run A, without batch norm, finally learn, and will run B, with it, cope?',
			lookFor:
				'At learning rate 1, run A still stays at 10%, and its last hidden layer drifts: its mean slides from 0.5 down to about 0.1 and its spread almost vanishes, as its sigmoids settle near 0 for every digit. Run B, with batch norm, takes the bigger steps in its stride, near 90% by step 150, and its layers’ means and spreads hold steady.'
		},
		relu: {
			label: 'ReLU with He weights',
			predict: 'With ReLU and He initial weights, does the network still need batch norm to learn?',
			lookFor:
				'Run A learns without batch norm, past 80% by step 150 and past 90% later; run B gets there sooner. Their panels differ. At the start run A’s spreads shrink layer by layer, from about 0.23 to 0.09, because TF.js draws He weights from a normal cut off at two standard deviations without widening it again, so they come out about 12% too narrow. After training they grow with depth instead, from about 0.6 to 1.2. Run B’s layers all look alike, at a spread of about 0.6. Batch norm helps most where the signal is badly scaled.'
		},
		tinyBatches: {
			label: 'Tiny batches of 4',
			predict: 'With only 4 digits to measure each mean and spread from, will batch norm still help, or make things worse?',
			lookFor:
				'Both runs now train on batches of 4 digits; run A keeps batch norm, run B has none. Run B is stuck at 10% as before. Run A still learns, but slowly and noisily, around 50% at step 150 and 70% at step 400: four digits give rough estimates that change at every step, so each step’s normalization is off in its own way, and each step sees 16 times fewer digits than a batch of 64 does.'
		}
	},
	remember:
		'Batch norm keeps each layer’s inputs at a steady scale, so deep networks train faster and tolerate larger learning rates, as long as batches are big enough for their mean and spread to mean something.',
	misconception:
		'Normalizing the pixels once is not the same thing: the inner layers’ inputs keep changing as the weights change, and batch norm rescales them at every step.'
};
