import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: '为什么深层 Sigmoid 网络的前几层学不动？',
	definition:
		'反向传播计算第一层的梯度时，要把它上面每一层贡献的一个因子连乘起来。这些因子大多小于 1，梯度往下传就会消失；大多大于 1，梯度就会爆炸。',
	formula:
		'\\begin{gathered} \\frac{\\partial L}{\\partial W_1} = \\frac{\\partial L}{\\partial a_n} \\left( \\prod_{k=2}^{n} \\frac{\\partial a_k}{\\partial a_{k-1}} \\right) \\frac{\\partial a_1}{\\partial W_1} \\\\ \\frac{\\partial a_k}{\\partial a_{k-1}} = \\mathrm{diag}\\big(\\sigma\'(z_k)\\big) \\, W_k, \\qquad \\sigma\'(z) \\le \\tfrac{1}{4} \\end{gathered}',
	symbols: [
		{ symbol: 'L', meaning: '损失' },
		{ symbol: 'W_1', meaning: '第一个隐藏层的权重，也就是直接看像素的那一层' },
		{ symbol: 'a_k', meaning: '第 k 个隐藏层的输出；a_n 是最后一个隐藏层' },
		{ symbol: 'n', meaning: '隐藏层的层数' },
		{ symbol: '\\frac{\\partial a_k}{\\partial a_{k-1}}', meaning: '第 k − 1 层的输出变一点，第 k 层的输出跟着变多少：每层贡献一个因子' },
		{ symbol: 'z_k', meaning: '第 k 层的加权和，还没经过激活函数' },
		{ symbol: 'W_k', meaning: '第 k 层的权重' },
		{ symbol: '\\mathrm{diag}\\big(\\sigma\'(z_k)\\big)', meaning: '第 k 层每个神经元的斜率，一个神经元一个' },
		{ symbol: '\\sigma\'(z)', meaning: 'Sigmoid 的斜率，最大不超过 1/4' }
	],
	whyItMatters:
		'十二个不超过 1/4 的因子连乘，能把梯度缩小上百万倍，于是直接看像素的前几层几乎一动不动，网络学不起来。因子大于 1 时正好相反：梯度爆炸，训练崩溃。合适的激活函数、合适的初始权重、残差连接和梯度裁剪，是最常用的几种对策。',
	experiment:
		'十二个 Sigmoid 隐藏层，每层 32 个神经元，普通 SGD，学习率 0.1。按“训练”，看梯度范数图（对数刻度，第一层在最左边）：每根柱子大约比右边那根低四到五倍，所以第一层得到的梯度比最后一层少几百万倍，远不止 100 倍。损失一直卡在 2.3 附近。',
	tryThis: {
		deepSigmoid: {
			label: '12 层 Sigmoid',
			lookFor: '只看初始设置。柱子从第一层到输出层排成陡峭的台阶。前几层几乎得不到梯度，根本不会变化，损失一直停在 2.3 附近。'
		},
		reluHe: {
			label: 'ReLU 配 He 初始化',
			lookFor:
				'B 组换成 ReLU（神经元激活时斜率恰好为 1），再配上 He 初始权重，它的尺度正好让信号逐层保持大小不变。B 组的柱子在十二层上大致齐平，损失也降了下来；A 组的柱子仍是台阶。'
		},
		residual: {
			label: '加上残差连接',
			lookFor:
				'B 组仍用 Sigmoid，但打开跳跃连接，把每一层的输入直接加到输出上。每条捷径都给梯度留了一条因子恰好为 1 的通路，所以梯度几乎不打折扣地传到前几层。B 组的柱子变得平坦，哪怕用的还是 Sigmoid，也学起来了。'
		},
		exploding: {
			label: '梯度爆炸',
			lookFor:
				'六个 ReLU 层，初始权重很大（σ = 1）：信号每过一层就放大一次，梯度也一样。不做裁剪的 A 组几十步之内就崩溃，损失变成 NaN。B 组把梯度裁剪到范数 1：柱子仍显示巨大的梯度（它们是在裁剪之前测量的），但每一步都被限住了，所以损失保持有限，并慢慢下降。梯度裁剪能防止崩溃，却不能把糟糕的初始权重变好。'
		}
	},
	remember:
		'梯度是每层一个因子的连乘，所以在深层网络里它会随深度指数级地缩小或增大；用 ReLU 一类的激活函数、合理的初始权重、残差连接或归一化，让每个因子保持在 1 附近。',
	misconception: '深层网络学不动，不一定是学习率太小：梯度消失时，前几层得到的信号比后几层少几百万倍，没有哪个学习率能同时照顾两头。'
};
