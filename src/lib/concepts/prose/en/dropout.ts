import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'Why can a network that gets every training digit right still stumble on new ones, and can switching off random neurons help?',
	definition:
		'Dropout switches off a random fraction p of the hidden units at every training step and scales up the rest to make up for them. At test time nothing is dropped.',
	formula: '\\tilde h = \\frac{m \\odot h}{1-p}, \\qquad m_i \\sim \\mathrm{Bernoulli}(1-p)',
	symbols: [
		{ symbol: 'h', meaning: 'a hidden layer’s outputs, before dropout' },
		{ symbol: '\\tilde h', meaning: 'what that layer passes on during training' },
		{ symbol: 'm', meaning: 'the mask: 1 for each unit kept, 0 for each unit dropped, drawn anew at every step' },
		{ symbol: 'm_i', meaning: 'unit i’s entry in the mask' },
		{ symbol: 'p', meaning: 'the dropout rate: the share of units dropped (the Dropout setting)' },
		{ symbol: '\\odot', meaning: 'multiply unit by unit' },
		{ symbol: '\\mathrm{Bernoulli}(1-p)', meaning: 'a biased coin that comes up 1 with probability 1 − p' },
		{ symbol: '\\frac{1}{1-p}', meaning: 'scales the survivors up, so each unit’s output is the same on average as with nothing dropped' }
	],
	whyItMatters:
		'A big network trained on few examples can memorize them, quirks and all, and then do worse on digits it has never seen: that is overfitting. Under dropout no unit can count on any particular partner, because that partner may be gone at the next step, which pushes the network towards features that hold up on their own.',
	experiment:
		'Two hidden layers of 256 units trained with Adam on only 500 of the 8,000 training digits, no dropout; it is tested on the 2,000 test digits as usual. Press Train: within about 200 steps the loss on the training digits sinks almost to zero, as the network in effect memorizes all 500, while test accuracy stalls near 88%. Keep watching the gap panel: the test loss starts to climb again while the training loss stays near zero. That widening gap is overfitting.',
	tryThis: {
		overfit: {
			label: 'Overfit 500 digits',
			lookFor:
				'The starting set-up on its own. The training loss (dashed) sinks to almost zero and stays there, the test loss (solid) turns upwards, and test accuracy stalls near 88%: the network is memorizing these 500 digits rather than learning what digits look like.'
		},
		withDropout: {
			label: 'Add dropout 0.5',
			lookFor:
				'Run B drops half the hidden units at every step; the diagram shows which ones were dropped at the latest step. Memorizing gets harder, so run B’s training loss comes down more slowly. Now compare the gaps and the test accuracy: with only 500 digits the gain is small, a point or so at best, because 256-unit layers can memorize 500 digits even with half their units missing.'
		},
		tooMuch: {
			label: 'Too much: 0.9',
			lookFor:
				'Run A drops 90% of its units, so only about 26 of each layer’s 256 work at any step. It can barely fit even the training digits: its training and test losses stay high and close together, and its test accuracy stays far below run B’s (0.5). That is underfitting, the opposite problem.'
		},
		moreData: {
			label: 'Use all 8,000 digits',
			lookFor:
				'Both runs now train on all 8,000 digits. The gap between training and test loss shrinks to a fraction of what it was, and test accuracy climbs to about 95%, far more than dropout could add with 500 digits. Run B, with dropout, keeps its gap narrower still.'
		}
	},
	remember:
		'Dropout makes memorizing harder, which can narrow the gap between training and test results; too much makes learning itself hard, and more data beats both.',
	misconception:
		'A training accuracy of 100% does not mean the network has learned to read digits: only digits it never trained on can tell you that.'
};
