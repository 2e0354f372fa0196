/**
 * The security headers as a host serves them: dist/ behind a static server that applies dist/_headers the way
 * Cloudflare Pages does (every matching rule, a header set twice gets both values, a `! Name` line detaches it).
 * Every page (found in dist/) gets exactly one policy, its own, naming exactly its own inline code; an unknown
 * address gets the 404 page with the 404 page's own policy. Every page loads without a single CSP violation or
 * request to another host, and so does the search. A copy of the site with one extra inline script proves the
 * check notices what the policy misses.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, parsePage } from '../../src/shared/dist.ts';
import {
	HEADER_LIMITS,
	headersFor,
	pagePolicy,
	parseHeadersFile,
	policiesOf,
	STATIC_HEADERS,
	uncoveredInlineCode,
} from '../../src/security-headers/index.ts';
import { DIST, distPages } from '../lib/dist-pages.ts';
import { serveDist, type StaticServer } from '../lib/static-server.ts';

const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
/** The policies a host sends with `path` (exactly one is expected). */
const policiesFor = (path: string): string[] => policiesOf(headersFor(rules, path)['Content-Security-Policy']);
const pages = builtPages(DIST);
const pageAt = (path: string) => pages.find((page) => page.path === path)!;
const policy = pagePolicy(pageAt('/'));

/** Records CSP violations (DOM events and console reports) and requests that leave the site's origin. */
async function watch(page: Page, origin: string): Promise<() => Promise<string[]>> {
	const problems: string[] = [];
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(
				`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
			),
		);
	});
	page.on('console', (message) => {
		if (/Content.Security.Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
	});
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`request to ${url.href}`);
	});
	return async () => [...problems, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

test.describe('security headers', () => {
	let server: StaticServer;
	test.beforeAll(async () => {
		server = await serveDist(DIST, { rules });
	});
	test.afterAll(async () => {
		await server.close();
	});

	test('each page gets exactly one policy, naming exactly its own inline scripts and styles', () => {
		for (const page of pages) {
			const own = pagePolicy(page);
			expect(policiesFor(page.path), page.path).toEqual([own]);
			expect(own.match(/script-src [^;]*/)?.[0], page.path).not.toContain('unsafe-inline');
			expect(own.match(/style-src-elem [^;]*/)?.[0], page.path).not.toContain('unsafe-inline');
			expect(own, page.path).toContain("frame-ancestors 'none'");
			expect(uncoveredInlineCode(page, own), page.path).toEqual({ scripts: [], styles: [] });
		}
		// Pages do differ (diagram styles, the study pages' scripts), so one shared list would name other pages' code.
		expect(new Set(pages.map(pagePolicy)).size).toBeGreaterThan(1);
		for (const name of Object.keys(STATIC_HEADERS)) expect(headersFor(rules, '/h1-introductie/')).toHaveProperty(name);
		expect(formatHeaderNames()).toEqual([...Object.keys(STATIC_HEADERS)]);
	});

	test("an unknown address gets the 404 page under the 404 page's own strict policy, and it runs", async ({ page }) => {
		const notFound = pagePolicy(pageAt('/404.html'));
		expect(policiesFor('/bestaat-niet/')).toEqual([notFound]);
		expect(policiesFor('/_astro/bestaat-niet.js')).toEqual([notFound]);
		const problems = await watch(page, server.url);
		const response = await page.goto(server.url + '/bestaat-niet/', { waitUntil: 'load' });
		expect(response?.status()).toBe(404);
		expect(policiesOf(response?.headers()['content-security-policy'])).toEqual([notFound]);
		await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
		expect(await problems()).toEqual([]);
	});

	test('dist/_headers fits every host: at most 100 rules, no line over 2,000 characters', () => {
		const text = readFileSync(join(DIST, '_headers'), 'utf8');
		expect(rules.length).toBeLessThanOrEqual(HEADER_LIMITS.rules);
		const long = text.split('\n').filter((line) => line.length > HEADER_LIMITS.lineLength);
		expect(long.map((line) => line.slice(0, 80))).toEqual([]);
	});

	for (const path of distPages()) {
		test(`no CSP violation or foreign request on ${path}`, async ({ page }) => {
			const problems = await watch(page, server.url);
			const response = await page.goto(server.url + path, { waitUntil: 'load' });
			expect(policiesOf(response?.headers()['content-security-policy'])).toEqual([pagePolicy(pageAt(path))]);
			// The theme script ran (it is inline, so only its hash lets it run).
			await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
			expect(await problems()).toEqual([]);
		});
	}

	test('search opens and finds results under the policy (WebAssembly, index, vocabulary, filter)', async ({ page }) => {
		const problems = await watch(page, server.url);
		await page.goto(server.url + '/');
		const word = await page.evaluate(
			// innerText, not textContent: block boundaries become line breaks, so two blocks' words never run together;
			// headings carry soft hyphens, which are not part of a word.
			() =>
				(document.querySelector('main')?.innerText ?? '').replaceAll('\u00ad', '').match(/\p{L}{7,}/u)?.[0] ??
				'samenvatting',
		);
		await page.getByRole('button', { name: 'Zoeken' }).click();
		const dialog = page.locator('dialog[open]');
		await dialog.locator('input').fill(word);
		await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
		// A typo (the vocabulary fetch) and a term answer, then the chapter filter.
		await dialog.locator('.pagefind-ui__search-input').fill('acountmanager');
		await expect(dialog.locator('.search-did-you-mean')).toBeVisible({ timeout: 15_000 });
		await expect(dialog.locator('[data-pagefind-ui-meta="begrip"]').first()).toBeVisible({ timeout: 15_000 });
		await dialog.getByRole('checkbox').first().check();
		await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
		expect(await problems()).toEqual([]);
	});
});

test('an inline script that the policy does not name is caught, by the static check and in the browser', async ({
	page,
}) => {
	const copy = mkdtempSync(join(tmpdir(), 'csp-copy-'));
	try {
		cpSync(DIST, copy, { recursive: true });
		const index = join(copy, 'index.html');
		const injected = readFileSync(index, 'utf8').replace(
			'</head>',
			'<script>document.documentElement.dataset.injected = "yes";</script></head>',
		);
		writeFileSync(index, injected);
		expect(uncoveredInlineCode(parsePage(injected), policy).scripts).toEqual([
			'document.documentElement.dataset.injected = "yes";',
		]);

		const server = await serveDist(copy, { rules });
		try {
			const problems = await watch(page, server.url);
			await page.goto(server.url + '/');
			await expect.poll(problems).toContainEqual(expect.stringContaining('script-src-elem blocked inline'));
			await expect(page.locator('html')).not.toHaveAttribute('data-injected', 'yes');
		} finally {
			await server.close();
		}
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
});

/** The shared headers are written once, on the site-wide rule: each name occurs once in the whole file. */
function formatHeaderNames(): string[] {
	const text = readFileSync(join(DIST, '_headers'), 'utf8');
	return Object.keys(STATIC_HEADERS).filter((name) => text.split(`${name}:`).length === 2);
}
