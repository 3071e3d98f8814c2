import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'How can a network read a digit one row at a time, and how far back can its gradient reach?',
	definition:
		'A recurrent neuron feeds its own output back in: at every step it takes the next input and what it said one step before, so what it read earlier is carried forward in its state. A recurrent neural network (RNN) is a layer of such units using the same weights at every step. Here it reads each digit as a sequence of 28 rows of 28 pixels, top to bottom, and answers from its state after the last row.',
	formula:
		'\\begin{gathered} h_t = \\tanh\\!\\big(W x_t + U h_{t-1} + b\\big), \\qquad h_0 = 0, \\qquad \\hat y = \\mathrm{softmax}\\big(V h_{28} + c\\big) \\\\ \\frac{\\partial L}{\\partial h_t} = \\big(J_{28} \\, J_{27} \\cdots J_{t+1}\\big)^{\\!\\top} \\frac{\\partial L}{\\partial h_{28}}, \\qquad J_k = \\mathrm{diag}\\big(1 - h_k^2\\big) \\, U \\\\ \\Big\\| \\frac{\\partial L}{\\partial h_t} \\Big\\| \\le s^{\\,28 - t} \\, \\Big\\| \\frac{\\partial L}{\\partial h_{28}} \\Big\\| \\end{gathered}',
	symbols: [
		{ symbol: 'x_t', meaning: 'row t of the digit: its 28 pixels, from 0 (paper) to 1 (ink)' },
		{ symbol: 'h_t', meaning: 'the hidden state after reading row t: one number between −1 and 1 per unit (64 units here)' },
		{ symbol: 'W', meaning: 'the input weights, from the 28 pixels of a row to the units' },
		{ symbol: 'U', meaning: 'the recurrent weights, from the units’ previous state to their new one; the same U at every step' },
		{ symbol: 'b', meaning: 'the units’ biases' },
		{ symbol: 'V, \\, c', meaning: 'the output layer’s weights and biases: ten logits from the last state' },
		{ symbol: '\\hat y', meaning: 'the ten probabilities the network gives the digits' },
		{ symbol: 'L', meaning: 'the loss, the cross-entropy of those probabilities' },
		{ symbol: '\\frac{\\partial L}{\\partial h_t}', meaning: 'how strongly the loss pulls on the state after row t: what the gradient chart draws, one dot per row' },
		{ symbol: 'J_k', meaning: 'how the state after row k moves when the state before it does: one factor per step, multiplied from the last row back' },
		{ symbol: '\\mathrm{diag}\\big(1 - h_k^2\\big)', meaning: 'each unit’s tanh slope at step k, never more than 1, on the diagonal of a matrix' },
		{ symbol: 's', meaning: 'the Recurrent weights’ scale setting: U starts as a random rotation Q times s, so each J stretches a vector by at most s; the bound on the right holds while U is still s·Q, at the start' },
		{ symbol: 'Q', meaning: 'a random orthogonal matrix (a rotation): it changes a vector’s direction, never its length' }
	],
	whyItMatters:
		'Using the same weights at every step lets a small network read sequences of any length, and its state is a memory of what it has read. But the gradient that tells it what an early row meant has to travel back through every later step, multiplied by one factor J per step, just as a deep network’s gradient is multiplied by one factor per layer on its way down (the vanishing-gradients page). Each factor is U times tanh slopes of at most 1, so while U shrinks vectors (s below 1) the gradient fades exponentially with the number of steps back, and what came early is hard to learn; when U stretches them the gradient can grow instead. Gated units (LSTM, GRU) were invented to give the gradient a path through time that does not shrink.',
	experiment:
		'64 tanh units read each digit one row per step, their recurrent weights starting as a rotation (scale 1); Adam at 0.003, batches of 64. Press Train: test accuracy passes 60% within about 50 steps (68.8% at step 50 and 80.0% at step 150 in our measurement, seed 1). The gradient chart starts with the first row getting about 1/20 of the last row’s gradient; as U is trained the line flattens, and by step 50 the first row’s gradient is only about 1.4 times below the last row’s. Drag Rows read, or press Play, to watch the hidden state change as the ink arrives, row by row. Below, one recurrent neuron on its own: its state step by step, and how much the last state still depends on each input.',
	tryThis: {
		smallWeights: {
			label: 'Small recurrent weights',
			predict: 'If run B starts its recurrent weights at scale 0.2, will its gradient reach the first rows of the digit?',
			lookFor:
				'At the start each row back divides run B’s gradient by 5 (one over its scale): the first row gets less than 10⁻¹⁹ of the last row’s. Training does not undo it soon: after 50 steps the first row’s gradient is still about 600 times below the last row’s, and about 190 times after 150, while run A’s line is flat. Run B learns much more slowly: about 35% at step 50 and 45% at step 150, against run A’s 69% and 80%.'
		},
		largeWeights: {
			label: 'Larger recurrent weights',
			predict: 'If run B starts its recurrent weights at scale 2, will its gradient vanish, stay level, or grow on the way back to the first rows?',
			lookFor:
				'It grows: the first rows are blank, the state there stays near 0 where tanh’s slope is 1, so each of those steps doubles the gradient, and the first row gets about 2,400 times the last row’s at the start (still about 36 times after 150 steps). Through the ink rows it grows only a little per row, since tanh’s slopes there are below 1. Run B learns slowly: about 32% at step 50 and 52% at step 150.'
		},
		mlp: {
			label: 'Against an MLP',
			predict: 'Will an MLP that sees all 784 pixels at once learn the digits faster or slower than the RNN reading 28 rows?',
			lookFor:
				'Run B, one hidden layer of 128 ReLU units, sees the whole digit at once and has nothing to carry through time: about 88% at step 50 and 94% at step 150, against the RNN’s 69% and 80%. For images a row-by-row reader is a demonstration; RNNs earn their place on real sequences, such as text and sound, whose length varies.'
		}
	},
	remember:
		'An RNN is one layer used again at every step, so its gradient through time is a product of one factor per step: it vanishes or explodes across time just as it does across the layers of a deep network.',
	misconception:
		'An RNN does not remember everything it has read just because its state is passed on: every step multiplies the old state by U and squashes it, so with small recurrent weights the first rows fade from the state, and so does their gradient.'
};
