import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: '为什么深层 Sigmoid 网络的前几层学不动？',
	definition:
		'反向传播用链式法则计算第一层的梯度：它上面每一层都贡献一个因子，全部连乘起来。如果这些因子让梯度越乘越小，梯度传到底层时就消失了；如果越乘越大，梯度就会爆炸。',
	formula:
		'\\begin{gathered} \\frac{\\partial L}{\\partial W_1} = \\frac{\\partial L}{\\partial a_n} \\, \\frac{\\partial a_n}{\\partial a_{n-1}} \\cdots \\frac{\\partial a_2}{\\partial a_1} \\, \\frac{\\partial a_1}{\\partial W_1} \\\\ \\frac{\\partial a_k}{\\partial a_{k-1}} = \\mathrm{diag}\\big(\\sigma\'(z_k)\\big) \\, W_k, \\qquad \\sigma\'(z) = \\sigma(z)\\big(1 - \\sigma(z)\\big) \\le \\tfrac{1}{4} \\end{gathered}',
	symbols: [
		{ symbol: 'L', meaning: '损失' },
		{ symbol: 'W_1', meaning: '第一个隐藏层的权重，也就是直接看像素的那一层' },
		{ symbol: 'a_k', meaning: '第 k 个隐藏层的输出；aₙ 属于最后一个隐藏层' },
		{ symbol: 'n', meaning: '隐藏层的层数' },
		{
			symbol: '\\frac{\\partial a_k}{\\partial a_{k-1}}',
			meaning: '一个矩阵：第 k − 1 层的每个输出变一点，第 k 层的每个输出跟着变多少；每层一个这样的因子，从最上面一层往下依次相乘'
		},
		{ symbol: 'z_k = W_k a_{k-1} + b_k', meaning: '第 k 层的加权和，还没经过激活函数' },
		{ symbol: 'W_k', meaning: '第 k 层的权重' },
		{ symbol: '\\mathrm{diag}\\big(\\sigma\'(z_k)\\big)', meaning: '把第 k 层每个神经元的 Sigmoid 斜率放在对角线上的矩阵' },
		{ symbol: '\\sigma\'(z)', meaning: 'Sigmoid 的斜率：最大只有 1/4，在 z = 0 处取到' }
	],
	whyItMatters:
		'每个因子是这一层的 Sigmoid 斜率乘上这一层的权重。有上限的只是斜率，最多 1/4；权重本可以把它补回来，但这里的权重补不回来，于是连续十二个 Sigmoid 斜率让梯度一层比一层小，直接看像素的前几层几乎一动不动。反过来，如果因子让梯度越乘越大，梯度就会爆炸，训练随之崩溃。ReLU 一类的激活函数、尺度合适的初始权重、残差连接和梯度裁剪，是最常用的几种对策。',
	experiment:
		'十二个 Sigmoid 隐藏层，每层 32 个神经元，普通 SGD，学习率 0.1。网络用 softmax 把 10 个输出变成概率，损失是交叉熵，也就是正确数字所得概率的对数再取负。按“训练”，看梯度范数图（对数坐标，第一层在最左边）：每个点大约只有右边那个点的四分之一到五分之一，所以第一层的梯度还不到最后一层的百万分之一。损失一直在 2.30 左右，正好是 −ln(1/10)，即给每个数字都分 1/10 概率时要付出的代价；测试准确率也停在 10% 附近。',
	tryThis: {
		deepSigmoid: {
			label: '12 层 Sigmoid',
			predict: '从输出层往下看到第一层，这些梯度点会一样高、稍微变低，还是低得多？',
			lookFor:
				'只看初始设置。这些点从第一层到输出层排成陡峭的台阶，训练几百步后形状依旧。前几层几乎得不到梯度，根本不会变化，损失一直停在 2.30 附近。'
		},
		reluHe: {
			label: 'ReLU 配 He 初始化',
			predict: '如果 B 组把 Sigmoid 换成 ReLU，再用 He 初始权重，它的台阶会变平吗？',
			lookFor:
				'B 组换成 ReLU（神经元激活时斜率恰好为 1），再配上 He 初始权重，其标准差按 ReLU 设定，约为 2 除以输入个数再开平方。B 组的点在十二层上大致齐平，损失也降了下来：第 200 步测试准确率约 60%，第 600 步接近 90%；A 组的点仍是台阶。'
		},
		residual: {
			label: '加上残差连接',
			predict: '如果 B 组仍用 Sigmoid，只是把每一层的输入直接加到输出上，梯度能传到前几层吗？',
			lookFor:
				'有了跳跃连接，一层的因子就变成 1 加上原来的因子，梯度在每一层都有一条不会缩小的通路。B 组的点大致齐平，哪怕用的还是 Sigmoid，也学起来了：第 200 步约三分之二答对，第 600 步接近 90%。它的损失一开始远高于 2.30，因为每一层都把自己的输出加到一个累加和上，层越深，这个和越大。'
		},
		exploding: {
			label: '梯度爆炸',
			predict: '六个 ReLU 层配上很大的初始权重，不做裁剪和把梯度裁剪到范数 1，损失分别会怎样？',
			lookFor:
				'六个 ReLU 层，初始权重很大（标准差为 1）：信号每过一层就放大一次，梯度也一样，达到几千。不做裁剪的 A 组大约 20 步之内就崩溃，损失变成 NaN，训练停止。B 组把梯度裁剪到范数 1：这些点仍显示巨大的梯度（它们是在裁剪之前测量的），但每一步的大小都被限住了，所以损失保持有限，并从几千慢慢往下降。梯度裁剪能防止崩溃，却不能把糟糕的初始权重变好。'
		}
	},
	remember:
		'梯度是每层一个因子的连乘，所以在深层网络里它会随深度指数级地缩小或增大；用 ReLU 一类的激活函数、尺度合适的初始权重、残差连接或归一化，让每个因子保持在 1 附近。',
	misconception:
		'深层网络学不动，光把学习率调大，或者换用给每个权重单独定步长的 Adam，都解决不了问题：第一层的权重即使迈出大步，这一步的影响也要经过同一串很小的因子才能传到输出，网络的判断几乎不会变；根本的办法是让每个因子保持在 1 附近。'
};
