import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: '网络怎样一行一行地读一个数字？它的梯度能往回传多远？',
	definition:
		'循环神经元会把自己的输出再送回来：每一步它都同时接收下一个输入和自己上一步的输出，所以先前读到的内容会保存在它的状态里一直往后带。循环神经网络（RNN）就是由这样的神经元组成的一层，每一步都用同一组权重。这里它把每个数字看成一个序列：从上到下 28 行，每行 28 个像素；读完最后一行后，再根据此时的状态给出答案。',
	formula:
		'\\begin{gathered} h_t = \\tanh\\!\\big(W x_t + U h_{t-1} + b\\big), \\qquad h_0 = 0, \\qquad \\hat y = \\mathrm{softmax}\\big(V h_{28} + c\\big) \\\\ \\frac{\\partial L}{\\partial h_t} = \\big(J_{28} \\, J_{27} \\cdots J_{t+1}\\big)^{\\!\\top} \\frac{\\partial L}{\\partial h_{28}}, \\qquad J_k = \\mathrm{diag}\\big(1 - h_k^2\\big) \\, U \\\\ \\Big\\| \\frac{\\partial L}{\\partial h_t} \\Big\\| \\le s^{\\,28 - t} \\, \\Big\\| \\frac{\\partial L}{\\partial h_{28}} \\Big\\| \\end{gathered}',
	symbols: [
		{ symbol: 'x_t', meaning: '数字的第 t 行：28 个像素，0 是白纸，1 是墨迹' },
		{ symbol: 'h_t', meaning: '读完第 t 行后的隐藏状态：每个单元一个介于 −1 和 1 之间的数（这里共 64 个单元）' },
		{ symbol: 'W', meaning: '输入权重，从一行的 28 个像素连到各个单元' },
		{ symbol: 'U', meaning: '循环权重，从各单元上一步的状态连到新状态；每一步用的都是同一个 U' },
		{ symbol: 'b', meaning: '各单元的偏置' },
		{ symbol: 'V, \\, c', meaning: '输出层的权重和偏置：由最后的状态算出十个 logit' },
		{ symbol: '\\hat y', meaning: '网络给十个数字的概率' },
		{ symbol: 'L', meaning: '损失，即这些概率的交叉熵' },
		{ symbol: '\\frac{\\partial L}{\\partial h_t}', meaning: '损失对读完第 t 行后的状态的“拉力”有多大：梯度图画的就是它，每行一个点' },
		{ symbol: 'J_k', meaning: '前一步的状态变化时，第 k 步的状态跟着怎样变：每一步一个因子，从最后一行往前依次相乘' },
		{ symbol: '\\mathrm{diag}\\big(1 - h_k^2\\big)', meaning: '第 k 步各单元的 tanh 斜率（都不超过 1），放在对角线上的矩阵' },
		{ symbol: 's', meaning: '设置项“循环权重的尺度”：U 的初始值是随机旋转矩阵 Q 乘以 s，所以每个 J 最多把向量拉长 s 倍；只要 U 还是 s·Q（也就是刚开始时），右边那个上界就成立' },
		{ symbol: 'Q', meaning: '随机正交矩阵（一种旋转）：只改变向量的方向，不改变它的长度' }
	],
	whyItMatters:
		'每一步都用同一组权重，一个小网络就能读任意长度的序列，而它的状态就是对读过内容的记忆。可是，要让网络知道前面某一行意味着什么，梯度必须穿过后面的每一步往回传，每一步乘上一个因子 J；这和深层网络的梯度往下传时每层乘一个因子完全一样（见“梯度消失”一页）。每个因子都是 U 再乘上不超过 1 的 tanh 斜率，所以只要 U 把向量缩短（s 小于 1），梯度就随着往回的步数指数衰减，前面的内容就很难学到；U 把向量拉长时，梯度反而可能变大。门控单元（LSTM、GRU）正是为了给梯度开一条穿越时间而不衰减的通路而发明的。',
	experiment: '待测量',
	tryThis: {
		smallWeights: { label: '较小的循环权重', predict: '待测量？', lookFor: '待测量' },
		largeWeights: { label: '较大的循环权重', predict: '待测量？', lookFor: '待测量' },
		relu: { label: '用 ReLU 代替 tanh', predict: '待测量？', lookFor: '待测量' },
		mlp: { label: '和 MLP 比一比', predict: '待测量？', lookFor: '待测量' }
	},
	remember:
		'RNN 就是同一层在每一步反复使用，所以它穿越时间的梯度是每步一个因子的连乘：它会像在深层网络里逐层传递时一样，随时间消失或爆炸。',
	misconception:
		'状态一步步往下传，并不代表 RNN 记得读过的一切：每一步都要把旧状态乘上 U 再压缩一次，循环权重小的时候，前面几行会从状态里逐渐淡去。'
};
