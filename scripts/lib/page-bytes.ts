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
import type { BuiltPage } from '../../src/shared/dist.ts';
import { selectAll } from '../../src/shared/hast.ts';
import { isSearchJs } from './budget.ts';

const gzip = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

/** `<link rel="stylesheet">` in `<head>` that block the first paint (a print-only sheet does not). */
export const renderBlockingStylesheets = (page: BuiltPage): string[] =>
	selectAll('head link[rel~=stylesheet]', page.tree)
		.filter((link) => !/^\s*print\s*$/i.test(String(link.properties.media ?? 'all')))
		.map((link) => String(link.properties.href));

/** A file of the site by its URL path (`/_astro/x.css` → dist/_astro/x.css). */
const assetOf = (dist: string, href: string): Buffer => readFileSync(join(dist, new URL(href, 'http://x/').pathname));

/** The first paragraph with text in the page's `<main>`: the reader's first line. */
export const firstParagraph = (page: BuiltPage): Element | undefined =>
	selectAll('main p', page.tree).find((p) => toString(p).trim() !== '');

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
	const stylesheets = selectAll('link[rel~=stylesheet]', page.tree).map((link) => String(link.properties.href));
	const scripts = selectAll('script[src]', page.tree)
		.map((script) => String(script.properties.src))
		.filter((src) => !isSearchJs(new URL(src, 'http://x/').pathname));
	return {
		htmlCss: gzip(page.html) + stylesheets.reduce((sum, href) => sum + gzip(assetOf(dist, href)), 0),
		js: scripts.reduce((sum, src) => sum + gzip(assetOf(dist, src)), 0),
	};
}
