/**
 * Updates: two builds of the site that differ in one sentence. A student visits the first; the host then
 * serves the second. Online, one reload shows the new sentence, the page says a new version was loaded, and the
 * worker's cache holds exactly the second build's files: nothing of the first is left.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { precacheList } from '../../src/offline/service-worker.ts';
import { buildFixture, PROJECT_ROOT } from '../lib/fixture-build.ts';
import { cachedUrls, precachedText, waitForServiceWorker } from '../lib/service-worker.ts';
import { serveDist } from '../lib/static-server.ts';

const CHAPTER = 'src/content/docs/h1-introductie.mdx';
const PAGE = '/h1-introductie/';
const OLD_SENTENCE = 'Dit hoofdstuk legt de basis.';
const NEW_SENTENCE = 'Dit hoofdstuk legt het fundament voor de rest van het boek.';

// Two builds of the whole site (without PDFs) on a shared 2-core machine.
test.describe.configure({ timeout: 480_000 });

test('after a new deploy, one reload online shows the new text, says so, and the old cache is gone', async ({
	page,
}) => {
	const source = readFileSync(join(PROJECT_ROOT, CHAPTER), 'utf8');
	expect(source, `${CHAPTER} still has the sentence this test changes`).toContain(OLD_SENTENCE);
	const work = mkdtempSync(join(tmpdir(), 'offline-update-'));
	const site = join(work, 'site');
	const second = join(work, 'second');
	try {
		const builds = [
			await buildFixture({}, { env: { SKIP_PDF: '1' }, keepDist: site }),
			await buildFixture(
				{ [CHAPTER]: source.replace(OLD_SENTENCE, NEW_SENTENCE) },
				{ env: { SKIP_PDF: '1' }, keepDist: second },
			),
		];
		for (const build of builds) expect(build.code, build.output.slice(-2000)).toBe(0);
		const expectedKeys = (await precacheList(second)).entries
			.map((entry) => `/${entry.url}${entry.revision ? `?__WB_REVISION__=${entry.revision}` : ''}`)
			.sort();

		// The host's headers are the same for both builds (same inline scripts, same rules).
		const server = await serveDist(site);
		try {
			await page.goto(server.url + PAGE);
			await waitForServiceWorker(page);
			await expect(page.locator('main')).toContainText(OLD_SENTENCE);

			// Deploy: the host now serves the second build.
			renameSync(site, join(work, 'first'));
			renameSync(second, site);

			await page.reload();
			await expect(page.locator('main')).toContainText(NEW_SENTENCE);
			await expect(page.locator('main')).not.toContainText(OLD_SENTENCE);
			await expect(page.locator('.offline-notice[role="status"]')).toContainText('Nieuwe versie geladen', {
				timeout: 60_000,
			});

			// One precache, holding exactly the second build's files (so also its copy of the changed page).
			await expect
				.poll(async () => {
					const caches = await cachedUrls(page);
					const precaches = Object.keys(caches).filter((name) => name.includes('precache'));
					return precaches.length === 1 ? caches[precaches[0]!]!.sort() : precaches;
				})
				.toEqual(expectedKeys);
			const stored = await precachedText(page, `${PAGE}index.html`);
			expect(stored).toContain(NEW_SENTENCE);
			expect(stored).not.toContain(OLD_SENTENCE);
		} finally {
			await server.close();
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
});
