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
		{ symbol: 's', meaning: 'the stride, how far the filter moves each time: 1 here' }
		{ symbol: 'N_w', meaning: 'the weights and biases of one convolution: 8 × 25 + 8 = 208 for the first here, 16 × 200 + 16 = 3,216 for the second, whatever the picture’s size' },
	],
	whyItMatters:
		'A digit is the same digit a few pixels to the left. An MLP gives every pixel its own weights, so a stroke that moves lands on weights that never learned it. A convolution uses the same filter everywhere: a moved stroke moves its answer on the map, and pooling, then the next convolution, absorb small moves. That sharing also costs far fewer weights: the first convolution here has 8 × (5·5·1) + 8 = 208, where a dense layer of 128 units on the 784 pixels has 100,480. Two ideas made CNNs deep. VGG: two stacked 3×3 convolutions see the same 5×5 patch as one 5×5 filter, with fewer weights (2·3·3·C·C against 5·5·C·C with C channels in and out: 4,608 against 6,400 for C = 16) and one more activation between them. ResNet: each block adds its input to its output (a skip connection), so the gradient has a short way back through a hundred layers; the vanishing-gradients page trains exactly that, on its deep dense network.',
	experiment:
		'{{EXPERIMENT}}',
	tryThis: {
		shift: {
			label: 'CNN vs MLP on moved digits',
			predict: 'If both networks are tested on digits moved 3 pixels, which will lose more accuracy: the CNN or the MLP with about as many weights?',
			lookFor: '{{SHIFT}}'
		},
		vgg: {
			label: 'Stacked 3×3 (VGG) vs 5×5',
			predict: 'Run A replaces each 5×5 convolution with two stacked 3×3 ones: will it learn as well with fewer convolution weights?',
			lookFor: '{{VGG}}'
		},
		wider: {
			label: 'A much larger MLP',
			predict: 'Will an MLP with 512 hidden units, about eleven times the CNN’s weights, cope with the moved digits?',
			lookFor: '{{WIDER}}'
		}
	},
	remember:
		'A convolution uses the same small filter at every place of the picture, so it finds a pattern wherever it is with few weights; pooling then lets the pattern move a little without changing the answer.',
	misconception:
		'A CNN does not win by having more weights: here it has about as many as the MLP ({{COUNTS}}), and an MLP eleven times its size still fails on the moved digits. It wins because it shares each filter’s weights across the picture.'
};
