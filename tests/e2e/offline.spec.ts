/**
 * Offline and installable, against the built site served like a host (dist/_headers applied). After one
 * visit with the network, every page, the search, the flashcards (with their progress) and a PDF opened before work
 * without it; an address that was never cached shows the offline page; the manifest and its icons are valid.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test, type Page } from '@playwright/test';
import { MANIFEST_TYPE } from '../../src/offline/manifest.ts';
import { policiesOf } from '../../src/security-headers/index.ts';
import { chromiumLaunchOptions } from '../../src/shared/browser.ts';
import { PDF_CACHE } from '../../src/offline/paths.ts';
import { builtPages, elementsOf, type PageHtml } from '../../src/shared/dist.ts';
import { MANIFEST_PATH, OFFLINE_PATH, PDF_DIR, pdfHref, SERVICE_WORKER_PATH } from '../../src/shared/urls.ts';
import { DIST } from '../lib/dist-pages.ts';
import { cachedUrls, waitForServiceWorker } from '../lib/service-worker.ts';
import { serveDist, type StaticServer } from '../lib/static-server.ts';

// Installing the worker downloads the whole site once; the machine is shared.
test.describe.configure({ timeout: 180_000 });

/** A built page's <title>: the first one, in <head> (diagrams have their own). */
const titleOf = (page: PageHtml): string =>
	(elementsOf(page.tree, (element) => element.tagName === 'title')[0]?.children ?? [])
		.map((child) => (child.type === 'text' ? child.value : ''))
		.join('');

const BUILT = builtPages(DIST);
const PAGES = BUILT.filter((page) => page.file !== '404.html').map((page) => ({
	path: page.path,
	title: titleOf(page),
}));
const HOME = BUILT.find((page) => page.path === '/')!;
const notice = (page: Page) => page.locator('.offline-notice[role="status"]');

let server: StaticServer;
test.beforeAll(async () => {
	server = await serveDist(DIST);
});
test.afterAll(async () => {
	await server.close();
});

/** Opens the home page with the network and waits until the service worker has stored the site and controls the page. */
async function firstVisit(page: Page): Promise<void> {
	await page.goto(server.url + '/');
	await waitForServiceWorker(page);
}

test('after one visit, every page, the search and a PDF opened before work offline; an unknown address shows the offline page', async ({
	context,
	page,
}) => {
	expect(PAGES.map((p) => p.path)).toEqual(
		expect.arrayContaining(['/', '/begrippenlijst/', '/hele-samenvatting/', '/oefenen/']),
	);
	await firstVisit(page);
	// A PDF opened once with the network, as a student does from the chapter page.
	await page.goto(server.url + '/h1-introductie/');
	const pdfLink = page.getByRole('link', { name: /Download als PDF/ });
	const pdfPath = (await pdfLink.getAttribute('href')) ?? '';
	expect(pdfPath.startsWith(`/${PDF_DIR}/`)).toBe(true);
	expect(await openPdf(page, pdfPath)).toBe(true);
	await expect.poll(async () => (await cachedUrls(page))[PDF_CACHE] ?? []).toContain(pdfPath);

	await page.goBack();
	await context.setOffline(true);
	await expect(notice(page)).toHaveText('Je bent offline; de samenvatting, het zoeken en oefenen werken gewoon door.');

	for (const { path, title } of PAGES) {
		const response = await page.goto(server.url + path);
		expect(response?.status(), path).toBe(200);
		expect(response?.fromServiceWorker(), path).toBe(true);
		await expect(page, path).toHaveTitle(title);
		await expect(page.locator('h1').first(), path).toBeVisible();
	}

	// Search, offline: Pagefind's UI, WebAssembly and index all come from the cache.
	await page.goto(server.url + '/');
	await page.getByRole('button', { name: 'Zoeken' }).first().click();
	const dialog = page.locator('site-search dialog');
	await dialog.locator('.pagefind-ui__search-input').fill('rayon');
	const result = dialog.locator('a.pagefind-ui__result-link').first();
	await expect(result).toBeVisible({ timeout: 30_000 });
	await result.click();
	await expect(page).toHaveURL(/\/h3-organisatie-van-sales\/\?zoekterm=rayon/);
	await expect(page.locator('main mark.pagefind-highlight').first()).toHaveText(/rayon/i, { timeout: 20_000 });

	// The PDF opened before comes from the cache, byte for byte.
	await page.goto(server.url + '/h1-introductie/');
	expect(await openPdf(page, pdfPath)).toBe(true);
	await page.goto(server.url + '/');
	expect((await fetchBytes(page, pdfPath)).equals(readFileSync(join(DIST, pdfPath)))).toBe(true);

	// Never cached: the offline page, in Dutch, with links to what is stored.
	const response = await page.goto(server.url + '/bestaat-niet/');
	expect(response?.status()).toBe(200);
	await expect(page.locator('h1')).toHaveText('Je bent offline');
	const main = page.locator('main');
	for (const { path, title } of PAGES.filter((p) => p.path !== OFFLINE_PATH)) {
		await expect(main.locator(`a[href="${path}"]`), path).toHaveCount(1);
		expect(title).toContain(await main.locator(`a[href="${path}"]`).innerText());
	}
	// So does a PDF that was never opened.
	await page.goto(server.url + pdfHref('hele-samenvatting'));
	await expect(page.locator('h1')).toHaveText('Je bent offline');

	// And a link on it works offline.
	await main.getByRole('link', { name: /^H1 / }).click();
	await expect(page).toHaveURL(/\/h1-introductie\/$/);
	await expect(page.locator('h1').first()).toContainText('H1');
});

/** Clicks the chapter's PDF link; Chromium opens it in its PDF viewer. Returns whether the worker answered. */
async function openPdf(page: Page, path: string): Promise<boolean> {
	const [response] = await Promise.all([
		page.waitForResponse((candidate) => new URL(candidate.url()).pathname === path),
		page.getByRole('link', { name: /Download als PDF/ }).click(),
	]);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('application/pdf');
	return response.fromServiceWorker();
}

/** The bytes the page gets for `path` (through the worker, as the PDF viewer does). */
const fetchBytes = async (page: Page, path: string): Promise<Buffer> =>
	Buffer.from(await page.evaluate(async (url) => [...new Uint8Array(await (await fetch(url)).arrayBuffer())], path));

test('flashcard progress made offline survives a reload', async ({ context, page }) => {
	await firstVisit(page);
	await context.setOffline(true);
	await page.goto(server.url + '/oefenen/');
	const app = page.locator('[data-fc-app]');
	const today = page.locator('[data-fc-today]');
	await expect(app).toBeVisible();
	const before = await today.innerText();
	const term = await page.locator('[data-fc-term]').innerText();
	await page.locator('[data-fc-card]').click();
	// "Makkelijk" schedules the new card days ahead, so it leaves today's queue.
	await app.getByRole('button', { name: /^Makkelijk\b/ }).click();
	await expect(app.getByRole('status')).toContainText(`Makkelijk: ${term}`);
	await expect(today).not.toHaveText(before);
	const after = await today.innerText();
	await page.reload();
	await expect(today).toHaveText(after);
});

test('the offline notice is a polite live region, says when the network is back, and is gone again after a while', async ({
	context,
	page,
}) => {
	// The notice goes after a few seconds: the page's clock is moved on instead of waiting them out.
	await page.clock.install();
	await firstVisit(page);
	await expect(notice(page)).toHaveText('');
	await context.setOffline(true);
	await expect(notice(page)).toContainText('Je bent offline');
	// Its stylesheet comes with it (not with the first visit): a box at the bottom of the screen, over the page.
	await expect(notice(page)).toHaveCSS('position', 'fixed');
	await expect(notice(page).locator('p')).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
	await context.setOffline(false);
	await expect(notice(page)).toHaveText('Je bent weer online.');
	await page.clock.fastForward(7_000);
	await expect(notice(page)).toHaveText('Je bent weer online.');
	await page.clock.fastForward(1_500);
	await expect(notice(page)).toHaveText('');
});

test('the site is installable: the manifest is linked from every page, valid, in Dutch, and its icons load', async ({
	page,
}) => {
	for (const page of BUILT) {
		const links = elementsOf(
			page.tree,
			(element) => element.tagName === 'link' && element.properties['rel']?.toString() === 'manifest',
		);
		expect(
			links.map((link) => link.properties['href']),
			page.file,
		).toEqual([MANIFEST_PATH]);
	}
	const response = await page.goto(server.url + MANIFEST_PATH);
	expect(response?.headers()['content-type']).toBe(MANIFEST_TYPE);
	const manifest = (await response?.json()) as {
		name: string;
		short_name: string;
		lang: string;
		start_url: string;
		display: string;
		icons: { src: string; sizes: string; purpose: string }[];
	};
	expect(manifest).toMatchObject({ lang: 'nl', start_url: '/', display: 'standalone' });
	expect(manifest.name).toBe(titleOf(HOME).split(' | ')[0]);
	expect(manifest.short_name.length).toBeLessThanOrEqual(12);
	expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
		'192x192 any',
		'512x512 any',
		'512x512 maskable',
	]);
	for (const icon of manifest.icons) {
		await page.goto(server.url + '/');
		const size = await page.evaluate(async (src) => {
			const image = new Image();
			image.src = src;
			await image.decode();
			return `${image.naturalWidth}x${image.naturalHeight}`;
		}, icon.src);
		expect(size, icon.src).toBe(icon.sizes);
	}
	// Chromium's own verdict, as its install prompt sees it: in a normal profile (Playwright's usual contexts are
	// private windows, where nothing can be installed), once the worker controls the page.
	const profile = mkdtempSync(join(tmpdir(), 'offline-install-'));
	const browser = await chromium.launchPersistentContext(profile, chromiumLaunchOptions());
	try {
		const tab = await browser.newPage();
		await tab.goto(server.url + '/');
		await waitForServiceWorker(tab);
		const cdp = await browser.newCDPSession(tab);
		const { errors: manifestErrors } = await cdp.send('Page.getAppManifest');
		expect(manifestErrors).toEqual([]);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
	} finally {
		await browser.close();
		rmSync(profile, { recursive: true, force: true });
	}
	const sw = await page.request.get(server.url + SERVICE_WORKER_PATH);
	expect(sw.headers()['cache-control']).toBe('no-cache');
});

test("the worker registers and the manifest loads under the site's strict CSP; the notice passes axe in both themes", async ({
	context,
	page,
}) => {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
		);
	});
	const response = await page.goto(server.url + '/h1-introductie/');
	// The page's own policy, the only one it gets (its rule detaches the site-wide one).
	const policies = policiesOf(response?.headers()['content-security-policy']);
	expect(policies).toHaveLength(1);
	const policy = policies[0] ?? '';
	expect(policy).toContain("worker-src 'self'");
	expect(policy).toContain("manifest-src 'self'");
	expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	await waitForServiceWorker(page);
	const cdp = await context.newCDPSession(page);
	const { url, errors } = await cdp.send('Page.getAppManifest');
	expect(url).toBe(server.url + MANIFEST_PATH);
	expect(errors).toEqual([]);
	expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);

	await context.setOffline(true);
	await expect(notice(page)).toContainText('Je bent offline');
	for (const theme of ['light', 'dark']) {
		await page.locator('starlight-theme-select select').first().selectOption(theme);
		const { violations } = await new AxeBuilder({ page }).include('.offline-notice').analyze();
		expect(violations.map((v) => `${theme}: ${v.id}`)).toEqual([]);
	}
});

test('the offline page is left out of the search index (and, by unit test, the sitemap)', () => {
	const indexed = (path: string): boolean => {
		const page = BUILT.find((built) => built.path === path)!;
		return elementsOf(page.tree, (element) => element.properties['dataPagefindBody'] !== undefined).length > 0;
	};
	expect(indexed('/h1-introductie/')).toBe(true);
	expect(indexed(OFFLINE_PATH)).toBe(false);
});
