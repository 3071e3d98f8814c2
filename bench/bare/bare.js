// The yardstick for `npm run bench`: the same models trained by a plain TF.js loop on the main
// thread of a blank page, no worker, no charts. It reports examples per second on window.__bare.
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

const params = new URLSearchParams(location.search);
const backend = params.get('backend') ?? 'wasm';
const architecture = params.get('arch') ?? 'mlp';
const batchSize = Number(params.get('bs') ?? 64);
const warmupSeconds = Number(params.get('warmup') ?? 3);
const seconds = Number(params.get('seconds') ?? 10);

/** The lab's default MLP (784-128-10, ReLU, He), the small CNN or the RNN page's RNN, as plain layers. */
function buildModel() {
	const model = tf.sequential();
	if (architecture === 'rnn') {
		// 28 time steps of 28 pixels through 64 tanh units; the output reads the last state.
		model.add(tf.layers.reshape({ targetShape: [28, 28], inputShape: [784] }));
		model.add(tf.layers.simpleRNN({ units: 64, activation: 'tanh', recurrentInitializer: 'orthogonal' }));
	} else if (architecture === 'cnn') {
		model.add(tf.layers.reshape({ targetShape: [28, 28, 1], inputShape: [784] }));
		model.add(tf.layers.conv2d({ filters: 8, kernelSize: 5, activation: 'relu', kernelInitializer: 'heNormal' }));
		model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
		model.add(tf.layers.conv2d({ filters: 16, kernelSize: 5, activation: 'relu', kernelInitializer: 'heNormal' }));
		model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
		model.add(tf.layers.flatten());
	} else {
		model.add(tf.layers.dense({ units: 128, activation: 'relu', kernelInitializer: 'heNormal', inputShape: [784] }));
	}
	model.add(tf.layers.dense({ units: 10, inputShape: architecture === 'mlp' ? [128] : undefined }));
	return model;
}

async function main() {
	if (backend === 'wasm') {
		setWasmPaths({
			'tfjs-backend-wasm.wasm': wasmPlain,
			'tfjs-backend-wasm-simd.wasm': wasmSimd,
			'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded
		});
	}
	if (backend === 'webgl') tf.env().set('SOFTWARE_WEBGL_ENABLED', true);
	if (!(await tf.setBackend(backend))) throw new Error(`backend ${backend} unavailable`);
	await tf.ready();

	// Random "digits": throughput does not depend on what the pixels show.
	const count = 8000;
	const images = tf.randomUniform([count, 784]);
	const labels = tf.randomUniform([count], 0, 10, 'int32');
	const model = buildModel();
	const optimizer = tf.train.adam(0.003);
	const steps = Math.floor(count / batchSize);

	let step = 0;
	async function trainFor(ms) {
		const start = performance.now();
		let examples = 0;
		while (performance.now() - start < ms) {
			const costs = [];
			// Read the loss back every 16 steps, as a careful TF.js program would.
			for (let i = 0; i < 16; i++) {
				const cost = tf.tidy(() => {
					const offset = (step++ % steps) * batchSize;
					const x = images.slice([offset, 0], [batchSize, 784]);
					const y = tf.oneHot(labels.slice([offset], [batchSize]), 10);
					return optimizer.minimize(() => tf.losses.softmaxCrossEntropy(y, model.apply(x, { training: true })), true);
				});
				costs.push(cost);
			}
			const stacked = tf.stack(costs);
			await stacked.data();
			tf.dispose([stacked, ...costs]);
			examples += 16 * batchSize;
		}
		return (examples * 1000) / (performance.now() - start);
	}

	await trainFor(warmupSeconds * 1000);
	const examplesPerSecond = await trainFor(seconds * 1000);
	window.__bare = { backend: tf.getBackend(), examplesPerSecond };
	document.getElementById('result').textContent = `${Math.round(examplesPerSecond)} examples/s on ${tf.getBackend()}`;
}

main().catch((error) => {
	window.__bare = { error: String(error) };
	document.getElementById('result').textContent = String(error);
});
