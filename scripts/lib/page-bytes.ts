/**
 * What a page costs in bytes, read from a built site (dist/) without a browser: the bytes a reader waits for before
 * the first line of text, and the page's HTML + CSS and its own JS. The benchmark reports them for both sites; the
 * byte-budget test holds them to the absolute limits in budget.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { elementsOf, type BuiltPage } from '../../src/shared/dist.ts';
import { isSearchJs } from './budget.ts';

const gzip = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

const inHead = (page: BuiltPage, element: Element): boolean => {
	const head = elementsOf(page.tree, (e) => e.tagName === 'head')[0];
	const end = head?.position?.end.offset ?? 0;
	return (element.position?.start.offset ?? Infinity) < end;
};

/** `<link rel="stylesheet">` in `<head>` that block the first paint (a print-only sheet does not). */
export function renderBlockingStylesheets(page: BuiltPage): string[] {
	return elementsOf(page.tree, (e) => {
		const rel = e.properties.rel;
		const media = typeof e.properties.media === 'string' ? e.properties.media : 'all';
		return (
			e.tagName === 'link' &&
			Array.isArray(rel) &&
			rel.includes('stylesheet') &&
			!/^\s*print\s*$/i.test(media) &&
			inHead(page, e)
		);
	}).map((e) => String(e.properties.href));
}

/** A file of the site by its URL path (`/_astro/x.css` → dist/_astro/x.css). */
const assetOf = (dist: string, href: string): Buffer => readFileSync(join(dist, new URL(href, 'http://x/').pathname));

/** The first paragraph with text in the page's `<main>`: the reader's first line. */
export function firstParagraph(page: BuiltPage): Element | undefined {
	const main = elementsOf(page.tree, (e) => e.tagName === 'main')[0];
	if (!main) return undefined;
	return elementsOf({ type: 'root', children: [main] }, (e) => e.tagName === 'p' && toString(e).trim() !== '')[0];
}

/**
 * gzip bytes before the first line can show: the HTML up to the end of the first paragraph in `<main>` (gzipped as
 * the browser receives it, a prefix of the stream) plus every render-blocking stylesheet. Response headers are not
 * counted (they depend on the host).
 */
export function firstParagraphBytes(dist: string, page: BuiltPage): { html: number; css: number; total: number } {
	const paragraph = firstParagraph(page);
	const end = paragraph?.position?.end.offset;
	if (end === undefined) throw new Error(`${page.file}: no paragraph with text in <main>`);
	const html = gzip(page.html.slice(0, end));
	const css = renderBlockingStylesheets(page).reduce((sum, href) => sum + gzip(assetOf(dist, href)), 0);
	return { html, css, total: html + css };
}

/** gzip bytes of a page's HTML with its stylesheets, and of its own scripts (the search UI not counted). */
export function pageBytes(dist: string, page: BuiltPage): { htmlCss: number; js: number } {
	const stylesheets = elementsOf(
		page.tree,
		(e) => e.tagName === 'link' && Array.isArray(e.properties.rel) && e.properties.rel.includes('stylesheet'),
	).map((e) => String(e.properties.href));
	const scripts = elementsOf(page.tree, (e) => e.tagName === 'script' && typeof e.properties.src === 'string')
		.map((e) => String(e.properties.src))
		.filter((src) => !isSearchJs(new URL(src, 'http://x/').pathname));
	return {
		htmlCss: gzip(page.html) + stylesheets.reduce((sum, href) => sum + gzip(assetOf(dist, href)), 0),
		js: scripts.reduce((sum, src) => sum + gzip(assetOf(dist, src)), 0),
	};
}
