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
	hostNeedsDetach,
	pathMatches,
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
	const CSP = 'Content-Security-Policy';
	const pages = [
		{ path: '/', policy: "default-src 'none'; script-src 'self' 'sha256-home'" },
		{ path: '/h1-introductie/', policy: "default-src 'none'; script-src 'self' 'sha256-h1'" },
		{ path: '/404.html', policy: "default-src 'none'; script-src 'self' 'sha256-404'" },
	];
	const extra = [{ path: '/sw.js', headers: { 'Cache-Control': 'no-cache' } }];
	const rules = headerRules('/', pages, '/404.html', { extra });
	const netlify = headerRules('/', pages, '/404.html', { extra, detach: false });
	const policies = (ruleSet: typeof rules, path: string) => policiesOf(headersFor(ruleSet, path)[CSP]);

	it('reads back what it writes, detach lines included', () => {
		expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
		expect(parseHeadersFile(formatHeadersFile(netlify))).toEqual(netlify);
	});

	it("puts the 404 page's strict policy on /* and gives each page a rule that detaches it and sets its own", () => {
		expect(rules[0]).toEqual({ path: '/*', headers: expect.objectContaining({ [CSP]: pages[2]!.policy }) });
		const text = formatHeadersFile(rules);
		expect(text).toContain(`/h1-introductie/\n  ! ${CSP}\n  ${CSP}: ${pages[1]!.policy}\n`);
		expect(text).toContain(`\n/\n  ! ${CSP}\n  ${CSP}: ${pages[0]!.policy}\n`);
		// One detach line per page rule, none on the rules that only add headers; the 404 page needs no rule of its own.
		expect(text.match(/^ {2}! /gm)).toHaveLength(2);
		expect(rules.map((rule) => rule.path)).toEqual(['/*', '/_astro/*', '/sw.js', '/', '/h1-introductie/']);
		expect(text.match(/Referrer-Policy/g)).toHaveLength(1);
	});

	it("sends every path exactly one policy on Cloudflare Pages: its own, or the 404 page's at an unknown address", () => {
		expect(policies(rules, '/h1-introductie/')).toEqual([pages[1]!.policy]);
		expect(policies(rules, '/')).toEqual([pages[0]!.policy]);
		expect(policies(rules, '/onbekend/')).toEqual([pages[2]!.policy]);
		expect(policies(rules, '/404.html')).toEqual([pages[2]!.policy]);
		expect(headersFor(rules, '/h1-introductie/')).toMatchObject({ 'Referrer-Policy': 'no-referrer' });
	});

	it("writes no detach lines for Netlify, which keeps the last matching rule's value of a header", () => {
		const text = formatHeadersFile(netlify);
		expect(text).not.toMatch(/^\s+!/m);
		expect(netlify.map((rule) => rule.path)).toEqual(rules.map((rule) => rule.path));
		// Without the detach line a host that joins (Cloudflare) would send both; Netlify's merge takes the page's.
		const netlifyMerge = (path: string) =>
			Object.assign({}, ...netlify.filter((rule) => pathMatches(rule.path, path)).map((rule) => rule.headers));
		expect(netlifyMerge('/h1-introductie/')[CSP]).toBe(pages[1]!.policy);
		expect(netlifyMerge('/onbekend/')[CSP]).toBe(pages[2]!.policy);
		expect(policies(netlify, '/h1-introductie/')).toEqual([pages[2]!.policy, pages[1]!.policy]);
	});

	it('knows a Netlify build from its environment', () => {
		expect(hostNeedsDetach({ NETLIFY: 'true' })).toBe(false);
		expect(hostNeedsDetach({ CF_PAGES: '1' })).toBe(true);
		expect(hostNeedsDetach({})).toBe(true);
	});

	it("detaches a header case-insensitively and only for the rule's own path", () => {
		const custom = parseHeadersFile('/*\n  X-Robots-Tag: noindex\n/open/\n  ! x-robots-tag\n  X-Other: 1\n');
		expect(headersFor(custom, '/open/')).toEqual({ 'X-Other': '1' });
		expect(headersFor(custom, '/dicht/')).toEqual({ 'X-Robots-Tag': 'noindex' });
	});

	it('applies /* to every path and /_astro/* only to bundles; a base path prefixes every rule', () => {
		expect(headersFor(rules, '/h1-introductie/')).not.toHaveProperty('Cache-Control');
		expect(headersFor(rules, '/_astro/page.js')).toMatchObject({
			[CSP]: pages[2]!.policy,
			'Cache-Control': expect.stringContaining('immutable'),
		});
		expect(headersFor(rules, '/sw.js')['Cache-Control']).toBe('no-cache');
		const sub = headerRules(
			'/samenvatting/',
			[
				{ path: '/samenvatting/', policy: 'x' },
				{ path: '/samenvatting/404.html', policy: 'y' },
			],
			'/samenvatting/404.html',
		);
		expect(sub.map((rule) => rule.path)).toEqual(['/samenvatting/*', '/samenvatting/_astro/*', '/samenvatting/']);
	});

	it('stops when there is no 404 page to take the site-wide policy from', () => {
		expect(() => headerRules('/', pages.slice(0, 2), '/404.html')).toThrow(/no built page at \/404\.html/);
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
	const notFound = page('/404.html', 2);
	const site = (pages: ReturnType<typeof page>[], detach = true) =>
		headerRules('/', [...pages, notFound], '/404.html', { detach });

	it('pass for a page with a normal number of inline scripts', () => {
		expect(() => checkHeaderLimits(site([page('/h1-introductie/', 20)]))).not.toThrow();
	});

	it('stop the build naming the page whose policy line passes 2,000 characters, with or without detach lines', () => {
		for (const detach of [true, false]) {
			expect(() => checkHeaderLimits(site([page('/', 3), page('/lange-pagina/', 60)], detach))).toThrow(
				/rule for \/lange-pagina\/ has a line of \d{4} characters \(at most 2000\)/,
			);
		}
	});

	it('stop the build naming the 404 page when the site-wide policy line is too long', () => {
		const rules = headerRules('/', [page('/404.html', 60)], '/404.html');
		expect(() => checkHeaderLimits(rules)).toThrow(/rule for \/\* \(the 404 page's policy\) has a line/);
	});

	it("count every rule (site-wide, bundles, other features' files, pages) against the 100", () => {
		// 2 fixed rules + 1 extra + 97 pages = 100: allowed; one more page passes the limit.
		const extra = [{ path: '/sw.js', headers: { 'Cache-Control': 'no-cache' } }];
		const pages = (count: number) => Array.from({ length: count }, (_, i) => page(`/p${i}/`, 1));
		const rules = (count: number) => headerRules('/', [...pages(count), notFound], '/404.html', { extra });
		expect(rules(97)).toHaveLength(HEADER_LIMITS.rules);
		expect(() => checkHeaderLimits(rules(97))).not.toThrow();
		expect(() => checkHeaderLimits(rules(98))).toThrow(/101 rules, more than the 100/);
	});
});
