import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_DIR, readChapterPages } from '../../../src/shared/chapter-pages.ts';

describe('chapter pages from src/content/docs', () => {
	it('lists the pages with a chapter number, in chapter order, with their paths', () => {
		const dir = mkdtempSync(join(tmpdir(), 'chapters-'));
		writeFileSync(join(dir, 'b.mdx'), '---\ntitle: Twee\nchapter: 2\n---\n\nTekst.\n');
		writeFileSync(join(dir, 'a.mdx'), '---\ntitle: Vier\nchapter: 4\n---\n');
		writeFileSync(join(dir, 'index.mdx'), '---\ntitle: Start\n---\n\nGeen hoofdstuk.\n');
		writeFileSync(join(dir, 'geen-frontmatter.md'), '# Los\n');
		expect(readChapterPages(dir).map(({ chapter, title, slug, path }) => ({ chapter, title, slug, path }))).toEqual([
			{ chapter: 2, title: 'Twee', slug: 'b', path: '/b/' },
			{ chapter: 4, title: 'Vier', slug: 'a', path: '/a/' },
		]);
	});

	it('finds every chapter of the real docs', () => {
		const pages = readChapterPages();
		const chapterFiles = readdirSync(DOCS_DIR).filter((f) =>
			/^chapter: \d+$/m.test(readFileSync(join(DOCS_DIR, f), 'utf8')),
		);
		expect(pages.map((p) => p.file.replace(/^src\/content\/docs\//, '')).sort()).toEqual(chapterFiles.sort());
		expect(pages.map((p) => p.chapter)).toEqual([...pages.map((p) => p.chapter)].sort((a, b) => a - b));
	});
});
