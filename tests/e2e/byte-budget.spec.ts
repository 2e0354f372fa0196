/**
 * The byte budgets, absolute, on the built site (no browser needed): every page's HTML + CSS, a chapter's own
 * JavaScript, and the bytes before a chapter's first line. Limits from scripts/lib/budget.ts, which `npm run bench`
 * also applies to what Chromium loads; this test keeps them in `npm test`.
 */
import { expect, test } from '@playwright/test';
import { BUDGET } from '../../scripts/lib/budget.ts';
import { firstParagraphBytes, pageBytes } from '../../scripts/lib/page-bytes.ts';
import { readChapterPages } from '../../src/shared/chapter-pages.ts';
import { builtPages } from '../../src/shared/dist.ts';
import { DIST } from '../lib/dist-pages.ts';

const pages = builtPages(DIST);
const chapters = new Set(readChapterPages().map((chapter) => chapter.path));

test('every page stays within the HTML + CSS budget, and chapters within the JS budget', () => {
	expect(pages.filter((page) => chapters.has(page.path))).toHaveLength(chapters.size);
	for (const page of pages) {
		const bytes = pageBytes(DIST, page);
		expect(bytes.htmlCss, `${page.path} HTML + CSS gzip`).toBeLessThanOrEqual(
			BUDGET.htmlCssGzipMaxByPath[page.path] ?? BUDGET.htmlCssGzipMax,
		);
		// Every page carries Starlight's scripts: none counted would mean the page lost them, or the count is wrong.
		expect(bytes.js, `${page.path} JS gzip`).toBeGreaterThan(0);
		if (chapters.has(page.path)) expect(bytes.js, `${page.path} JS gzip`).toBeLessThanOrEqual(BUDGET.chapterJsGzipMax);
	}
});

test("a chapter's first line comes within the first-paragraph budget", () => {
	for (const page of pages.filter((candidate) => chapters.has(candidate.path))) {
		const bytes = firstParagraphBytes(DIST, page);
		console.log(`${page.path}: ${JSON.stringify(bytes)} B gzip before the first line`);
		expect(bytes.css, `${page.path} render-blocking CSS`).toBeGreaterThan(0);
		expect(bytes.total, `${page.path} HTML up to the first paragraph + render-blocking CSS`).toBeLessThanOrEqual(
			BUDGET.firstParagraphGzipMax,
		);
	}
});
