import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	contentSecurityPolicy,
	directiveSources,
	formatHeadersFile,
	headersFor,
	inlineCode,
	parseHeadersFile,
	checkHeaderLimits,
	headerRules,
	HEADER_LIMITS,
	policiesOf,
	sha256,
	uncoveredInlineCode,
} from '../../../src/security-headers/headers.ts';
import { parsePage } from '../../../src/shared/dist.ts';

const PAGE = `<!DOCTYPE html><html><head>
<script>window.theme = 'dark';</script>
<script type="module" src="/_astro/page.js"></script>
<script type="application/ld+json">{"@type":"Article"}</script>
<style>:root { --x: 1; }</style>
</head><body><svg><style>.node { fill: red; }</style></svg>
<script type="module">import('/pagefind/pagefind-ui.js');</script></body></html>`;

describe('inlineCode', () => {
	it('finds inline executable scripts and all style elements (also inside SVG), skipping src and data scripts', () => {
		expect(inlineCode(parsePage(PAGE))).toEqual({
			scripts: ["window.theme = 'dark';", "import('/pagefind/pagefind-ui.js');"],
			styles: [':root { --x: 1; }', '.node { fill: red; }'],
		});
	});
});

describe('contentSecurityPolicy', () => {
	const { scripts, styles } = inlineCode(parsePage(PAGE));
	const policy = contentSecurityPolicy({ scriptHashes: scripts.map(sha256), styleHashes: styles.map(sha256) });

	it('hashes like a browser does (sha256, base64, quoted)', () => {
		const expected = createHash('sha256').update("window.theme = 'dark';").digest('base64');
		expect(directiveSources(policy, 'script-src')).toContain(`'sha256-${expected}'`);
	});

	it('never allows inline scripts or eval by keyword, only WebAssembly compilation', () => {
		const scriptSources = directiveSources(policy, 'script-src');
		expect(scriptSources).not.toContain("'unsafe-inline'");
		expect(scriptSources).not.toContain("'unsafe-eval'");
		expect(scriptSources).toContain("'wasm-unsafe-eval'");
		expect(directiveSources(policy, 'default-src')).toEqual(["'none'"]);
		expect(directiveSources(policy, 'frame-ancestors')).toEqual(["'none'"]);
	});

	it('covers the page it was made from, and reports a script or style that was added later', () => {
		expect(uncoveredInlineCode(parsePage(PAGE), policy)).toEqual({ scripts: [], styles: [] });
		const changed = PAGE.replace("'dark'", "'light'").replace('fill: red', 'fill: blue');
		expect(uncoveredInlineCode(parsePage(changed), policy)).toEqual({
			scripts: ["window.theme = 'light';"],
			styles: ['.node { fill: blue; }'],
		});
	});

	it('is the same whatever order the hashes come in, so builds stay reproducible', () => {
		const a = contentSecurityPolicy({ scriptHashes: ['b', 'a', 'a'], styleHashes: [] });
		const b = contentSecurityPolicy({ scriptHashes: ['a', 'b'], styleHashes: [] });
		expect(a).toBe(b);
	});
});

describe('_headers file', () => {
	const pages = [
		{ path: '/', policy: "default-src 'none'; script-src 'self' 'sha256-home'" },
		{ path: '/h1-introductie/', policy: "default-src 'none'; script-src 'self' 'sha256-h1'" },
	];
	const rules = headerRules('/', pages, [{ path: '/sw.js', headers: { 'Cache-Control': 'no-cache' } }]);

	it('reads back what it writes', () => {
		expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
	});

	it('gives each page its own policy beside the site-wide one, which names no hash and allows no more', () => {
		const sitePolicy = contentSecurityPolicy('any-inline');
		expect(policiesOf(headersFor(rules, '/h1-introductie/')['Content-Security-Policy'])).toEqual([
			sitePolicy,
			pages[1]!.policy,
		]);
		expect(policiesOf(headersFor(rules, '/')['Content-Security-Policy'])).toEqual([sitePolicy, pages[0]!.policy]);
		expect(policiesOf(headersFor(rules, '/onbekend/')['Content-Security-Policy'])).toEqual([sitePolicy]);
		// Only the inline sources differ from a page's policy.
		const page = contentSecurityPolicy({ scriptHashes: ["'sha256-x'"], styleHashes: ["'sha256-y'"] });
		expect(sitePolicy).toBe(page.replace("'sha256-x'", "'unsafe-inline'").replace("'sha256-y'", "'unsafe-inline'"));
		expect(formatHeadersFile(rules).match(/Referrer-Policy/g)).toHaveLength(1);
	});

	it('applies /* to every path and /_astro/* only to bundles; a base path prefixes every rule', () => {
		expect(headersFor(rules, '/h1-introductie/')).not.toHaveProperty('Cache-Control');
		expect(headersFor(rules, '/_astro/page.js')).toMatchObject({
			'Content-Security-Policy': contentSecurityPolicy('any-inline'),
			'Cache-Control': expect.stringContaining('immutable'),
		});
		expect(headersFor(rules, '/sw.js')['Cache-Control']).toBe('no-cache');
		const sub = headerRules('/samenvatting/', [{ path: '/samenvatting/', policy: 'x' }]);
		expect(sub.map((rule) => rule.path)).toEqual(['/samenvatting/*', '/samenvatting/_astro/*', '/samenvatting/']);
	});

	it('refuses a header line outside a path block', () => {
		expect(() => parseHeadersFile('  X-Frame-Options: DENY')).toThrow(/cannot read/);
	});
});

describe('host limits', () => {
	const hashes = (count: number): string[] => Array.from({ length: count }, (_, i) => sha256(`code ${i}`));
	const page = (path: string, count: number) => ({
		path,
		policy: contentSecurityPolicy({ scriptHashes: hashes(count), styleHashes: [] }),
	});

	it('pass for a page with a normal number of inline scripts', () => {
		expect(() => checkHeaderLimits(headerRules('/', [page('/h1-introductie/', 20)]))).not.toThrow();
	});

	it('stop the build naming the page whose policy line passes 2,000 characters', () => {
		expect(() => checkHeaderLimits(headerRules('/', [page('/', 3), page('/lange-pagina/', 60)]))).toThrow(
			/rule for \/lange-pagina\/ has a line of \d{4} characters \(at most 2000\)/,
		);
	});

	it('stop the build past 100 rules', () => {
		const many = Array.from({ length: HEADER_LIMITS.rules }, (_, i) => page(`/p${i}/`, 1));
		expect(() => checkHeaderLimits(headerRules('/', many))).toThrow(/\d+ rules, more than the 100/);
	});
});
