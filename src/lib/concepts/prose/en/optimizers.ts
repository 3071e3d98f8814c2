import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: 'Plain gradient descent steps by the newest gradient alone: what do momentum, RMSprop and Adam keep from step to step, and what does it change?',
	definition:
		'An optimizer is the rule that turns each batch’s gradient into a change of every weight. SGD uses the newest gradient and keeps nothing. Momentum keeps a velocity, a running sum of past gradients that fades by β each step. RMSprop keeps a running mean of each weight’s squared gradients and divides the gradient by its square root. Adam keeps both a running mean of the gradients and one of their squares, corrects both for starting at zero, and divides one by the square root of the other.',
	formula:
		'\\begin{gathered} \\textbf{SGD:}\\ \\theta \\leftarrow \\theta - \\eta\\, g \\\\ \\textbf{Momentum:}\\ v \\leftarrow \\beta v + g, \\quad \\theta \\leftarrow \\theta - \\eta\\, v \\\\ \\textbf{RMSprop:}\\ s \\leftarrow \\rho s + (1-\\rho)\\, g^2, \\quad \\theta \\leftarrow \\theta - \\frac{\\eta\\, g}{\\sqrt{s + \\epsilon}} \\\\ \\textbf{Adam:}\\ m \\leftarrow \\beta_1 m + (1-\\beta_1)\\, g, \\quad s \\leftarrow \\beta_2 s + (1-\\beta_2)\\, g^2 \\\\ \\hat m = \\frac{m}{1-\\beta_1^{\\,t}}, \\quad \\hat s = \\frac{s}{1-\\beta_2^{\\,t}}, \\quad \\theta \\leftarrow \\theta - \\frac{\\eta\\, \\hat m}{\\sqrt{\\hat s} + \\epsilon} \\end{gathered}',
	symbols: [
		{ symbol: '\\theta', meaning: 'one weight; every weight is updated by the same rule, each with its own v, s and m' },
		{ symbol: '\\leftarrow', meaning: 'is replaced by: one training step' },
		{ symbol: 'g', meaning: 'this weight’s gradient of the loss on the current batch' },
		{ symbol: '\\eta', meaning: 'the learning rate, the same number for all four rules on this page' },
		{
			symbol: 'v',
			meaning: 'momentum’s velocity: it starts at 0 and adds the raw gradient each step (no 1 − β in front, as TF.js does it), so a gradient that stays the same builds it up to g / (1 − β), 10 g at β = 0.9'
		},
		{ symbol: '\\beta', meaning: 'momentum’s β, the share of the velocity each step keeps (the “Momentum β” control; 0 makes it plain SGD)' },
		{ symbol: 's', meaning: 'the running mean of the squared gradients, starting at 0 (RMSprop’s and Adam’s)' },
		{ symbol: '\\rho', meaning: 'RMSprop’s decay, the share of s each step keeps: TF.js’s default 0.9, which this site keeps (the β controls do not change it)' },
		{ symbol: 'm', meaning: 'Adam’s running mean of the gradients, starting at 0' },
		{ symbol: '\\beta_1,\\ \\beta_2', meaning: 'the shares of m and of s that each Adam step keeps (the “Adam β₁” and “Adam β₂” controls, 0.9 and 0.999 to start)' },
		{ symbol: 't', meaning: 'the step number, counting from 1' },
		{
			symbol: '\\hat m,\\ \\hat s',
			meaning: 'the bias-corrected means: m and s start at 0, so early on they are too small, and dividing by 1 − β₁ᵗ and 1 − β₂ᵗ undoes that (both divisors approach 1 as t grows)'
		},
		{
			symbol: '\\epsilon',
			meaning: 'a tiny number that keeps the division finite: TF.js uses 10⁻⁷ on the CPU, WASM and 32-bit WebGL backends (10⁻⁴ where WebGL has only 16-bit floats); RMSprop adds it inside the square root, Adam outside'
		}
	],
	whyItMatters:
		'Every network on this site trains with one of these four rules, and the learning rate means something different in each. SGD and momentum multiply the gradient by η, so their steps are long where the loss is steep and short where it is flat, and momentum’s steady velocity makes them up to 1 / (1 − β) times longer. RMSprop and Adam divide each weight’s gradient by its own recent size, so each weight moves about η per step whatever its slope: its first Adam step is exactly η × the gradient’s sign. A rate that suits one optimizer can crawl or overshoot with another.',
	experiment:
		'One hidden layer of 64 ReLU units, batches of 64, and one learning rate, 0.01, for every optimizer; momentum’s β 0.9, Adam’s β₁ 0.9 and β₂ 0.999. Run A uses momentum and run B plain SGD, on the same seed and the same batches. Measured in Node on the same engine (CPU backend, seed 1, all 2,000 test digits): momentum reaches 88% test accuracy at step 100 and 91% at step 300; SGD 65% and 81%. The map beside them runs the four rules on two made-up losses of two weights at the same settings. On the ravine (loss w₁² + 10 w₂², from (−2.8, 1)) momentum first comes within 0.1 of the minimum at step 37, SGD at step 165 and RMSprop at step 288, and Adam is still 0.63 away after 300 steps, because it moves each weight only about 0.01 per step. On the bowl momentum is there at step 23 and RMSprop at step 257; SGD (0.16 away) and Adam (0.47 away) are not, after 300 steps.',
	tryThis: {
		momentumVsSgd: {
			label: 'Momentum vs SGD at 0.01',
			predict: 'At the same learning rate and on the same batches, will momentum learn faster than plain SGD, just as fast, or blow up?',
			lookFor:
				'Momentum’s loss falls far sooner: at step 100 it is near 88% test accuracy while SGD is near 65%, and by step 300 about 91% against 81%. Its velocity adds up gradients that keep pointing the same way, so its steps grow towards ten times SGD’s. On the ravine map momentum swings from wall to wall and sails past the minimum (w₁ reaches 0.83 at step 23) before it turns back, yet it first comes within 0.1 of the minimum at step 37; SGD needs 165 steps.'
		},
		race: {
			label: 'Race all four at 0.01',
			predict: 'On the same seed and batches at learning rate 0.01, which of SGD, momentum, RMSprop and Adam will be ahead after 100 steps, and which behind?',
			lookFor:
				'At step 100 (our Node run): SGD about 65%, momentum 88%, RMSprop 92%, Adam 93%; at step 300: 81%, 91%, 93.5% and 94.5%. This shows the four at one shared rate, not each at its best: 0.01 is small for SGD and on the large side for RMSprop, whose test loss stops falling after about step 200 (0.22 at steps 200 and 300) and is back up to 0.31 by step 400, while Adam’s keeps falling (0.18 at step 400). On the map the order is different: at 0.01 Adam is the slowest, since it moves each weight about 0.01 per step so covering w₁’s 2.8 alone takes some 280 steps.'
		},
		betaZero: {
			label: 'Momentum with β = 0',
			predict: 'With β = 0, what is left of momentum’s velocity, and how will run A compare with plain SGD in run B?',
			lookFor:
				'Nothing is kept: v ← 0 · v + g is just g, so run A is plain SGD. The two runs’ curves lie on top of each other step for step (same seed, same batches, the same arithmetic), and on the map the momentum path runs exactly under SGD’s.'
		},
		highBeta: {
			label: 'Momentum β 0.99 vs 0.9',
			predict: 'If momentum keeps 99% of its velocity each step instead of 90%, will it reach the minimum sooner or later?',
			lookFor:
				'On the map the path with β = 0.99 overshoots and circles the minimum for a long time: on the ravine it first comes within 0.1 of the minimum only at step 232 (at β = 0.9, step 37), and on the bowl it passes within 0.1 at step 16 but swings out again and is still 0.14 away at step 300. On the digits (our Node run) β = 0.99 is behind at first, 85.5% test accuracy at step 100 against 87.9%, its test loss stalling near 0.66 between steps 100 and 150, but ahead by step 300, 92.8% against 91.3%: a velocity that keeps 99% can grow to 100 times the gradient, a larger step that helps later and overshoots early.'
		}
	},
	remember:
		'SGD keeps nothing, momentum keeps a velocity, RMSprop a running mean of squared gradients and Adam both means with a correction for starting at zero; so one learning rate means a different step for each, and a rate is chosen per optimizer.',
	misconception:
		'Adam is not simply the fastest: on the digits at 0.01 it leads, but on the same map at the same rate it is the slowest of the four, because its steps are about the learning rate long however steep the slope.'
};
