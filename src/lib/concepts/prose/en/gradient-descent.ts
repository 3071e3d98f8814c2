import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'How does a network find weights with a low loss, one small step at a time?',
	definition:
		'Gradient descent lowers the loss by repeating one move: work out the gradient, which says how steeply the loss rises as each weight changes, and move every weight a little the other way. The learning rate says how far each step goes.',
	formula: 'w \\leftarrow w - \\eta \\, g, \\qquad g = \\nabla_w L(w), \\qquad L(w - \\eta \\, g) \\approx L(w) - \\eta \\, \\lVert g \\rVert^2',
	symbols: [
		{ symbol: 'w', meaning: 'all the weights together: on the map, the point (w₁, w₂); in the digit network, every weight and bias' },
		{ symbol: '\\leftarrow', meaning: 'is replaced by: one step' },
		{ symbol: '\\eta', meaning: 'the learning rate, the step size' },
		{ symbol: 'L(w)', meaning: 'the loss at these weights' },
		{ symbol: 'g = \\nabla_w L(w)', meaning: 'the gradient: for each weight, how fast the loss rises as that weight grows; −g points downhill' },
		{
			symbol: '\\lVert g \\rVert^2',
			meaning:
				'the squared length of the gradient, the sum of its squared entries; for a small step the loss falls by about η times it, so the loss’s slope at η = 0 is minus this'
		}
	],
	whyItMatters:
		'Every network on this site learns this way. Nobody tells it which weights are good: it only knows, at the weights it has now, which way is downhill, so it takes a step, looks again and takes another. Since the step is the learning rate times the gradient, steps shrink by themselves where the loss flattens out, near a minimum. The gradient points straight downhill, which is not always straight at the minimum: on a long narrow valley it points mostly across, and the path zig-zags.',
	experiment:
		'The map is a made-up loss of just two weights, seen from above: click anywhere to start there, then take steps one at a time or run 30 of them; the step size is the learning rate in the settings, 0.1 to begin with. The arrows point along −∇L at every point of the path, drawn to scale with each other. On the round bowl the loss is (w₁² + w₂²)/2, so the gradient is w itself: every arrow points straight at the minimum, each step shrinks the distance by a factor 1 − 0.1 = 0.9, and after 30 steps about 4% of it is left. Press Train and the same rule trains a digit network (one hidden layer of 32 units, plain SGD at 0.1, batches of 64): the loss starts near 2.30 and falls, and test accuracy passes 90% by about step 300. The second chart asks the network, after each test, what one step would do on 512 fixed training digits: at first even a step 8 times the learning rate lowers the loss, but after 150 steps the curve has a bottom and 8 times the rate ends higher than not stepping at all.',
	tryThis: {
		shorterSteps: {
			label: 'Ten times shorter: 0.01',
			predict: 'At learning rate 0.01, will the downhill arrows on the map change, or only how far each step goes?',
			lookFor:
				'The arrows stay exactly where they were: the gradient does not depend on the learning rate. Each step is ten times shorter, so on the bowl 30 steps cover only about a quarter of the way (0.99³⁰ ≈ 0.74 of the distance is left). On the digits run A, at 0.01, learns more slowly than run B at 0.1 and is still under 80% test accuracy after 300 steps.'
		},
		oneJump: {
			label: 'One big step: 1',
			predict: 'At learning rate 1, where will the first step from the bowl’s start land, and will the digit network like such big steps?',
			lookFor:
				'On the bowl the first step lands exactly on the minimum: the step is w itself, so w − 1·w = 0. The digit network is no bowl: run A’s loss jumps about and falls behind run B’s, and once it has trained a few dozen steps the marked rate on the one-step chart lies past the bottom of the curve, so a step half as long would lower the loss more.'
		},
		ravine: {
			label: 'The ravine at 0.09',
			predict: 'Pick the narrow ravine in the map’s menu: at learning rate 0.09, will the path head straight for the minimum?',
			lookFor:
				'The arrows point mostly across the ravine, where it curves 10 times more sharply, not along it towards the minimum. So each step overshoots the floor and the path zig-zags from wall to wall while it slides steadily along the floor. A larger rate, to slide faster, bounces for ever at 0.1 and flies off above it: that is what momentum and Adam are for.'
		}
	},
	remember:
		'Gradient descent repeats one step, w ← w − η·g: the gradient says which way is downhill here, and the learning rate how far to go.',
	misconception:
		'The gradient does not point at the minimum, only downhill from where you stand, and a step that is too long can land higher than where it began.'
};
