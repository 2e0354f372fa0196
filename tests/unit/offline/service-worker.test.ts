import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleWorker, precacheList } from '../../../src/offline/service-worker.ts';

const dirs: string[] = [];
function site(files: Record<string, string | Buffer>): string {
	const root = mkdtempSync(join(tmpdir(), 'offline-sw-'));
	dirs.push(root);
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	return root;
}
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SITE = {
	'index.html': '<h1>Start</h1>',
	'h1-introductie/index.html': '<h1>H1</h1>',
	'offline/index.html': '<h1>Offline</h1>',
	'_astro/page-scripts.1234abcd.js': 'console.log(1)',
	'_astro/inter.woff2': 'font',
	'pagefind/pagefind.js': 'export {}',
	'pagefind/pagefind-highlight.js': 'export {}',
	'pagefind/pagefind-ui.js': 'ui',
	'pagefind/pagefind-ui.css': 'ui',
	'pagefind/pagefind-modular-ui.js': 'ui',
	'pagefind/pagefind-component-ui.css': 'ui',
	'pagefind/pagefind-entry.json': '{}',
	'pagefind/fragment/nl_abc.pf_fragment': 'x',
	'manifest.webmanifest': '{}',
	'icons/icon-192.png': 'png',
	'pdf/h1-introductie.pdf': '%PDF-',
	'sw.js': 'old worker',
	_headers: '/*',
	'sitemap-index.xml': '<xml/>',
};

describe('precacheList', () => {
	it("lists every page, asset and Pagefind file the site loads, and leaves out the worker, host files, sitemap, PDFs and Pagefind's UIs", async () => {
		const { entries } = await precacheList(site(SITE));
		expect(entries.map((entry) => entry.url)).toEqual([
			'_astro/inter.woff2',
			'_astro/page-scripts.1234abcd.js',
			'h1-introductie/index.html',
			'icons/icon-192.png',
			'index.html',
			'manifest.webmanifest',
			'offline/index.html',
			'pagefind/fragment/nl_abc.pf_fragment',
			'pagefind/pagefind-entry.json',
			'pagefind/pagefind-highlight.js',
			'pagefind/pagefind.js',
		]);
	});

	it('gives a revision to every file except the content-hashed ones in _astro/', async () => {
		const { entries } = await precacheList(site(SITE));
		for (const entry of entries) {
			if (entry.url.startsWith('_astro/')) expect(entry.revision, entry.url).toBeNull();
			else expect(entry.revision, entry.url).toMatch(/^[0-9a-f]{32}$/);
		}
	});

	it('changes the revision of exactly the page whose text changed', async () => {
		const before = await precacheList(site(SITE));
		const after = await precacheList(site({ ...SITE, 'h1-introductie/index.html': '<h1>H1, herschreven</h1>' }));
		const changed = after.entries
			.filter((entry, i) => entry.revision !== before.entries[i]!.revision)
			.map((entry) => entry.url);
		expect(changed).toEqual(['h1-introductie/index.html']);
	});

	it('stops when there is no built site or a file is too large to keep offline', async () => {
		await expect(precacheList(site({ 'x/a.css': 'a' }))).rejects.toThrow(/no index\.html/);
		await expect(
			precacheList(site({ ...SITE, 'pagefind/huge.pf_index': Buffer.alloc(5 * 1024 * 1024) })),
		).rejects.toThrow(/Service worker: .*huge\.pf_index/s);
	});
});

describe('bundleWorker', () => {
	it('puts the file list in place of self.__WB_MANIFEST, in one file without imports or development logging', async () => {
		const code = await bundleWorker([{ url: 'index.html', revision: 'abc123' }]);
		expect(code).toContain('"index.html"');
		expect(code).toContain('abc123');
		expect(code).not.toContain('__WB_MANIFEST');
		expect(code).not.toMatch(/\bimport\s*[{(*"']/);
		expect(code).not.toContain('process.env');
		// Identical input, identical worker: a build without changes does not make browsers update.
		expect(await bundleWorker([{ url: 'index.html', revision: 'abc123' }])).toBe(code);
	});

	it("knows the site's paths under a base path", async () => {
		const code = await bundleWorker([{ url: 'index.html', revision: 'abc123' }], '/samenvatting/');
		expect(code).toContain('"/samenvatting/"');
		expect(code).not.toContain('process.env');
	});
});
