/**
 * The security headers as a host serves them: dist/ behind a static server that applies dist/_headers.
 * Every page (found in dist/) must load without a single CSP violation or request to another host, and so must
 * the search. A copy of the site with one extra inline script proves the check notices what the policy misses.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, parsePage } from '../../src/shared/dist.ts';
import {
	headersFor,
	parseHeadersFile,
	STATIC_HEADERS,
	uncoveredInlineCode,
} from '../../src/security-headers/headers.ts';
import { DIST, distPages } from '../lib/dist-pages.ts';
import { serveDist, type StaticServer } from '../lib/static-server.ts';

const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
const policy = headersFor(rules, '/')['Content-Security-Policy'] ?? '';

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

	test('dist/_headers allows every inline script and style of every page, and sets all security headers', () => {
		expect(policy).not.toContain("'unsafe-inline' 'sha256"); // hashes would switch unsafe-inline off anyway
		expect(policy.match(/script-src [^;]*/)?.[0]).not.toContain('unsafe-inline');
		expect(policy).toContain("frame-ancestors 'none'");
		for (const name of Object.keys(STATIC_HEADERS)) expect(headersFor(rules, '/h1-introductie/')).toHaveProperty(name);
		const uncovered = builtPages(DIST).flatMap((page) => {
			const { scripts, styles } = uncoveredInlineCode(page, policy);
			return [...scripts, ...styles].map((code) => `${page.file}: ${code.slice(0, 80)}`);
		});
		expect(uncovered).toEqual([]);
	});

	for (const path of distPages()) {
		test(`no CSP violation or foreign request on ${path}`, async ({ page }) => {
			const problems = await watch(page, server.url);
			const response = await page.goto(server.url + path, { waitUntil: 'load' });
			expect(response?.headers()['content-security-policy']).toBe(policy);
			// The theme script ran (it is inline, so only its hash lets it run).
			await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
			expect(await problems()).toEqual([]);
		});
	}

	test('search opens and finds results under the policy (WebAssembly, index, vocabulary, filter)', async ({ page }) => {
		const problems = await watch(page, server.url);
		await page.goto(server.url + '/');
		const word = await page.evaluate(
			() => (document.querySelector('main')?.textContent ?? '').match(/\p{L}{7,}/u)?.[0] ?? 'samenvatting',
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
