/**
 * Malformed links to the lab and the concept pages, one row each: the page still works, says
 * what it changed, shows only in-range values, and rewrites the address to the clean settings
 * (keeping every valid one). No training: each row only loads the page.
 */
import { CONCEPT_PAGES } from '../src/lib/concepts/pages';
import { parsePageSettings, serializePageSettings } from '../src/lib/url/page-settings';
import { DEFAULT_SETTINGS } from '../src/lib/session/settings';
import { serializeSettings } from '../src/lib/url/params';
import { expect, test } from './fixtures';

/** A link and the keys its notice must list (run B's as b.<key>). */
const ROWS: [string, string[]][] = [
	['/mnist?lr=banana', ['lr']],
	['/mnist?lr=', ['lr']],
	['/mnist?lr=1e999&act=tanh', ['lr']],
	['/mnist?lr=-5&seed=42', ['lr']],
	['/mnist?layers=2.5', ['layers']],
	['/mnist?layers=999&width=0', ['layers', 'width']],
	['/mnist?width=0x40&opt=sgd', ['width']],
	['/mnist?drop=50%25', ['drop']],
	['/mnist?train=1,000', ['train']],
	['/mnist?bs=NaN&seed=Infinity', ['bs', 'seed']],
	[`/mnist?seed=${'9'.repeat(3000)}`, ['seed']],
	['/mnist?act=SOFTMAX&opt=ADAM', ['act']],
	['/mnist?bn=constructor&res=__proto__', ['bn', 'res']],
	['/mnist?__proto__=1&constructor=x&toString=y&layers=2', []],
	['/mnist?lr=0.1&lr=0.2', ['lr']],
	['/mnist?LR=0.05&ACT=TANH&Bn=On', []],
	['/mnist?layers=%D9%A3&width=%EF%BC%96%EF%BC%94', ['layers', 'width']],
	['/mnist?seed=%E0%A4%A', ['seed']],
	['/mnist?backend=cuda&arch=transformer', ['backend', 'arch']],
	['/mnist?act=%3Cscript%3Ealert(1)%3C%2Fscript%3E', ['act']],
	['/mnist?clip=-1&l1=1&l2=abc', ['clip', 'l1', 'l2']],
	['/mnist?init=zeros&utm_source=newsletter', ['init']],
	['/mnist?bn=&res', ['bn', 'res']],
	['/mnist?lr=javascript:alert(1)&arch=cnn', ['lr']],
	['/mnist?%20lr%20=0.01&train=150.5', ['train']],
	['/concepts/activation?act=swish&layers=-1', ['act', 'layers']],
	['/concepts/activation?cmp=maybe', ['cmp']],
	['/concepts/activation?cmp=1&b.act=nope', ['b.act']],
	['/concepts/dropout?cmp=1&b.drop=2&drop=-1', ['b.drop', 'drop']],
	['/concepts/dropout?cmp=1&b.backend=cpu&b.__proto__=1', []],
	['/concepts/learning-rate?sweep=1&lr=0', ['lr']],
	['/concepts/batch-norm?sweep=1', ['sweep']],
	['/concepts/batch-norm?bn=2&cmp=1&cmp=0', ['bn', 'cmp']],
	['/concepts/vanishing-gradients?layers=1e3&act=relu%00', ['layers', 'act']],
	['/concepts/vanishing-gradients?B.LAYERS=3.7&cmp=YES', ['b.layers']],
	['/concepts/learning-rate?lr=%E2%80%AE0.1', ['lr']],
	['/mnist?data=xor&lr=0.1', ['data']],
	['/concepts/neuron?data=moons&w1=5', ['data']],
	['/concepts/cost-function?loss=hinge&cmp=1&b.loss=mse', ['loss']]
];

/** The query the page should leave in the address bar for `path` + `query`. */
function cleanQuery(path: string, query: URLSearchParams): { query: string; notices: number } {
	const slug = path.match(/^\/concepts\/(.+)$/)?.[1];
	if (!slug) {
		// The lab trains on the digits only: a link's other data is reported and dropped.
		const parsed = parsePageSettings(query, DEFAULT_SETTINGS, {}, { compare: false, race: false, fixed: ['data'] });
		return { query: serializeSettings(parsed.value.settings).toString(), notices: parsed.notices.length };
	}
	const config = CONCEPT_PAGES.find((c) => c.slug === slug)!;
	const defaults = { ...DEFAULT_SETTINGS, ...config.defaults };
	const { value, notices } = parsePageSettings(query, defaults, config.compare, { compare: true, race: config.race !== undefined });
	return { query: serializePageSettings(value, defaults, config.compare).toString(), notices: notices.length };
}

test('the table holds at least 30 malformed links', () => {
	expect(ROWS.length).toBeGreaterThanOrEqual(30);
});

for (const [url, keys] of ROWS) {
	test(`a malformed link still works and says what it changed: ${url.slice(0, 80)}`, async ({ page }) => {
		await page.goto(url);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 30_000 });

		const notices = page.getByTestId('url-notices');
		if (keys.length) {
			await expect(notices.getByRole('listitem')).toHaveCount(keys.length);
			for (const key of keys) await expect(notices).toContainText(`“${key}`);
		} else {
			await expect(notices).toHaveCount(0);
		}

		// Every control shows a value inside its own limits.
		const controls = await page.locator('.settings').locator('input[type=range], input[type=number], select').evaluateAll((elements) =>
			elements.map((element) =>
				element instanceof HTMLSelectElement
					? { id: element.id, ok: [...element.options].some((o) => o.value === element.value) && element.value !== '' }
					: {
							id: element.id,
							ok: (() => {
								const input = element as HTMLInputElement;
								const v = Number(input.value);
								return input.value !== '' && Number.isFinite(v) && v >= Number(input.min) && v <= Number(input.max);
							})()
						}
			)
		);
		expect(controls.length).toBeGreaterThan(3);
		expect(controls.filter((c) => !c.ok)).toEqual([]);

		// A link that needed fixing is rewritten to the clean settings, keeping every valid one;
		// one that did not is left as it was.
		const given = new URL(url, 'http://x');
		const expected = cleanQuery(given.pathname, given.searchParams);
		expect(expected.notices).toBe(keys.length);
		if (keys.length) await expect.poll(() => new URL(page.url()).search.replace(/^\?/, '')).toBe(expected.query);
		else expect(new URL(page.url()).search).toBe(given.search);
	});
}
