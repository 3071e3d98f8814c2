import type { ConceptProse } from '../types';

export const prose: ConceptProse = {
	question: '同一个网络，换成 ReLU 几秒钟就能学会，用 Sigmoid 却停滞不前，这是为什么？网络又为什么非要有激活函数不可？',
	definition:
		'激活函数是每个神经元对自己的加权和施加的一个小小的非线性函数，结果再传给下一层。没有它，叠多少层都只相当于一层。',
	formula:
		'a = f(w^\\top x + b), \\qquad \\sigma(z) = \\frac{1}{1+e^{-z}}, \\qquad \\mathrm{ReLU}(z) = \\max(0, z)',
	symbols: [
		{ symbol: 'x', meaning: '神经元的输入：像素，或者上一层的输出' },
		{ symbol: 'w', meaning: '神经元的权重，每个输入对应一个' },
		{ symbol: 'b', meaning: '神经元的偏置' },
		{ symbol: 'z = w^\\top x + b', meaning: '加权和，还没经过激活函数' },
		{ symbol: 'f', meaning: '激活函数' },
		{ symbol: 'a', meaning: '神经元的输出，传给下一层' },
		{ symbol: '\\sigma', meaning: 'Sigmoid：把任何数压到 0 到 1 之间；斜率最大只有 1/4，出现在 z = 0 处' },
		{ symbol: '\\mathrm{ReLU}', meaning: '修正线性单元：正数原样保留，负数变成 0；只要 z > 0，斜率就恰好是 1' }
	],
	whyItMatters:
		'反向传播时，每经过一层都要乘上激活函数的斜率。Sigmoid 的斜率最多只有 1/4，学习信号每过一层就缩小一截；ReLU 则只要神经元处于激活状态，就把信号原样传下去。如果完全没有非线性，层数再多也白搭：网络只能在数字之间画直线边界。',
	experiment:
		'三个隐藏层，每层 64 个 Sigmoid 神经元，用普通 SGD 训练，学习率 0.1。按“训练”：损失在 2.3 附近停留几百步，才慢慢开始下降；2.3 正是在十个数字里瞎猜的损失。直方图显示，不管输入哪个数字，每个神经元的输出都在 0.5 附近；饱和比例却一直接近零，可见这里的问题出在斜率太小，而不是饱和。',
	tryThis: {
		sigmoidVsRelu: {
			label: 'Sigmoid 对比 ReLU',
			lookFor: 'B 组把 Sigmoid 换成 ReLU，其他一概不变。它的损失立刻开始下降，几百步之内准确率就超过 90%，而 A 组还卡在 2.3 附近。'
		},
		linearIsShallow: {
			label: '堆叠线性层',
			lookFor:
				'A 组有四个不带激活函数的隐藏层；B 组一个隐藏层都没有，像素直接连到输出。两者最终的准确率差不多，都在 90% 左右；层数多的也许早一点到，但始终拉不开差距。四个线性层相乘还是一个矩阵，画不出一层画不出的边界。'
		},
		deadRelu: {
			label: 'ReLU 步子迈太大',
			lookFor:
				'把 ReLU 的学习率调到 0.5，留意死亡神经元的比例：头几步大幅更新之后，第一层里有相当一部分神经元（常常是五个里有一个）对所有数字都输出 0，而且再也活不过来，因为死掉的神经元得不到梯度。B 组用 Leaky ReLU，它在负半轴保留一点小斜率，所以一个神经元也不会死。'
		},
		tanh: {
			label: '试试 tanh',
			lookFor:
				'tanh 相当于拉伸到 −1 到 1 之间的 Sigmoid：以 0 为中心，中间的斜率是 1 而不是 1/4。A 组（tanh）学得几乎和 ReLU 一样快，B 组（Sigmoid）还是一条平线。'
		}
	},
	remember: '隐藏层需要非线性的激活函数，而且它的斜率不能让信号越传越小；ReLU 及其变体是最常用的选择。',
	misconception: '层数多本身并不会让网络更强：没有非线性激活函数，多少层加起来都只等于一个线性层。'
};
