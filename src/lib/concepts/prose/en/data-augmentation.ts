import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'With only 500 training digits, can a network learn more by seeing each of them shifted, turned, resized and speckled a little differently every time?',
	definition:
		'Data augmentation trains on changed copies of the training examples instead of the examples themselves: here every digit of every batch is shifted, rotated and scaled by its own random amounts and given random noise, drawn anew at every step. The right answer stays the same, because a 7 moved two pixels to the left is still a 7. The test digits are never changed.',
	formula:
		'\\begin{gathered} \\tilde x_i(p) = \\operatorname{clip}_{[0,1]}\\Big( x_i\\big( c + \\tfrac{1}{s_i} R_{-\\theta_i} (p - c - t_i) \\big) + \\varepsilon_{i,p} \\Big) \\\\ t_i \\sim U[-d, d]^2, \\quad \\theta_i \\sim U[-\\alpha, \\alpha], \\quad s_i \\sim U[1 - a, 1 + a], \\quad \\varepsilon_{i,p} \\sim \\mathcal{N}(0, \\sigma^2) \\\\ L = \\frac{1}{B} \\sum_{i=1}^{B} \\ell(\\tilde x_i, y_i) \\end{gathered}',
	symbols: [
		{ symbol: 'x_i', meaning: 'digit i of the batch as it is, a 28 × 28 picture with pixel values from 0 to 1' },
		{ symbol: '\\tilde x_i', meaning: 'the copy the network trains on at this step' },
		{ symbol: 'p', meaning: 'a pixel of the copy, as (column, row) with rows counted downwards' },
		{ symbol: 'c', meaning: 'the centre of the picture, (13.5, 13.5): turns and resizing happen about it' },
		{
			symbol: 'x_i(\\cdot)',
			meaning: 'the digit read at a point between pixels: the four nearest pixels mixed by how near they are (bilinear interpolation), 0 outside the picture'
		},
		{ symbol: 't_i', meaning: 'the shift, right and down, in pixels' },
		{ symbol: 'd', meaning: 'the largest shift (the Shift setting, 2 here); each of the two directions is drawn evenly from −d to d' },
		{ symbol: 'R_{-\\theta_i}', meaning: 'a turn back by the angle θᵢ: reading the picture turned back is the same as turning the picture' },
		{ symbol: '\\theta_i', meaning: 'the angle the digit is turned by' },
		{ symbol: '\\alpha', meaning: 'the largest angle (the Rotation setting, 15° here)' },
		{ symbol: 's_i', meaning: 'the size factor: above 1 the digit grows, below 1 it shrinks' },
		{ symbol: 'a', meaning: 'the largest change of size (the Scale setting, 0.1 here, so from 0.9 to 1.1)' },
		{ symbol: '\\varepsilon_{i,p}', meaning: 'noise added to one pixel, drawn anew for every pixel' },
		{ symbol: '\\sigma', meaning: 'the noise’s standard deviation (the Noise setting, 0.1 here)' },
		{ symbol: '\\operatorname{clip}_{[0,1]}', meaning: 'keeps each pixel between 0 and 1, so on the blank background only the upward half of the noise shows' },
		{ symbol: 'U[\\cdot]', meaning: 'drawn evenly from that range; every draw comes from the run’s seed and the step, so a run repeats exactly' },
		{ symbol: '\\mathcal{N}(0, \\sigma^2)', meaning: 'drawn from a bell curve centred on 0 with spread σ' },
		{ symbol: 'L', meaning: 'the loss a training step goes down: the mean over the batch, on the copies' },
		{ symbol: 'B', meaning: 'the batch size (32 here)' },
		{ symbol: '\\ell(\\tilde x_i, y_i)', meaning: 'the cross-entropy on one copy: minus the log of the probability given to its right answer yᵢ' }
	],
	whyItMatters:
		'A network with few training examples learns them by heart, quirks and all, and does worse on new ones: overfitting. More data is the cure, but data costs. Augmentation makes more from what there is by building into the training what we already know about the task: a digit read a little off-centre, tilted or larger is still the same digit. The network can no longer memorize one exact picture per digit, so it has to learn what every copy shares. The change must keep the answer: turn a 6 by 180° and it becomes a 9, so the angles stay small.',
	experiment:
		'One hidden layer of 64 ReLU units trained with Adam (rate 0.003, batches of 32) on only 500 of the 8,000 training digits; the main run trains on copies shifted by up to 2 pixels, turned by up to 15°, resized by up to 10% and given noise of spread 0.1, as the grid shows. The numbers here were measured on seed 1 with the engine on the CPU backend, all 2,000 test digits, evaluating at the steps named; other backends round differently and may differ a little. An epoch is 15 steps. Press Train: the augmented run learns more slowly at first (test accuracy about 84% at step 100), but its test loss keeps falling, to about 0.41 at step 500 and 0.26 at step 1,200, where its test accuracy is about 93%. Its loss on the training digits themselves (measured as they are, without augmentation) stays close to its test loss: the gap is about 0.2 from step 300 to step 1,200. Press New copies to see other draws, or pick another digit.',
	tryThis: {
		withAndWithout: {
			label: 'With vs without augmentation',
			predict: 'If run B trains on the same 500 digits as they are, with the same seed and batches, which run will end up better on the test digits, and which will fit its training digits more tightly?',
			lookFor:
				'Run B (no augmentation) gets all 500 training digits right by about step 100, and its training loss sinks towards zero (0.003 at step 500), while its test accuracy stays near 88% and its test loss is lowest early (about 0.43 at step 100) and then climbs: 0.52 at step 500, 0.60 at step 1,200, 0.66 at step 2,000. Its gap is the whole test loss. Run A (augmented) is behind at first but passes run B’s accuracy around step 500 (about 88% each) and keeps going, to about 91% at step 800 and 93% at step 1,200, with a test loss of about 0.26 and a gap of about 0.21 against run B’s 0.60. The comparison table shows both.'
		},
		shiftOnly: {
			label: 'Shifts only',
			predict: 'If the main run only shifts the digits (by up to 2 pixels), with no turns, resizing or noise, will it close as much of the gap as all four changes together?',
			lookFor:
				'Shifting alone is the strongest single change, and the quickest: run A is ahead of the page’s mix of four at first (about 91% test accuracy at step 500 against about 88%), and its test loss is lowest around step 800, at about 0.30. But one kind of change is easier to see through. By step 1,200 it gets every training digit right again, its training loss sinks towards zero (0.008 at step 2,000) and its test loss climbs back (0.35 at step 2,000), so its gap widens from about 0.26 at step 500 to 0.34. With all four changes the gap stayed near 0.21 and the test loss near 0.26. Run B, with nothing, is at about 88%, with a gap of 0.66, at step 2,000.'
		},
		tooMuch: {
			label: 'Too much',
			predict: 'If the main run shifts by up to 4 pixels, turns by up to 30°, resizes by up to 30% and adds noise of spread 0.5, will it do even better on the test digits than run B with the page’s gentler strengths?',
			lookFor:
				'No: run A barely learns. Its copies are so changed that many barely look like their digit: noise of spread 0.5 covers the whole picture in specks as bright as the strokes, and a turn of up to 30° with up to 30% more size and 4 pixels of shift can push a stroke off the edge; see them in the grid. Its test accuracy is about 49% at step 800 and 62% at step 2,000, with training and test losses close together (a gap of about 0.11) but both high (test loss about 1.1 at step 2,000), while run B, with the page’s strengths, is near 93%. A small gap is no good when both losses are high: that is underfitting. The strengths should stay within what real digits vary by.'
		},
		moreDigits: {
			label: 'All 8,000 digits',
			predict: 'With 16 times as many training digits, will augmentation still help as much?',
			lookFor:
				'Much less. With 8,000 digits (250 steps an epoch) there is little to memorize in 2,000 steps, and run B, without augmentation, is ahead for a long time: about 94.1% test accuracy at step 500 against run A’s 91.6%, and 95.5% against 94.3% at step 1,000. By step 2,000 they are level (about 95.8% and 95.6%, test losses about 0.15 each); run B’s gap has grown to about 0.12 while run A’s is about 0, so augmentation is still holding memorizing off, with less of it to hold off. Real digits beat made-up copies: 8,000 plain digits reach about 96%, 500 augmented ones about 93%.'
		}
	},
	remember:
		'Augmentation trains on changed copies that keep their answers, so a network with few examples cannot memorize exact pictures and has to learn what the copies share; keep the changes ones the test data could really show.',
	misconception:
		'Augmentation does not make training faster or the training loss lower: the augmented run here trails for the first few hundred steps and fits its own training digits less tightly; what it buys is a lower test loss and a smaller gap.'
};
