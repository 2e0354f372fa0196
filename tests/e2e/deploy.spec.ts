/**
 * Deploying the site as a student who forks it would: a GitHub project site, served under /samenvatting/ only,
 * and a second deploy while tabs are open on the first. Two builds of the whole site serve both tests (the first
 * with its PDFs, the second, which differs in one sentence, without).
 */
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { precacheList } from '../../src/offline/service-worker.ts';
import { KEPT_CACHE } from '../../src/offline/paths.ts';
import { builtPages } from '../../src/shared/dist.ts';
import { buildFixture, PROJECT_ROOT } from '../lib/fixture-build.ts';
import { cachedUrls, waitForServiceWorker } from '../lib/service-worker.ts';
import { serveDist, type StaticServer } from '../lib/static-server.ts';

const SITE_URL = 'https://example.github.io/samenvatting/';
const BASE = '/samenvatting/';
/** No host variables from the machine (CI on GitHub Actions sets some): only SITE_URL decides the base path. */
const ENV = { SITE_URL, NETLIFY: '', URL: '', VERCEL: '', CF_PAGES: '', GITHUB_ACTIONS: '' };

const CHAPTER = 'src/content/docs/h1-introductie.mdx';
const PAGE = `${BASE}h1-introductie/`;
const OLD_SENTENCE = 'Dit hoofdstuk legt de basis.';
const NEW_SENTENCE = 'Dit hoofdstuk legt het fundament voor de rest van het boek.';

// Two builds of the whole site on a shared 2-core machine; one worker runs the file, so they are made once.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

let work: string;
let site: string; // what the host serves
let second: string; // the next deploy, until it is moved into `site`
let server: StaticServer;

test.beforeAll(async () => {
	test.setTimeout(900_000);
	const source = readFileSync(join(PROJECT_ROOT, CHAPTER), 'utf8');
	expect(source, `${CHAPTER} still has the sentence this test changes`).toContain(OLD_SENTENCE);
	work = mkdtempSync(join(tmpdir(), 'deploy-'));
	site = join(work, 'site');
	second = join(work, 'second');
	const first = await buildFixture({}, { env: ENV, keepDist: site });
	expect(first.code, first.output.slice(-3000)).toBe(0);
	const next = await buildFixture(
		{ [CHAPTER]: source.replace(OLD_SENTENCE, NEW_SENTENCE) },
		{ env: { ...ENV, SKIP_PDF: '1' }, keepDist: second },
	);
	expect(next.code, next.output.slice(-3000)).toBe(0);
	server = await serveDist(site, { base: BASE });
});

test.afterAll(async () => {
	await server?.close();
	if (work) rmSync(work, { recursive: true, force: true });
});

/** Every response of `page` that failed (status 400 or more), and every request outside the base path. */
function watch(page: Page): string[] {
	const problems: string[] = [];
	page.on('response', (response) => {
		const url = new URL(response.url());
		if (response.status() >= 400) problems.push(`${response.status()} ${url.pathname}`);
	});
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol.startsWith('http') && !url.pathname.startsWith(BASE)) problems.push(`outside: ${url.pathname}`);
	});
	return problems;
}

/** Opens the search dialog and searches `query`; resolves to the dialog. */
async function search(page: Page, query: string) {
	await page.getByRole('button', { name: 'Zoeken' }).click();
	const dialog = page.locator('dialog[open]');
	await dialog.locator('input').first().fill(query);
	return dialog;
}

test('a project site under /samenvatting/: every page, link and asset, search, worker, manifest and offline', async ({
	page,
	context,
}) => {
	// The host serves nothing outside the project's folder.
	expect((await page.request.get(server.url + '/')).status()).toBe(404);
	expect((await page.request.get(server.url + '/h1-introductie/')).status()).toBe(404);

	const problems = watch(page);
	const links = new Set<string>();
	const pages = builtPages(site).filter((built) => built.file !== '404.html');
	expect(pages.length).toBeGreaterThan(5);
	for (const built of pages) {
		const path = BASE + built.path.slice(1);
		const response = await page.goto(server.url + path, { waitUntil: 'load' });
		expect(response?.status(), path).toBe(200);
		const found = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')]
				.map((element) => new URL(element.href, location.href))
				.filter((url) => url.origin === location.origin)
				.map((url) => url.pathname),
		);
		for (const link of found) {
			expect(link.startsWith(BASE), `${path} links to ${link}`).toBe(true);
			links.add(link);
		}
	}
	expect([...links].some((link) => link.endsWith('.pdf'))).toBe(true);
	expect([...links]).toContain(`${BASE}begrippenlijst/`);
	for (const link of links) {
		expect((await page.request.get(server.url + link)).status(), link).toBe(200);
	}
	expect(problems).toEqual([]);

	// Search: "rayon" finds its section in H3, with a link under the prefix that opens it.
	await page.goto(server.url + BASE);
	const dialog = await search(page, 'rayon');
	const result = dialog.locator(`a[href^="${BASE}h3-organisatie-van-sales/"]`).first();
	await expect(result).toBeVisible({ timeout: 20_000 });
	await result.click();
	await expect(page).toHaveURL(new RegExp(`^${server.url}${BASE}h3-organisatie-van-sales/`));

	// The worker's scope and the manifest are the project's folder.
	await waitForServiceWorker(page);
	const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
	expect(scope).toBe(`${server.url}${BASE}`);
	const manifest = (await (await page.request.get(`${server.url}${BASE}manifest.webmanifest`)).json()) as {
		start_url: string;
		scope: string;
		id: string;
		icons: { src: string }[];
	};
	expect(manifest).toMatchObject({ start_url: BASE, scope: BASE, id: BASE });
	for (const icon of manifest.icons) {
		expect(icon.src.startsWith(BASE), icon.src).toBe(true);
		expect((await page.request.get(server.url + icon.src)).status(), icon.src).toBe(200);
	}
	expect(problems).toEqual([]);

	// Offline: pages come from the worker; an address it never stored gets the offline page.
	await context.setOffline(true);
	const offlinePage = await page.goto(server.url + PAGE);
	expect(offlinePage?.fromServiceWorker()).toBe(true);
	await expect(page.locator('main')).toContainText(OLD_SENTENCE);
	await page.goto(`${server.url}${BASE}bestaat-niet/`);
	await expect(page.locator('h1').first()).toHaveText('Je bent offline');
	await context.setOffline(false);
});

test('a new deploy never breaks an open tab: it waits, says so, and loads when asked; then only its files are kept', async ({
	context,
}) => {
	const expectedKeys = (await precacheList(second)).entries
		.map((entry) => `${BASE}${entry.url}${entry.revision ? `?__WB_REVISION__=${entry.revision}` : ''}`)
		.sort();
	// Two tabs on the first version: the student reads in one and will update from there; the other stays as it is.
	const reading = await context.newPage();
	const other = await context.newPage();
	for (const tab of [reading, other]) {
		await tab.goto(server.url + PAGE);
		await waitForServiceWorker(tab);
		await expect(tab.locator('main')).toContainText(OLD_SENTENCE);
	}
	// The other tab has searched already, so its search holds the first version's index.
	let dialog = await search(other, 'rayon');
	await expect(dialog.locator(`a[href^="${BASE}h3-organisatie-van-sales/"]`).first()).toBeVisible({
		timeout: 20_000,
	});
	await other.bringToFront();
	await other.keyboard.press('Escape');
	await expect(other.locator('dialog[open]')).toHaveCount(0);
	// A file only the first version has: the search index fragment of the page the second build changes.
	const fragments = (dir: string) => readdirSync(join(dir, 'pagefind', 'fragment'));
	const firstOnly = fragments(site).find((name) => !fragments(second).includes(name));
	expect(firstOnly).toBeDefined();
	const firstOnlyPath = `${BASE}pagefind/fragment/${firstOnly}`;

	// Deploy: the host now serves the second build; the browser looks for a new worker (as it does on its own).
	renameSync(site, join(work, 'first'));
	renameSync(second, site);
	expect((await reading.request.get(server.url + firstOnlyPath)).status()).toBe(404);
	await reading.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

	// The old tab says a new version is ready, and goes on working with its own version meanwhile.
	const prompt = reading.locator('.offline-notice__update');
	await expect(prompt).toContainText('nieuwe versie', { timeout: 60_000 });
	await expect(prompt.getByRole('button', { name: 'Nieuwe versie laden' })).toBeVisible();
	await expect(reading.locator('main')).toContainText(OLD_SENTENCE);
	dialog = await search(reading, 'rayon');
	await expect(dialog.locator(`a[href^="${BASE}h3-organisatie-van-sales/"]`).first()).toBeVisible({
		timeout: 20_000,
	});
	// Two tabs: Escape reaches the dialog of the tab in front.
	await reading.bringToFront();
	await reading.keyboard.press('Escape');
	await expect(reading.locator('dialog[open]')).toHaveCount(0);

	// The student loads it: the new text, in this tab.
	await prompt.getByRole('button', { name: 'Nieuwe versie laden' }).click();
	await expect(reading.locator('main')).toContainText(NEW_SENTENCE, { timeout: 30_000 });
	await expect(reading.locator('main')).not.toContainText(OLD_SENTENCE);

	// The other tab is still on the first version, now under the new worker: its own files still load (from what
	// the worker kept for it; the host has them no more), and its search still finds and opens results.
	await expect(other.locator('main')).toContainText(OLD_SENTENCE);
	expect(await other.evaluate(async (path) => (await fetch(path)).status, firstOnlyPath)).toBe(200);
	dialog = await search(other, 'rayon');
	const result = dialog.locator(`a[href^="${BASE}h3-organisatie-van-sales/"]`).first();
	await expect(result).toBeVisible({ timeout: 20_000 });
	await result.click();
	await expect(other).toHaveURL(new RegExp(`${BASE}h3-organisatie-van-sales/`));

	// No tab needs the first version any more: only the second build's files are cached.
	await expect
		.poll(
			async () => {
				await reading.reload();
				const caches = await cachedUrls(reading);
				const precaches = Object.keys(caches).filter((name) => name.includes('precache'));
				const others = Object.entries(caches).filter(([name, urls]) => !name.includes('precache') && urls.length);
				return { precache: precaches.map((name) => caches[name]!.sort()), others, kept: KEPT_CACHE in caches };
			},
			{ timeout: 60_000 },
		)
		.toEqual({ precache: [expectedKeys], others: [], kept: false });
	await expect(reading.locator('main')).toContainText(NEW_SENTENCE);
	await expect(reading.locator('.offline-notice__update')).toHaveCount(0);
});
