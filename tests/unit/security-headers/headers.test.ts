import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	contentSecurityPolicy,
	directiveSources,
	formatHeadersFile,
	headersFor,
	inlineCode,
	parseHeadersFile,
	sha256,
	siteHeaderRules,
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
	const rules = siteHeaderRules("default-src 'none'");

	it('reads back what it writes', () => {
		expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
	});

	it('applies /* to every path and /_astro/* only to bundles, like Netlify', () => {
		expect(headersFor(rules, '/h1-introductie/')).not.toHaveProperty('Cache-Control');
		expect(headersFor(rules, '/_astro/page.js')).toMatchObject({
			'Content-Security-Policy': "default-src 'none'",
			'Cache-Control': expect.stringContaining('immutable'),
		});
	});

	it('refuses a header line outside a path block', () => {
		expect(() => parseHeadersFile('  X-Frame-Options: DENY')).toThrow(/cannot read/);
	});
});
