import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'Why can a network that gets every training digit right still stumble on new ones, and can switching off random neurons help?',
	definition:
		'During training, dropout switches off each hidden unit with probability p, independently for every digit of the batch and anew at every step, and scales the units it keeps up to make up for the missing ones. At test time nothing is dropped.',
	formula: '\\tilde h = \\frac{m \\odot h}{1-p}, \\qquad m_i \\sim \\mathrm{Bernoulli}(1-p)',
	symbols: [
		{ symbol: 'h', meaning: 'a hidden layer’s outputs for one digit, before dropout' },
		{ symbol: '\\tilde h', meaning: 'what that layer passes on during training' },
		{ symbol: 'm', meaning: 'the mask: 1 for each unit kept, 0 for each unit dropped, drawn anew for every digit at every step' },
		{ symbol: 'm_i', meaning: 'unit i’s entry in the mask' },
		{
			symbol: 'p',
			meaning:
				'the dropout rate: the chance that a unit is dropped (the Dropout setting). The original dropout paper (Srivastava and others, 2014) writes p for the chance of keeping a unit instead, so its p = 0.8 is 0.2 here'
		},
		{ symbol: '\\odot', meaning: 'multiply unit by unit' },
		{ symbol: '\\mathrm{Bernoulli}(1-p)', meaning: 'a biased coin that comes up 1 with probability 1 − p' },
		{ symbol: '\\frac{1}{1-p}', meaning: 'scales the survivors up, so each unit’s output is the same on average as with nothing dropped' }
	],
	whyItMatters:
		'A big network trained on few examples can memorize them, quirks and all, and then do worse on digits it has never seen: that is overfitting. Under dropout no unit can count on any particular partner, because that partner may be gone for the next digit, which pushes the network towards features that hold up on their own.',
	experiment:
		'Two hidden layers of 256 units trained with Adam on only 500 of the 8,000 training digits, no dropout; it is tested on the held-out test digits as usual. The network turns its 10 outputs into probabilities with softmax, and the loss is the cross-entropy: minus the log of the probability given to the right digit, so guessing 1/10 for every digit costs −ln(1/10) ≈ 2.30. Press Train: by about step 100 the network gets all 500 training digits right and its training loss sinks towards zero, while test accuracy stalls near 88%. Now watch the test loss in the gap panel: it is lowest around step 100, at about 0.39, and then climbs while the training loss stays near zero. That widening gap is overfitting. Test accuracy stays flat meanwhile, because the loss also counts confidence: the network grows ever surer of every answer, so on the test digits it gets wrong it gives the right digit a smaller and smaller probability, and each of those costs more and more, while which digits it gets right hardly changes.',
	tryThis: {
		overfit: {
			label: 'Overfit 500 digits',
			predict: 'Once the network gets every one of the 500 training digits right, will its test loss keep falling, level off, or rise?',
			lookFor:
				'The starting set-up on its own. The training loss (dashed) sinks to almost zero and stays there; the test loss (solid) bottoms out around step 100 and then rises, to about 0.47 by step 500, while test accuracy stays near 88%. The network is memorizing these 500 digits rather than learning what digits look like.'
		},
		withDropout: {
			label: 'Add dropout 0.5',
			predict: 'If run B drops half its hidden units for every digit at every step, will its test loss still climb like run A’s?',
			lookFor:
				'Run B drops each hidden unit with probability 0.5, separately for every digit at every step; the diagram shows which of the first units were dropped for one digit at the latest step. Memorizing gets harder, so run B’s training loss comes down more slowly. Look at the test loss rather than the accuracy: run A’s is lowest around step 100 and then climbs, while run B’s keeps falling until about step 300 and climbs more slowly after that, ending a little below run A’s (about 0.45 against 0.47 at step 500). Test accuracy barely differs, within a point: 256-unit layers can memorize 500 digits even with half their units missing.'
		},
		tooMuch: {
			label: 'Too much: 0.9',
			predict: 'If run A drops 90% of its units, will it overfit less than run B at 0.5, or fail to learn at all?',
			lookFor:
				'Run A drops 90% of its units, so only about 26 of each layer’s 256 work for any one digit. It can barely fit even the training digits: its training and test losses stay high, still about 2.0 after 500 steps, and close together, and its test accuracy is under 50%, far below run B’s (0.5), which is near 89%. A small gap is no good when both losses are high: that is underfitting, the opposite problem.'
		},
		moreData: {
			label: 'Use all 8,000 digits',
			predict: 'With 16 times as many training digits, how much of the gap will be left, with and without dropout?',
			lookFor:
				'Both runs now train on all 8,000 digits. Without dropout (run A), the test loss keeps falling, to about 0.16 by step 500, and the gap between training and test loss shrinks to about a tenth of what it was; test accuracy climbs to about 95%, far more than dropout could add with 500 digits. Run B, with dropout 0.5, has almost no gap at all, but it is behind at step 500, near 94%: with this much data there is little memorizing left to curb, and dropout mostly slows the learning down.'
		}
	},
	remember:
		'Dropout makes memorizing harder, which can curb the rise of the test loss; too much makes learning itself hard, and more data beats both.',
	misconception:
		'A training accuracy of 100% does not mean the network has learned to read digits: only digits it never trained on can tell you that.'
};
