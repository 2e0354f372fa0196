import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtPages } from '../../../src/shared/dist.ts';
import { describeBrokenLinks, findBrokenLinks } from '../../../src/link-check/check.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A built site in a temporary folder: path in dist → content. */
function site(files: Record<string, string>): string {
	root = mkdtempSync(join(tmpdir(), 'link-check-'));
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	return root;
}

const page = (body: string): string =>
	`<!doctype html><html lang="nl"><head><title>t</title></head><body>${body}</body></html>`;

describe('findBrokenLinks', () => {
	it('accepts links to pages, files and ids that exist, and leaves other sites and placeholders alone', () => {
		const dir = site({
			'index.html': page(
				'<h2 id="start">Start</h2><a href="/h1/#wat-is-sales">h1</a><a href="h1/">rel</a><a href="#start">top</a>' +
					'<a href="/pdf/h1.pdf">pdf</a><a href="https://example.org/x">ext</a><a href="mailto:a@b.nl">mail</a>' +
					'<a href="#">later</a><a href="/h1">no slash</a><a href="https://site.nl/h1/">own site</a>',
			),
			'h1/index.html': page('<h2 id="wat-is-sales">Wat is sales</h2>'),
			'pdf/h1.pdf': '%PDF',
		});
		expect(findBrokenLinks(dir, builtPages(dir), { site: 'https://site.nl' })).toEqual([]);
	});

	it('reports a missing page and a missing id with the line in the source, else in the built page', () => {
		const dir = site({
			'index.html': page('<p><a href="/h9/">weg</a></p>\n<p><a href="/h1/#nergens">kop</a></p>'),
			'h1/index.html': page('<h2 id="iets">Iets</h2>\n<a href="/ook-weg/">layout</a>'),
		});
		const broken = findBrokenLinks(dir, builtPages(dir), {
			sourceOf: (path) => (path === '/' ? 'src/content/docs/index.mdx' : undefined),
			readSource: () => '---\ntitle: Start\n---\n\nZie [weg](/h9/) en\n[kop](/h1/#nergens).\n',
		});
		// In page file order: h1/index.html before index.html.
		expect(broken).toEqual([
			{ where: 'dist/h1/index.html:2:1', href: '/ook-weg/', problem: 'no page or file at /ook-weg/' },
			{ where: 'src/content/docs/index.mdx:5:11', href: '/h9/', problem: 'no page or file at /h9/' },
			{
				where: 'src/content/docs/index.mdx:6:7',
				href: '/h1/#nergens',
				problem: 'no element with id "nergens" on /h1/',
			},
		]);
		expect(describeBrokenLinks(broken)).toContain('src/content/docs/index.mdx:5:11  /h9/  (no page or file at /h9/)');
	});

	it('skips the paths it is told not to check', () => {
		const dir = site({ 'index.html': page('<a href="/pdf/h1.pdf">pdf</a><a href="/pdf/">map</a>') });
		expect(findBrokenLinks(dir, builtPages(dir), { unchecked: ['/pdf/*.pdf'] }).map((link) => link.href)).toEqual([
			'/pdf/',
		]);
	});
});
