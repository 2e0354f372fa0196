import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import pageScripts from '../../../src/page-scripts/integration.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A built site in a temporary folder: `pages` maps dist paths to HTML, `assets` file names in _astro/ to code. */
function site(pages: Record<string, string>, assets: Record<string, string> = {}): string {
	const root = mkdtempSync(join(tmpdir(), 'page-scripts-site-'));
	roots.push(root);
	mkdirSync(join(root, '_astro'));
	for (const [file, html] of Object.entries(pages)) {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), html);
	}
	for (const [name, code] of Object.entries(assets)) writeFileSync(join(root, '_astro', name), code);
	return root;
}

const logger = { info: () => {}, warn: () => {} };
const run = (root: string) =>
	(pageScripts().hooks['astro:build:done'] as (options: unknown) => Promise<void>)({
		dir: pathToFileURL(`${root}/`),
		logger,
	});

describe('page-scripts after the build', () => {
	it('points each page at one bundle and keeps the rest of the page as it was', async () => {
		const head = '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">';
		const root = site(
			{
				'index.html': `${head}<script type="module" src="/_astro/a.js"></script></head><body><p>Hoi</p><script type="module" src="/_astro/b.js"></script></body></html>`,
			},
			{ 'a.js': 'globalThis.a = 1;', 'b.js': 'globalThis.b = 2;' },
		);
		await run(root);
		const html = readFileSync(join(root, 'index.html'), 'utf8');
		expect(html).toMatch(
			/^<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><script type="module" src="\/_astro\/page-scripts\.[0-9a-f]{8}\.js"><\/script><\/head><body><p>Hoi<\/p><\/body><\/html>$/,
		);
	});

	it('stops the build when no page has the module scripts Astro writes', async () => {
		const root = site({
			'index.html': '<!DOCTYPE html><html><head><script type="module">1</script></head><body></body></html>',
		});
		await expect(run(root)).rejects.toThrow(
			/page-scripts: no page in dist\/ has a <script type="module" src="\/_astro\/…">/,
		);
	});

	it('stops on a module script with attributes a bundle would lose', async () => {
		const root = site({ 'index.html': '<script type="module" src="/_astro/a.js" async></script>' }, { 'a.js': '1' });
		await expect(run(root)).rejects.toThrow(
			/index\.html: module script \/_astro\/a\.js has attributes besides type and src/,
		);
	});
});
