import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleModules, moduleScriptSources, useBundle } from '../../../src/page-scripts/bundle.ts';
import { parsePage } from '../../../src/shared/dist.ts';

const PAGE = `<html><head><script>window.theme = 'dark';</script><script type="module" src="/_astro/page.A1.js"></script></head>
<body><p>Tekst</p><script type="module" src="/_astro/Search.B2.js"></script><script type="module">console.log('inline');</script>
<script type="module" src="/_astro/Toc.C3.js"></script><script type="module" src="/_astro/Search.B2.js"></script></body></html>`;

describe('moduleScriptSources', () => {
	it('lists external module scripts in page order, each once, and skips inline and classic scripts', () => {
		// Attribute order and quoting do not matter: the page is read as hast.
		expect(moduleScriptSources(parsePage(`<script src='/_astro/x.js' type=module></script>`))).toEqual([
			'/_astro/x.js',
		]);
		expect(moduleScriptSources(parsePage(PAGE))).toEqual([
			'/_astro/page.A1.js',
			'/_astro/Search.B2.js',
			'/_astro/Toc.C3.js',
		]);
	});
});

describe('useBundle', () => {
	it('points the first module script at the bundle and drops the others, leaving everything else as it was', () => {
		const html = useBundle(parsePage(PAGE), '/_astro/page-scripts.x.js');
		expect(moduleScriptSources(parsePage(html))).toEqual(['/_astro/page-scripts.x.js']);
		expect(html.indexOf('page-scripts.x.js')).toBeLessThan(html.indexOf('<body>'));
		expect(html).toContain(`<script>window.theme = 'dark';</script>`);
		expect(html).toContain(`<script type="module">console.log('inline');</script>`);
		expect(html.replace(/<script type="module" src="[^"]*"><\/script>/g, '')).toBe(
			PAGE.replace(/<script type="module" src="[^"]*"><\/script>/g, ''),
		);
	});
});

describe('bundleModules', () => {
	const dir = mkdtempSync(join(tmpdir(), 'page-scripts-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	// Like Astro's output: two component scripts sharing a chunk, one of them loading more code on demand.
	writeFileSync(join(dir, 'shared.js'), `export const log = (globalThis.__order ??= []);`);
	writeFileSync(join(dir, 'first.js'), `import { log } from './shared.js'; log.push('first');`);
	writeFileSync(
		join(dir, 'second.js'),
		`import { log } from './shared.js'; log.push('second'); globalThis.__lazy = () => import('./lazy.js');`,
	);
	writeFileSync(join(dir, 'lazy.js'), `export const lazy = 'lazy';`);

	it('makes one file without static imports that runs the scripts in page order and sharing one copy of shared code', async () => {
		const bundle = await bundleModules(dir, ['first.js', 'second.js']);
		expect(bundle.code).not.toMatch(/^import\b|\bfrom\s*["'`]/m);
		writeFileSync(join(dir, bundle.fileName), bundle.code);
		await import(pathToFileURL(join(dir, bundle.fileName)).href);
		const g = globalThis as { __order?: string[]; __lazy?: () => Promise<{ lazy: string }> };
		expect(g.__order).toEqual(['first', 'second']);
		// Code loaded on demand stays a separate file next to the bundle.
		expect(bundle.code).toMatch(/import\(["'`]\.\/lazy\.js["'`]\)/);
		expect((await g.__lazy!()).lazy).toBe('lazy');
	});

	it('names the bundle by its content, the same on every build', async () => {
		const a = await bundleModules(dir, ['first.js', 'second.js']);
		const b = await bundleModules(dir, ['first.js', 'second.js']);
		const reversed = await bundleModules(dir, ['second.js', 'first.js']);
		expect(a.fileName).toMatch(/^page-scripts\.[0-9a-f]{8}\.js$/);
		expect(b).toEqual(a);
		expect(reversed.fileName).not.toBe(a.fileName);
	});
});
