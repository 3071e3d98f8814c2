import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'How does a network work out which way to move each of its weights, and how can we be sure the answer is right?',
	definition:
		'Backpropagation computes the gradient of the loss with respect to every weight and bias at once. A forward pass works out every value from the inputs to the loss; a backward pass then applies the chain rule from the loss back towards the inputs, each layer reusing the gradient the layer above it has just worked out. A “BP network” is the older name for a multilayer perceptron trained by backpropagation.',
	formula:
		'\\frac{\\partial L}{\\partial w_{ij}} = \\frac{\\partial L}{\\partial p}\\,\\frac{\\partial p}{\\partial o}\\,\\frac{\\partial o}{\\partial h_j}\\,\\frac{\\partial h_j}{\\partial z_j}\\,\\frac{\\partial z_j}{\\partial w_{ij}} = (p - y)\\, v_j\\, \\sigma\'(z_j)\\, x_i',
	symbols: [
		{ symbol: 'L', meaning: 'the loss on one training point, here the cross-entropy −ln p when its class is 1 and −ln(1 − p) when it is 0' },
		{ symbol: 'w_{ij}', meaning: 'the weight from input i to hidden unit j' },
		{ symbol: 'x_i', meaning: 'input i: one of the point’s two coordinates' },
		{ symbol: 'z_j', meaning: 'hidden unit j’s weighted sum of the inputs plus its bias' },
		{ symbol: 'h_j = \\sigma(z_j)', meaning: 'hidden unit j’s output, through the sigmoid' },
		{ symbol: '\\sigma\'(z_j)', meaning: 'the sigmoid’s slope there, σ(z)(1 − σ(z)), never more than 1/4' },
		{ symbol: 'v_j', meaning: 'the weight from hidden unit j to the output' },
		{ symbol: 'o', meaning: 'the output’s weighted sum, the logit' },
		{ symbol: 'p = \\sigma(o)', meaning: 'the probability the network gives class 1' },
		{ symbol: 'y', meaning: 'the point’s right class, 0 or 1; for cross-entropy the first two factors multiply to p − y' }
	],
	whyItMatters:
		'Every training step needs the gradient of the loss for every weight. Measuring each one by moving that weight a little and running the network again costs two forward passes per weight: over 50,000 passes for the 25,450 weights of a small digit network, at every step. Backpropagation gets all of them from one forward and one backward pass, which is what makes training networks with millions of weights possible at all. Moving a weight and measuring is still worth doing now and then, as a check: if it disagrees with the backward pass, the backward pass has a bug.',
	experiment:
		'The smallest network that needs backpropagation: 2 inputs, one hidden layer of 2 sigmoid units and 1 output, 9 parameters in all, on the XOR points (class 1 where x and y have the same sign). The graph takes one training point through it: press Next to fill in each value on the way forward, then each gradient on the way back; pick a parameter to see its chain rule with the real numbers, and nudge it by ε to watch the loss change by about the gradient times ε. Below the graph every one of the 9 gradients is checked against a central difference, and against the model’s own gradient from TF.js. Press Train: the test loss falls from about 0.70 (a 50/50 guess costs ln 2 ≈ 0.69) to about 0.44 by step 150 and 0.27 by step 500, where test accuracy is about 88%; two hidden units cannot fence off two opposite quadrants exactly. All along, the gradients agree with their central differences to within 10⁻⁶.',
	tryThis: {
		wider: {
			label: '4 hidden units instead of 2',
			predict: 'With 4 hidden units instead of 2, will the network get past about 88% on XOR?',
			lookFor:
				'Run A, with 4 hidden units and 17 parameters, reaches about 96% test accuracy by step 150 and about 97% by step 1,000, its test loss near 0.1; run B, with 2 units, stays near 88%. The graph gains two rows of boxes and the check lists all 17 parameters: every gradient still agrees with its central difference.'
		},
		tanh: {
			label: 'tanh instead of the sigmoid',
			predict: 'The slope of tanh at 0 is 1, four times the sigmoid’s 1/4: will run A, with tanh, end up better than run B, with the sigmoid?',
			lookFor:
				'In the chain rule for w₁₁ the factor σ′(z₁) becomes tanh′(z₁), which can reach 1 instead of 1/4, so the hidden weights get larger gradients. Larger gradients promise nothing about where training ends: on this seed run A’s test loss stalls near 0.40 and its accuracy near 75%, while run B reaches about 88%.'
		},
		squaredError: {
			label: 'Squared error instead of cross-entropy',
			predict: 'With squared error instead of cross-entropy, what happens to the gradient at the logit, ∂L/∂o, for a point the network gets badly wrong?',
			lookFor:
				'The first step back changes: ∂L/∂p is now 4(p − y), and ∂L/∂o = 4(p − y) · p(1 − p). For a point the network is sure of and wrong about, p(1 − p) is tiny and so is the gradient, while cross-entropy’s ∂L/∂o = p − y stays near ±1. On this XOR both runs still end near 88% test accuracy; their losses are measured differently, so compare accuracies, not loss values.'
		},
		digits: {
			label: 'The same check on digits',
			predict: 'With 784 inputs, 32 hidden units and 10 outputs, 25,450 parameters computed in float32, will the model’s gradients still match central differences?',
			lookFor:
				'The graph makes way for a check on one training digit: in each layer, the two weights with the largest gradients and the bias with the largest, each moved by ε = 0.01 both ways in the model itself. They agree to about 0.01%, well within 1%; float32 rounds at about the seventh digit, which is why ε must be this large. Press Step, or pick another training digit, to check again.'
		}
	},
	remember:
		'Backpropagation is the chain rule applied from the loss backwards, each layer reusing the gradient of the layer above: one backward pass gives every weight’s gradient, and a central difference can check any one of them.',
	misconception:
		'Backpropagation is not the learning itself: it only works out the gradients, and the optimizer (here Adam) then decides how far to move each weight.'
};
