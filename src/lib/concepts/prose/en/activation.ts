import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'Why does a network need an activation function at all, and why does the same network learn in a couple of hundred steps with ReLU but stall with sigmoid?',
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
		'With no non-linearity, depth buys nothing: layers of weighted sums multiply out to one weighted sum, so the network can only draw straight boundaries between digits. And the activation’s slope matters for learning: backpropagation multiplies by it at every layer. A sigmoid slope is never more than 1/4, so each sigmoid layer tends to shrink the learning signal; ReLU passes it on unchanged wherever a unit is active.',
	experiment:
		'Three hidden layers of 64 sigmoid units, trained with plain SGD at learning rate 0.1. The network turns its 10 outputs into probabilities with softmax, and the loss is the cross-entropy: minus the log of the probability given to the right digit. Press Train: for at least 500 steps the loss stays close to 2.30 = −ln(1/10), what a network pays for giving every digit the same 1/10, and test accuracy stays near 10%. The histograms show every unit’s output staying close to 0.5 whatever the digit, and the saturated share stays at zero: the trouble here is the small slope, not saturation.',
	tryThis: {
		linearIsShallow: {
			label: 'Stack linear layers',
			predict: 'Will four hidden layers with no activation at all beat a network with no hidden layer, pixels straight to outputs?',
			lookFor:
				'Run A has four hidden layers with no activation; run B has none. Both end up near 90% test accuracy. Run A may learn a little faster and stay a point or so ahead for a while, but that is speed, not power: four linear layers multiply out to one matrix, so any boundary they can draw, a single layer can draw too.'
		},
		sigmoidVsRelu: {
			label: 'Sigmoid vs ReLU',
			predict: 'If run B swaps sigmoid for ReLU and changes nothing else, how soon will it pull away from run A?',
			lookFor:
				'Run B’s loss falls at once, to about 89% test accuracy by step 200 and 94% by step 500, while run A is still near 2.30 and 10%.'
		},
		deadRelu: {
			label: 'Push ReLU too hard',
			predict: 'At learning rate 0.5, will any ReLU units stop working for good, and will Leaky ReLU units?',
			lookFor:
				'The chart shows each run’s share of dead units. In run A (ReLU at 0.5), after the first big steps about one unit in five of the first layer outputs 0 for every digit and never recovers, because a dead unit gets no gradient; the network still learns with the units it has left. Run B uses Leaky ReLU, which keeps a small slope below zero, so every unit still gets some gradient and none can die.'
		},
		tanh: {
			label: 'Try tanh',
			predict: 'tanh is a sigmoid stretched to the range −1 to 1; will it learn like run B’s sigmoid, or much faster?',
			lookFor:
				'tanh is centred on 0, with slope 1 in the middle instead of 1/4. Run A (tanh) passes 90% test accuracy by step 200, while run B (sigmoid) is still at 10%.'
		}
	},
	remember:
		'Hidden layers need a non-linear activation whose slope does not shrink the signal; ReLU and its relatives are the usual choice.',
	misconception:
		'More layers do not make a network more powerful on their own: without a non-linear activation, any number of layers still adds up to one linear layer.'
};
