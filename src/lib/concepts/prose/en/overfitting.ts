import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'Why does a network that keeps getting better on its training digits start getting worse on new ones, and how big should it be?',
	definition:
		'A network overfits when it fits its training examples ever more closely while doing worse on examples it has not seen: it is memorising them, quirks and all. It underfits when it cannot fit even its training examples, because it is too small or has not trained long enough. Early stopping keeps the weights from the epoch where the loss on held-out examples was lowest.',
	formula:
		'L(\\theta) = -\\frac{1}{N}\\sum_{i=1}^{N} \\ln p_\\theta(y_i \\mid x_i), \\qquad t^{\\ast} = \\arg\\min_{t}\\, L_{\\text{test}}(\\theta_t), \\qquad P = 784h + h + 10h + 10',
	symbols: [
		{ symbol: 'L(\\theta)', meaning: 'the loss of weights θ on a set of N digits: the cross-entropy, averaged over the digits' },
		{ symbol: 'x_i,\\ y_i', meaning: 'digit i’s 784 pixels and its right answer' },
		{ symbol: 'p_\\theta(y_i \\mid x_i)', meaning: 'the probability the network gives the right answer; −ln of it is 2.30 for a guess of 1/10 and 0 for certainty' },
		{ symbol: 'L_{\\text{train}},\\ L_{\\text{test}}', meaning: 'the same loss on the training digits (here 100) and on the 2,000 test digits the network never trains on; the chart draws both after every epoch' },
		{ symbol: '\\theta_t', meaning: 'the weights after epoch t, one pass over the training digits' },
		{
			symbol: 't^{\\ast}',
			meaning:
				'the epoch with the lowest test loss: where early stopping would stop (the upright dashed line). Done properly it is picked on a separate validation set, so the test digits stay unseen; this page uses the test digits for both, to keep the picture simple'
		},
		{ symbol: 'P', meaning: 'the network’s capacity, counted as its weights and biases: one hidden layer of h units has 784·h weights from the pixels, h biases, 10·h weights to the outputs and 10 biases' },
		{ symbol: 'h', meaning: 'units in the hidden layer (the Units per layer setting); 64 gives P = 50,890' }
	],
	whyItMatters:
		'A network is only useful on digits it has never seen, and the training loss cannot tell you how it does on those: it keeps falling whether the network is learning what digits look like or memorising these particular ones. The loss on held-out digits can, and it says both when to stop and whether the network is too small or too large for the data it has.',
	experiment:
		'One hidden layer of 64 ReLU units (50,890 weights and biases) trained with Adam on only 100 training digits, ten of each, 20 at a time, so one epoch is 5 steps. After every update the page measures the loss on those 100 digits (dashed) and on the 2,000 test digits (solid). Press Train and follow the solid line. It falls fastest in the first epochs, is lowest around epoch 10 (step 50) at about 0.69, and from then on climbs, to about 0.76 by epoch 40, where training stops by itself (the “Stop after epoch” setting); meanwhile the training loss goes on falling, from about 0.04 at epoch 10 to 0.004. Press Train again to go on: by epoch 100 the test loss is about 0.83 and the training loss 0.001. Test accuracy meanwhile stays near 78%: the network grows ever surer of its answers, and on the test digits it gets wrong that certainty costs more and more. We measured these numbers by training the page’s own set-up with the engine in a Node script, evaluating after every epoch; the page measures at its own moments, so its numbers may differ in the second decimal.',
	tryThis: {
		memorise: {
			label: 'Memorise 100 digits',
			predict: 'Once the training loss is close to zero, will the test loss go on falling, stay level, or climb?',
			lookFor:
				'The starting set-up. The dashed training loss falls below 0.05 by epoch 10 and keeps falling; the solid test loss bottoms out around epoch 10 at about 0.69, marked by the upright dashed line, and then climbs, to about 0.76 by epoch 40. Stopping at the mark would keep the best weights this run ever had. The coach reads the run’s regular evaluations, about one a second; once several of them have the test loss at least 5% above its lowest, it names this page’s lesson: overfitting. On a fast computer that may come only after epoch 40 (press Train to go on).'
		},
		moreDigits: {
			label: 'Ten times the digits',
			predict: 'If run B trains the same network on 1,000 digits instead of 100, will its lowest test loss be lower, the same, or higher?',
			lookFor:
				'Run B’s epochs are ten times as long (50 steps), so its curves cover a tenth of the epochs at the same step. At step 150, three of its epochs, its test loss is about 0.38 and its test accuracy about 89%, against run A’s 0.74 and 78%. Training stops at step 200, run A’s 40th epoch; press Train again to go on. Run B overfits too, only later and far lower: its test loss wobbles around its lowest, about 0.36, between its fourth and sixth epochs (steps 180 to 300), and is back up to about 0.425 by its twentieth (step 1,000).'
		},
		widths: {
			label: 'Race five widths',
			predict: 'On the same 100 digits, which of 2, 8, 32, 64 and 512 units will have the lowest test loss after 40 epochs?',
			lookFor:
				'Read the capacity chart, where each run is one point per line at its number of weights. After 40 epochs (step 200) we measured: 2 units (1,600 weights and biases) still have a training loss of 1.39 and a test loss of 1.88, so they underfit; 8 units reach 0.07 and 0.92. From 32 units on, the training loss is below 0.01, yet the test loss is higher at 512 units (0.76) than at 32 (0.725): more capacity on 100 digits buys memorising. The green points tell the other half: each run’s lowest test loss falls with width, to about 0.67 at 512 units, reached already around epoch 4, while at 32 units it is about 0.70 around epoch 20. The wider the network, the sooner it starts overfitting.'
		},
		tooNarrow: {
			label: 'Too narrow: 4 units',
			predict: 'With only 4 hidden units, will run A memorise its 100 digits too, or fail to fit even them?',
			lookFor:
				'Run A has 4 units (3,190 weights and biases). After 40 epochs its training loss is still about 0.81 and its test loss about 1.54, with test accuracy about 47%; the training loss is still falling slowly and the test loss has nearly levelled off. It cannot even fit its own 100 digits. That is underfitting, and the remedy is the opposite of overfitting’s: more capacity. Run B (64 units) reaches a training loss of about 0.004, a test loss of about 0.76 and 78% by then.'
		}
	},
	remember:
		'Judge a network on digits it never trained on: a test loss that climbs while the training loss falls is overfitting, stop at its lowest point; two high losses are underfitting, give the network more capacity.',
	misconception:
		'A falling training loss does not mean the network is still getting better: on 100 digits it keeps falling long after the test loss has turned upwards.'
};
