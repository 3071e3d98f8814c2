import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'What does a trained network actually compute when it reads a digit, number by number?',
	definition:
		'Forward propagation is how a network turns an input into an answer. Each unit of a layer takes every number from the layer before, multiplies each by its own weight, adds them up with a bias into a weighted sum z, and passes z through an activation. The output layer’s sums are the logits, one per digit, and the softmax turns them into probabilities.',
	formula:
		'z^{(l)}_j = \\sum_i w^{(l)}_{ij}\\, a^{(l-1)}_i + b^{(l)}_j, \\qquad a^{(l)}_j = f\\big(z^{(l)}_j\\big), \\qquad p_k = \\frac{e^{z^{(L)}_k}}{\\sum_m e^{z^{(L)}_m}}',
	symbols: [
		{ symbol: 'a^{(0)}_i', meaning: 'the input: pixel i of the digit, from 0 (white) to 1 (black)' },
		{ symbol: 'w^{(l)}_{ij}', meaning: 'the weight joining number i of the layer below to unit j of layer l' },
		{ symbol: 'b^{(l)}_j', meaning: 'the bias of unit j, added whatever the input' },
		{ symbol: 'z^{(l)}_j', meaning: 'the weighted sum of unit j in layer l' },
		{ symbol: 'f', meaning: 'the activation of the hidden layers, here ReLU: f(z) = max(0, z)' },
		{ symbol: 'a^{(l)}_j', meaning: 'the output of unit j, which the next layer takes as input' },
		{ symbol: 'L', meaning: 'the output layer; it has no activation, so its sums are the logits' },
		{ symbol: 'p_k', meaning: 'the probability the network gives digit k, from the softmax of the ten logits' }
	],
	whyItMatters:
		'Every answer a network gives is one forward pass, and nothing more: multiplications, additions and a simple function, repeated layer by layer. Training runs the same pass on every batch, computes the loss from its output, and backpropagation then reuses the sums and outputs it found on the way. Seeing the real numbers makes clear that there is no hidden reasoning to look for, only arithmetic with learned weights.',
	experiment:
		'One hidden layer of 16 ReLU units, trained with Adam. The walk works before any training: then the numbers come from random weights. Press Train: test accuracy passes 88% by about step 100 and 91% by step 300, and the walk follows the model as it learns. Step through test digit 1, a 0: 256 of its pixels have some ink. A unit’s largest terms are each only a few tenths, and the hundreds of smaller ones after them often add up to more: no single pixel decides. ReLU sets several of the 16 units, between 2 and 7 on most digits, to exactly 0. The softmax on the right is worked out on this page from the traced logits and matches the model’s own output to within a millionth.',
	tryThis: {
		sigmoid: {
			label: 'Sigmoid instead of ReLU',
			predict: 'If run B passes every weighted sum through a sigmoid instead of ReLU, will any of its hidden units output exactly 0?',
			lookFor:
				'Choose run B in the Network menu and step to its activation: no unit outputs 0, every output lies between 0 and 1, while ReLU in run A sets several units to exactly 0 and passes the others on unchanged. Run B also learns more slowly: about 84% test accuracy at step 150, against about 89% for run A.'
		},
		deeper: {
			label: 'Two hidden layers',
			predict: 'With a second hidden layer of 16 units, how many terms will a unit of that second layer add up?',
			lookFor:
				'The walk grows from 6 stages to 8: the second layer’s sums and activation come between the first layer and the logits. A unit of hidden layer 2 adds only 16 terms, one per unit below it, plus its bias, where a unit of the first layer adds 784.'
		},
		noHidden: {
			label: 'No hidden layer',
			predict: 'With no hidden layer at all, what will each of the ten logits be a weighted sum of?',
			lookFor:
				'The walk has 4 stages: the pixels go straight to the ten logits, each a sum of 784 pixel × weight terms plus a bias, then the softmax and the answer. This is logistic regression, and it still reaches almost 90% test accuracy by step 150: many digits can be told apart by which pixels have ink.'
		}
	},
	remember:
		'Forward propagation is arithmetic repeated layer by layer: weigh the inputs, add the bias, apply the activation; at the end the softmax turns the logits into probabilities and the largest one is the answer.',
	misconception:
		'A forward pass changes nothing in the network: it only computes with the weights the network has. Learning happens afterwards, when backpropagation adjusts those weights.'
};
