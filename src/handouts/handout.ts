/**
 * Handouts: where the PDFs live, what the whole-summary page is called, and how a chapter's HTML is made to fit
 * on one page next to the other chapters. No Astro imports, so the build integration and unit tests can use it.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { plainTermLinks } from '../glossary/index.ts';
import { classesOf } from '../shared/hast.ts';

/**
 * A CSS string literal for `content:`. Escapes what could end the string or the `<style>` element it sits in,
 * so a page title can never break the stylesheet.
 */
export function cssString(text: string): string {
	return `"${text.replace(/[\\"<>\n\r]/g, (ch) => `\\${ch.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * CSS that prints `title` as running header (top centre of every sheet; see print.css for its look), on all pages
 * or, given `pageName`, only on the named pages of that name.
 */
export const runningTitleCss = (title: string, pageName?: string): string =>
	`@page${pageName ? ` ${pageName}` : ''} { @top-center { content: ${cssString(title)}; } }`;

/**
 * CSS for the whole-summary page: each chapter section on its own named pages, so every sheet carries the title of
 * the chapter it belongs to (and each chapter starts on a new sheet).
 */
export const chapterPagesCss = (chapters: readonly { chapter: number; title: string; sectionId: string }[]): string =>
	chapters
		.map(({ chapter, title, sectionId }) => {
			const page = `hoofdstuk-${chapter}`;
			return `${runningTitleCss(title, page)}\n#${sectionId} { page: ${page}; }`;
		})
		.join('\n');

/** One chapter as it appears on the whole-summary page. */
export interface ScopedChapter {
	/** Page path of the chapter, e.g. `/h1-introductie/`. */
	path: string;
	/** Id of the chapter's `<section>` on the whole-summary page (links to the chapter itself land here). */
	sectionId: string;
	/** Added in front of every heading id of the chapter, so chapters with the same heading do not clash. */
	idPrefix: string;
	/** Heading ids the chapter has on its own page (from Astro's `render()` headings). */
	headingIds: readonly string[];
}

/** Section id and heading prefix for a chapter on the whole-summary page (`h1-introductie`, `h1--`). */
export const scopeFor = (chapter: number, slug: string): Pick<ScopedChapter, 'sectionId' | 'idPrefix'> => ({
	sectionId: slug,
	idPrefix: `h${chapter}--`,
});

const HEADING = /^h([1-6])$/;

/**
 * Rewrites one chapter's rendered HTML for the whole-summary page:
 * - heading ids get the chapter's prefix (two chapters may both have a `#test-jezelf`);
 * - headings move one level down (the page's h1 is "Hele samenvatting", each chapter title is an h2);
 * - links to a chapter, or to a heading in any chapter, point inside this page, so they work on paper and in the PDF.
 * - term previews become plain links to the glossary: this long page is for reading through and printing, and
 *   the definitions of every chapter would add ~4 KB gzip, more than its size budget allows (see the README);
 * Other ids are left alone: diagrams refer to their own ids from inside their SVG.
 */
export function scopeChapterHtml(html: string, self: ScopedChapter, all: readonly ScopedChapter[]): string {
	const tree: Root = fromHtml(html, { fragment: true });
	const byPath = new Map(all.map((c) => [c.path, c]));
	const headingIds = new Map(all.map((c) => [c.path, new Set(c.headingIds)]));

	plainTermLinks(tree);
	visit(tree, 'element', (node: Element) => {
		const classes = classesOf(node);
		const level = HEADING.exec(node.tagName)?.[1];
		if (level) {
			if (typeof node.properties.id === 'string') node.properties.id = self.idPrefix + node.properties.id;
			node.tagName = `h${Math.min(Number(level) + 1, 6)}`;
		}
		// Starlight wraps headings in `div.sl-heading-wrapper.level-hN`; keep the class in step with the new level.
		if (classes.length) {
			node.properties.className = classes.map((c) =>
				/^level-h[1-6]$/.test(c) ? `level-h${Math.min(Number(c.slice(7)) + 1, 6)}` : c,
			);
		}
		if (node.tagName === 'a' && typeof node.properties.href === 'string') {
			node.properties.href = scopeHref(node.properties.href, self, byPath, headingIds);
		}
		return undefined;
	});
	return toHtml(tree, { allowDangerousHtml: true });
}

function scopeHref(
	href: string,
	self: ScopedChapter,
	byPath: ReadonlyMap<string, ScopedChapter>,
	headingIds: ReadonlyMap<string, ReadonlySet<string>>,
): string {
	const match = /^(\/[^?#]*)?(?:#(.*))?$/.exec(href);
	if (!match) return href; // another site, mailto:, a relative path: leave as written
	const [, rawPath, hash] = match;
	const path = rawPath === undefined ? self.path : rawPath.endsWith('/') ? rawPath : `${rawPath}/`;
	const target = byPath.get(path);
	if (!target) return href; // a page that is not on the whole-summary page
	if (!hash) return `#${target.sectionId}`;
	const id = decodeURIComponent(hash);
	// Non-heading ids keep their name on the whole page, so a plain fragment still finds them.
	return headingIds.get(path)?.has(id) ? `#${target.idPrefix}${id}` : `#${id}`;
}
