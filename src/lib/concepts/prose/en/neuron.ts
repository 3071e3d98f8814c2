import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'What does a single neuron compute, and why can one neuron never separate XOR?',
	definition:
		'A neuron multiplies each input by its weight, adds the products and its bias, and passes the sum through an activation function; here the sigmoid turns the sum into a probability of class 1. A weight says how much its input counts, and in which direction; the bias shifts the sum, and so the line where the neuron changes its mind, without turning it.',
	formula: '\\hat{y} = \\sigma(w_1 x_1 + w_2 x_2 + b), \\qquad \\sigma(z) = \\frac{1}{1 + e^{-z}}',
	symbols: [
		{ symbol: 'x_1, x_2', meaning: 'the inputs: the two coordinates of a point in the plane' },
		{ symbol: 'w_1, w_2', meaning: 'the weights: how much each input counts; together they set which way the line runs' },
		{ symbol: 'b', meaning: 'the bias: a number added to the sum, which slides the line without turning it' },
		{ symbol: 'z', meaning: 'the weighted sum; it is 0 exactly on the line w₁x₁ + w₂x₂ + b = 0' },
		{ symbol: '\\sigma', meaning: 'the sigmoid: squashes any sum into a probability between 0 and 1, exactly 0.5 at a sum of 0' },
		{ symbol: '\\hat{y}', meaning: 'the neuron’s output, its probability that the point belongs to class 1' }
	],
	whyItMatters:
		'Every network on this site is built from these neurons: each weighs its inputs, adds a bias and applies an activation. On its own, a neuron’s output is above 0.5 on one side of a straight line and below it on the other, so it can only separate classes that a straight line separates. That limit is why networks stack neurons in layers.',
	experiment:
		'One neuron on two clouds of points, Adam at learning rate 0.05, 16 points a batch. Before training, drag the sliders: the dashed line moves at once. Press Train: within 10 steps every test point is on the right side, and the loss keeps falling after that, because the weights keep growing (both about 7 by step 600, with b near 0). The line hardly moves; larger weights make the sigmoid steeper, so the colours sharpen and the probabilities move towards 0 and 1.',
	tryThis: {
		byHand: {
			label: 'Set the line by hand',
			predict: 'Before pressing Train, can you find weights that put every point on its own side, and what will the bias do to the line?',
			lookFor:
				'The line always runs at right angles to the direction (w₁, w₂), and the red side is the side that direction points to: make w₂ negative and the line turns. The bias slides the line without turning it, and raising b makes the red side larger. Something like w₁ = w₂ = 3 with b = 0 splits the clouds; press Train and the sliders move on from your values.'
		},
		xor: {
			label: 'XOR: one neuron vs four hidden units',
			predict: 'Can one neuron learn XOR, where class 1 sits in two opposite corners and class 0 in the other two?',
			lookFor:
				'Run A, one neuron, stays at a loss of about 0.69 (ln 2, the cost of saying 50% everywhere) and its accuracy wanders between about 45% and 65%. It cannot do better: the centre of the square lies halfway between the two red corners and halfway between the two blue ones, so a line with both red corners on its red side and both blue corners on its blue side would have the centre on both sides at once. Try it with the sliders: at best three corners of four come out right. Run B, four tanh hidden units, bends its boundary around the corners and passes 95% test accuracy by about step 100.'
		},
		digits: {
			label: 'Ten neurons on the digits',
			predict: 'With no hidden layer, ten neurons each weigh all 784 pixels, one neuron per digit: what will each neuron’s weights look like after one epoch?',
			lookFor:
				'Each picture turns into a rough template of its digit: red where that digit usually has ink and the other digits do not, blue where other digits have ink and this one does not. Plain gradient descent at rate 0.5 keeps each weight’s change in proportion to its gradient, so the pictures come out smooth. One epoch (125 steps of 64 digits) brings test accuracy to about 90%, with nothing but ten weighted sums: the neuron with the highest sum names the digit.'
		}
	},
	remember:
		'A neuron weighs its inputs, adds a bias and squashes the sum: the weights turn its line, the bias slides it, and a straight line is all one neuron can draw.',
	misconception:
		'One neuron cannot learn any pattern it is shown: it can only separate classes with a straight line, so XOR, whose classes sit in opposite corners, needs hidden units.'
};
