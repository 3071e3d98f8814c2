import { expect, it } from 'vitest';
import { fileStem } from './download';

it.each([
	['Loss falls as the network learns: each training batch', 'loss-falls-as-the-network-learns-each-training-batch'],
	['网络学习时损失不断下降：分别是每个训练批次', '网络学习时损失不断下降-分别是每个训练批次'],
	['  ../../etc/passwd  ', 'etc-passwd'],
	['“ ” …', 'chart'],
	['a'.repeat(80), 'a'.repeat(60)]
])('a file name from the caption %j', (caption, stem) => {
	expect(fileStem(caption, 'chart')).toBe(stem);
});
