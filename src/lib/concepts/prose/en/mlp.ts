import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'One neuron can only draw a straight line. How do layers of them bend the boundary around XOR and the spiral?',
	definition:
		'A neural network, or artificial neural network (ANN), is neurons wired in layers: the input layer holds the example’s numbers (here a point’s two coordinates), each hidden layer’s units each take a weighted sum of everything in the layer before and pass it through an activation function, and the output layer turns the last hidden layer into the answer (here one neuron: the probability of class 1). When every unit of a layer feeds every unit of the next, in one direction, the network is a multilayer perceptron (MLP).',
	formula:
		'h^{(0)} = x, \\qquad h^{(\\ell)} = f\\big(W^{(\\ell)} h^{(\\ell-1)} + b^{(\\ell)}\\big), \\qquad \\hat p = \\sigma\\big(w^{\\top} h^{(L)} + b\\big), \\qquad N = \\sum_{\\ell=1}^{L+1} \\left(n_{\\ell-1}\\, n_\\ell + n_\\ell\\right)',
	symbols: [
		{ symbol: 'x', meaning: 'the input layer: a point’s two coordinates x₁ and x₂ (784 pixels on the digits)' },
		{ symbol: 'h^{(\\ell)}', meaning: 'the outputs of hidden layer ℓ, one number per unit; the small squares of the network picture show them across the whole plane' },
		{ symbol: 'W^{(\\ell)}', meaning: 'the weights into layer ℓ: one for each link of the picture, its colour the sign and its width the size' },
		{ symbol: 'b^{(\\ell)}', meaning: 'the biases of layer ℓ, one per unit' },
		{ symbol: 'f', meaning: 'the activation function of the hidden units (the Activation setting: tanh here)' },
		{ symbol: 'L', meaning: 'the number of hidden layers (the Hidden layers setting); with L = 0 the output neuron sees x directly' },
		{ symbol: 'w, b', meaning: 'the output neuron’s weights and bias' },
		{ symbol: '\\sigma', meaning: 'the sigmoid, which turns the output neuron’s sum into a probability between 0 and 1' },
		{ symbol: '\\hat p', meaning: 'the network’s probability that the point is class 1: red where it is near 1, blue where it is near 0' },
		{ symbol: 'n_\\ell', meaning: 'units in layer ℓ: n₀ = 2 inputs, then the Units per layer setting, and 1 output (784 and 10 on the digits)' },
		{ symbol: 'N', meaning: 'the parameter count written under the boundary: every weight and bias the network learns' }
	],
	whyItMatters:
		'Each unit of the first hidden layer is one neuron, so all it can do is split the plane along a straight line; its square shows a soft step across that line. The next layer adds up those steps with its own weights, and the sum of several steps can be high in two opposite corners and low in the others, which no single line can do. Stacking layers lets a network make curved, even winding, boundaries out of straight pieces, and it is the same idea that lets a network read digits.',
	experiment:
		'The XOR points: class 1 (red) where x₁ and x₂ have the same sign, class 0 (blue) where they differ. The network has one hidden layer of 4 tanh units, trained with Adam at learning rate 0.03 on batches of 16 points, 17 weights and biases in all. Press Train: within about 150 steps test accuracy passes 99%, the shading turns red in the two opposite quadrants where the points are red and blue in the other two, and the network picture shows each hidden unit as a soft step across its own straight line, while the links grow thicker as the weights grow.',
	tryThis: {
		xor: {
			label: 'XOR: no hidden layer against one',
			predict: 'With no hidden layer, run B’s output neuron sees x₁ and x₂ directly: how close to 100% will it get on XOR?',
			lookFor:
				'Run A (one hidden layer of 4) passes 99% within about 150 steps. Run B is one neuron with 3 weights and biases: its boundary stays one straight edge, its test accuracy wanders around 50% and its loss stays at about 0.69, ln 2, what guessing costs. No straight line can put both red quadrants on one side and both blue ones on the other.'
		},
		spiral: {
			label: 'The spiral: two hidden layers or one',
			predict: 'Both runs have hidden layers of 16 tanh units, two in run A and one in run B: which of them will wind its boundary around the spiral?',
			lookFor:
				'The spiral is harder: both runs stay near 60% for the first thousand steps. Then run A’s second layer takes off: about 80% by step 1,500 and close to 100% by step 2,500, its boundary winding along the arms. Run B, with one layer, is still near 60% at step 3,000 (it creeps up later, far more slowly). In the network picture (run A’s), the first layer’s squares are still straight soft steps, while the second layer’s are curved shapes built from them.'
		},
		relu: {
			label: 'ReLU against tanh on the spiral',
			predict: 'With the same two layers of 16, ReLU in run A and tanh in run B, will their boundaries look alike?',
			lookFor:
				'A ReLU unit is 0 on one side of its line and rises straight on the other, so run A’s boundary is made of straight pieces with corners, while tanh’s is smooth. Here ReLU also gets there sooner: past 95% within about 1,000 steps, when the tanh run is still near 60%; tanh needs about 2,000.'
		},
		digits: {
			label: 'The same network on digits',
			predict: 'On the digits, with 784 inputs and 10 outputs, how much will one hidden layer of 32 units add over none?',
			lookFor:
				'Both runs learn quickly: by step 300 run A, with one hidden layer of 32 (25,450 weights and biases), is near 93% and run B, with none (7,850), near 91%; by step 1,000 they are at about 95% and 93%. On the digits even a single layer of neurons gets far, and the hidden layer adds a couple of points. The plane pictures step aside, as there is no plane to shade; the MNIST lab has charts made for the digits.'
		}
	},
	remember:
		'Each hidden unit draws one line; the layer after it combines those lines into bends, so more layers and units let the boundary take more complicated shapes.',
	misconception:
		'The input layer is not a layer of neurons: it only holds the numbers, and the weights begin at the first hidden layer, which is why a network with no hidden layer is a single neuron with a straight boundary.'
};
