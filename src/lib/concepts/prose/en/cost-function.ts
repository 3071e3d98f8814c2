import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'How does a network score its own answer, and why does cross-entropy learn faster than squared error from a confident mistake?',
	definition:
		'The cost (or loss) function turns the network’s answer for one example into one number: how wrong it was. The network’s ten outputs, its logits, go through the softmax, which makes them ten probabilities that add up to 1. Cross-entropy then charges −ln p, p being the probability given to the right digit; squared error charges the squared distance between all ten probabilities and the right answer written as 1 for the right digit and 0 for the others. Training lowers the average over a batch.',
	formula:
		'\\begin{gathered} p_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}, \\qquad L_{\\mathrm{CE}} = -\\ln p_y, \\qquad L_{\\mathrm{MSE}} = \\sum_k (p_k - y_k)^2 \\\\ \\frac{\\partial L_{\\mathrm{CE}}}{\\partial z_y} = p_y - 1, \\qquad \\frac{\\partial L_{\\mathrm{MSE}}}{\\partial z_y} = 2 p_y \\Big( 2 p_y - 1 - \\sum_k p_k^2 \\Big) \\end{gathered}',
	symbols: [
		{ symbol: 'z_k', meaning: 'the logit of digit k: the network’s raw output for it, any number' },
		{ symbol: 'p_k', meaning: 'the probability the softmax gives digit k; the ten add up to 1' },
		{ symbol: 'y', meaning: 'the right digit' },
		{ symbol: 'y_k', meaning: 'the right answer as ten numbers: 1 for the right digit, 0 for the others' },
		{ symbol: 'p_y', meaning: 'the probability given to the right digit' },
		{ symbol: 'L_{\\mathrm{CE}}', meaning: 'the cross-entropy of one example' },
		{
			symbol: 'L_{\\mathrm{MSE}}',
			meaning:
				'the squared error of one example, summed over the ten digits; the setting calls it mean squared error because training averages it over the batch'
		},
		{
			symbol: '\\frac{\\partial L}{\\partial z_y}',
			meaning: 'the slope of a loss in the right digit’s logit: the gradient that training sends back to push that logit up'
		}
	],
	whyItMatters:
		'Training can only improve what the loss measures, and it learns from the loss’s gradient, not from its value. A network that guesses, giving every digit 1/10, pays −ln(1/10) = ln 10 ≈ 2.30 per example: that is why a new network’s loss starts near 2.30, and why a loss that settles there means it has learned nothing. When the network is sure of a wrong digit, p is near 0 and cross-entropy’s gradient on the right logit is near −1, its strongest; squared error’s carries the softmax’s own slope as a factor p, so it fades towards 0 exactly when the answer is most wrong. Already at the start, when every p is about 1/10, cross-entropy pulls the right logit five times as hard (−0.9 against −0.18).',
	experiment:
		'At the top, both losses of one example are drawn against p; squared error also depends on how the wrong probability is shared, so its curve assumes the other nine digits share 1 − p equally. Move the slider on the right digit’s logit: the softmax bars, both losses and both slopes follow, and the slope chart shows squared error’s pull dying away on the left, where the mistake is confident. Press “Make all ten logits equal” to see ln 10 ≈ 2.30, or take a real test digit’s logits from the network. The network below has one hidden layer of 64 units and learns with plain SGD at learning rate 0.1, with cross-entropy; turn on the comparison and run B trains the same network, from the same starting weights on the same batches, with squared error. Measured every 25 steps on seed 1, cross-entropy is at 84% test accuracy by step 50 and passes 90% at step 175; squared error is at 66% at step 50, 80% at step 100, and needs about 300 steps for 90%. Compare their accuracy, not their loss: the two losses are on different scales.',
	tryThis: {
		mseVsCrossEntropy: {
			label: 'Cross-entropy vs squared error',
			predict: 'From the same starting weights on the same batches, which loss will reach 90% test accuracy first?',
			lookFor:
				'Run A (cross-entropy) is ahead from the first steps: about 84% against 66% at step 50, and it passes 90% near step 175, where run B (squared error) is still below 88%; run B gets there only near step 300. Run B’s loss starts at about 0.9, run A’s at about 2.3: different scales, so read the accuracy chart.'
		},
		largerRate: {
			label: 'Both at learning rate 0.5',
			predict: 'If squared error’s gradients start about five times weaker, what happens when both runs take five times larger steps?',
			lookFor:
				'The gap closes: at 0.5 both runs pass 90% test accuracy at about the same time, near step 100 to 125 (on seed 1 squared error even gets there one evaluation sooner). A larger rate makes up for the weaker pull, so cross-entropy’s lead belongs to a learning rate, not to every learning rate; a fair comparison tunes each loss’s rate.'
		},
		adam: {
			label: 'Both with Adam',
			predict: 'Adam divides each weight’s step by the size of its recent gradients; will squared error still fall behind?',
			lookFor:
				'Hardly. Both runs are near 88% test accuracy at step 50; cross-entropy passes 90% near step 75 and squared error near step 100. Adam sizes each step by the gradient’s recent size, so gradients that are all a few times weaker get much the same steps, and most of squared error’s handicap under plain SGD disappears.'
		}
	},
	remember:
		'The loss’s gradient, not its value, is what trains the network: cross-entropy pushes hardest on the answers that are most confidently wrong, and a loss of ln 10 ≈ 2.30 means guessing.',
	misconception:
		'Squared error is not “just as good, only on another scale”: with a softmax its gradient shrinks with p, so the examples the network gets most confidently wrong are the ones it learns least from.'
};
