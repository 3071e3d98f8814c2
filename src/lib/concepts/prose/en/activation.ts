import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'Why does the same network learn in seconds with ReLU but stall with sigmoid, and why does it need an activation function at all?',
	definition:
		'An activation function is the small non-linear function every neuron applies to its weighted sum before passing the result on. Without one, a stack of layers is no more than a single layer.',
	formula:
		'a = f(w^\\top x + b), \\qquad \\sigma(z) = \\frac{1}{1+e^{-z}}, \\qquad \\mathrm{ReLU}(z) = \\max(0, z)',
	symbols: [
		{ symbol: 'x', meaning: 'the neuron’s inputs: the pixels, or the outputs of the layer before' },
		{ symbol: 'w', meaning: 'the neuron’s weights, one per input' },
		{ symbol: 'b', meaning: 'the neuron’s bias' },
		{ symbol: 'z = w^\\top x + b', meaning: 'the weighted sum, before the activation' },
		{ symbol: 'f', meaning: 'the activation function' },
		{ symbol: 'a', meaning: 'the neuron’s output, passed to the next layer' },
		{ symbol: '\\sigma', meaning: 'sigmoid: squeezes any number into the range 0 to 1; its slope is at most 1/4, at z = 0' },
		{ symbol: '\\mathrm{ReLU}', meaning: 'rectified linear unit: keeps positive sums, turns negative ones into 0; its slope is exactly 1 wherever z > 0' }
	],
	whyItMatters:
		'Backpropagation multiplies by the activation’s slope at every layer. Sigmoid’s slope is never more than 1/4, so the learning signal shrinks layer by layer; ReLU passes it on unchanged wherever a unit is active. And with no non-linearity at all, depth buys nothing: the network can only draw straight boundaries between digits.',
	experiment:
		'Three hidden layers of 64 sigmoid units, trained with plain SGD at learning rate 0.1. Press Train: the loss sits near 2.3, the loss of a network that just guesses among ten digits, for several hundred steps before it slowly starts to fall. The histograms show every unit’s output staying close to 0.5 whatever the digit, and the saturated share stays near zero: the trouble here is the small slope, not saturation.',
	tryThis: {
		sigmoidVsRelu: {
			label: 'Sigmoid vs ReLU',
			lookFor:
				'Run B swaps sigmoid for ReLU and changes nothing else. Its loss falls at once and passes 90% accuracy within a few hundred steps, while run A is still stuck near 2.3.'
		},
		linearIsShallow: {
			label: 'Stack linear layers',
			lookFor:
				'Run A has four hidden layers with no activation; run B has none, just pixels straight to outputs. Both level off at about the same accuracy, around 90%; the deeper one may get there a little sooner but never pulls ahead. Four linear layers multiply out to one matrix, so they cannot draw a boundary one layer could not.'
		},
		deadRelu: {
			label: 'Push ReLU too hard',
			lookFor:
				'ReLU at learning rate 0.5. Watch the dead-unit share: after the first big steps, a good part of the first layer (often about one unit in five) outputs 0 for every digit and never recovers, because a dead unit gets no gradient. Run B uses Leaky ReLU, which keeps a small slope below zero, so none of its units die.'
		},
		tanh: {
			label: 'Try tanh',
			lookFor:
				'tanh is a sigmoid stretched to the range −1 to 1: centered on 0, with slope 1 in the middle instead of 1/4. Run A (tanh) learns almost as fast as ReLU, while run B (sigmoid) is still flat.'
		}
	},
	remember:
		'Hidden layers need a non-linear activation whose slope does not shrink the signal; ReLU and its relatives are the usual choice.',
	misconception:
		'More layers do not make a network more powerful on their own: without a non-linear activation, any number of layers still adds up to one linear layer.'
};
