import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'Why does a network that slides small filters over the picture still know a digit that has moved, when a network of the same size that looks at each pixel on its own does not?',
	definition:
		'A filter is a small grid of weights, here 5×5. A convolution slides it over the picture and, at every place, multiplies the pixels under it by its weights and adds them up (a dot product): the answers make a feature map, large wherever the picture looks like the filter. A convolutional neural network (CNN) stacks such layers, each with several filters, and shrinks the maps between them by pooling: 2×2 max pooling keeps the largest of every four neighbours. Padding adds a border of zeros so the map keeps its size ("same"); without it ("valid", as here) every 5×5 convolution takes 4 pixels off each side’s length.',
	formula:
		'\\begin{gathered} z_{i,j,f} = b_f + \\sum_{u=0}^{k-1} \\sum_{v=0}^{k-1} \\sum_{c=1}^{C} w_{u,v,c,f}\\; x_{i+u,\\,j+v,\\,c} \\qquad m_{i,j,f} = \\max_{a,b \\in \\{0,1\\}} \\operatorname{ReLU}(z_{2i+a,\\,2j+b,\\,f}) \\\\ n_{\\mathrm{out}} = \\frac{n + 2p - k}{s} + 1 \\qquad N_w = k \\cdot k \\cdot C \\cdot F + F \\end{gathered}',
	symbols: [
		{ symbol: 'x_{i,j,c}', meaning: 'the input at row i, column j of channel c: a pixel of the digit (one grey channel), or a value of the previous layer’s maps' },
		{ symbol: 'w_{u,v,c,f}', meaning: 'filter f’s weight at offset (u, v) in channel c: the same weights at every place of the picture, which is what lets a filter find its pattern wherever it is' },
		{ symbol: 'b_f', meaning: 'filter f’s bias, one number' },
		{ symbol: 'k', meaning: 'the filter’s side: 5 here (3 in the VGG form)' },
		{ symbol: 'C', meaning: 'channels coming in: 1 for the grey digit, 8 into the second convolution' },
		{ symbol: 'F', meaning: 'filters, so maps going out: 8 in the first convolution, 16 in the second' },
		{ symbol: 'z_{i,j,f}', meaning: 'feature map f at (i, j): how well the picture around that place matches filter f' },
		{ symbol: 'm_{i,j,f}', meaning: 'the map after the activation and 2×2 max pooling: the largest of each four neighbours, so the map halves on each side and a pattern may move a pixel inside its window without changing it' },
		{ symbol: 'n, n_{\\mathrm{out}}', meaning: 'the side of the map going in and coming out: 28 → 24, pooled to 12, → 8, pooled to 4 here' },
		{ symbol: 'p', meaning: 'the padding, zeros added on each side: 0 here (valid); p = 2 keeps a 5×5 convolution’s map at 28 (same)' },
		{ symbol: 's', meaning: 'the stride, how far the filter moves each time: 1 here' },
		{ symbol: 'N_w', meaning: 'the weights and biases of one convolution: 8 × 25 + 8 = 208 for the first here, 16 × 200 + 16 = 3,216 for the second, whatever the picture’s size' }
	],
	whyItMatters:
		'A digit is the same digit a few pixels to the left. An MLP gives every pixel its own weights, so a stroke that moves lands on weights that never learned it. A convolution uses the same filter everywhere: a moved stroke moves its answer on the map, and pooling, then the next convolution, absorb small moves. That sharing also costs far fewer weights: the first convolution here has 8 × (5·5·1) + 8 = 208, where a dense layer of 128 units on the 784 pixels has 100,480. Two ideas made CNNs deep. VGG: two stacked 3×3 convolutions see the same 5×5 patch as one 5×5 filter, with fewer weights (2·3·3·C·C against 5·5·C·C with C channels in and out: 4,608 against 6,400 for C = 16) and one more activation between them. ResNet: each block adds its input to its output (a skip connection), so the gradient has a short way back through a hundred layers; the vanishing-gradients page trains exactly that, on its deep dense network.',
	experiment:
		'The lab’s CNN: two 5×5 convolutions (8, then 16 filters), each followed by ReLU and 2×2 max pooling, then 128 ReLU units and the 10 outputs, 208 + 3,216 + 32,896 + 1,290 = 37,610 weights and biases. Compare side by side adds run B, an MLP with one hidden layer of 47 units: 36,895 + 480 = 37,375, as close as whole units get. Both train with Adam (rate 0.003, batches of 64) on the same seed and the same batches. The numbers here were measured on seed 1 with the engine on the WASM backend; other backends round differently and may differ a little. By step 100 the CNN gets 94.6% of the 2,000 test digits right and the MLP 91.3%; by step 500, 97.3% and 93.2%. The first chart tests the runs on the first 500 test digits moved 0, 1, 2 and 3 pixels, each digit in its own fixed direction (right, left, down or up): at step 500 the CNN gets 97%, 94%, 86% and 63% of them right, the MLP 92%, 85%, 63% and 30%. Set Move test digits to 3 and every test on the page uses the moved digits at once, the status line and the accuracy chart too: on all 2,000 at step 500, 66% for the CNN against 33% for the MLP. Below, the first convolution’s eight learned 5×5 filters, and what both convolutions make of a test digit you choose: eight maps of 24×24, then sixteen of 8×8.',
	tryThis: {
		shift: {
			label: 'CNN vs MLP on moved digits',
			predict: 'If both networks are tested on digits moved 3 pixels, which will lose more accuracy: the CNN or the MLP with about as many weights?',
			lookFor: 'Both runs are tested on digits moved 3 pixels from the start, so the status line and the accuracy chart show the moved digits (all 2,000). Early on the MLP is ahead on the digits as they are (71.7% against 67.5% at step 10) yet behind on the moved ones (27.8% against 38.3%), and with training it hardly gets better at them: 30.9% at step 100 and 33.1% at step 500, while the CNN reaches 54.7% and 66.1%. A 3-pixel move is 3 pixels on the first maps, 1.5 after the first pooling and less than one place on the final 4×4 maps, and every filter finds its stroke wherever it is; the MLP’s weights for a stroke belong to the pixels where the training digits had it. The CNN does not cope fully either: it loses about 31 points, because it never saw a moved digit in training.'
		},
		vgg: {
			label: 'Stacked 3×3 (VGG) vs 5×5',
			predict: 'Run A replaces each 5×5 convolution with two stacked 3×3 ones: will it learn as well with fewer convolution weights?',
			lookFor: 'Run A (the VGG form) has two 3×3 convolutions wherever run B has one 5×5: 2,416 convolution weights and biases against 3,424 (36,602 against 37,610 in all). In the second stage, where 8 channels come in, the pair needs 3·3·8·8 + 3·3·8·16 = 1,728 weights against 5·5·8·16 = 3,200; in the first, where only the grey channel comes in, it needs more (72 + 576 = 648 against 200): the saving needs channels. It learns about as well: 93.5% against 94.6% at step 100, 96.3% against 95.6% at step 200, 96.9% against 97.3% at step 500, and 67.9% against 66.1% on digits moved 3 pixels at step 500. It is slower per digit, though: its 3×3 filters work on the larger maps before each pooling, about 512,000 multiplications per digit against 320,000, and it trained at about two thirds of the CNN’s speed when measured.'
		},
		wider: {
			label: 'A much larger MLP',
			predict: 'Will an MLP with 512 hidden units, about eleven times the CNN’s weights, cope with the moved digits?',
			lookFor: 'Run B, an MLP with 512 hidden units, has 407,050 weights and biases, eleven times the CNN’s 37,610, and on the digits as they are it nearly keeps up: 93.6% at step 100 and 96.2% at step 500, against the CNN’s 94.6% and 97.3%. On digits moved 3 pixels (all 2,000, in the status line and the accuracy chart) it stays far behind: 33.2% at step 100 and 39.2% at step 500, against the CNN’s 54.7% and 66.1%. More weights let an MLP learn more digits where they are; they do not teach it that a moved stroke is the same stroke.'
		}
	},
	remember:
		'A convolution uses the same small filter at every place of the picture, so it finds a pattern wherever it is with few weights; pooling then lets the pattern move a little without changing the answer.',
	misconception:
		'A CNN does not win by having more weights: here it has about as many as the MLP (37,610 weights and biases against 37,375), and an MLP eleven times its size still fails on the moved digits. It wins because it shares each filter’s weights across the picture.'
};
