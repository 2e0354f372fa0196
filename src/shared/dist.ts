/**
 * The built site in `dist/`, read one way: this walker lists its pages, and each page is read as hast. Post-build
 * steps (page scripts, PDFs, security headers), tests and the benchmark all use it. Edits go back into the page's
 * own text at the positions hast reports, so everything a step does not touch stays as Astro wrote it, byte for byte.
 * Erasable TypeScript, no Astro imports.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { filesUnder } from './files.ts';

/** Folders in dist that hold assets, not pages (Astro's bundles, Pagefind's UI and index). */
const NOT_PAGES = new Set(['_astro', 'pagefind']);

/** All `.html` files under `dir`, as paths relative to it with `/` separators, sorted. */
export function htmlFiles(dir: string): string[] {
	if (!existsSync(join(dir, 'index.html'))) {
		throw new Error(`No built site in ${dir} (index.html missing): run \`npm run build\` first.`);
	}
	return filesUnder(dir, { include: (path) => path.endsWith('.html'), skipDir: (path) => NOT_PAGES.has(path) });
}

/** `h1/index.html` → `/h1/`; `404.html` → `/404.html`. */
export function fileToUrlPath(file: string): string {
	if (file === 'index.html') return '/';
	if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
	return `/${file}`;
}

/** A page's HTML and its hast tree (with source positions). */
export interface PageHtml {
	html: string;
	tree: Root;
}

/** One built page. */
export interface BuiltPage extends PageHtml {
	/** Path inside dist/, e.g. `h1-introductie/index.html`. */
	file: string;
	/** URL path, e.g. `/h1-introductie/`. */
	path: string;
}

export const parsePage = (html: string): PageHtml => ({ html, tree: fromHtml(html) });

/** Every page in `dir`, read and parsed, in file order. */
export function builtPages(dir: string): BuiltPage[] {
	return htmlFiles(dir).map((file) => ({
		file,
		path: fileToUrlPath(file),
		...parsePage(readFileSync(join(dir, file), 'utf8')),
	}));
}

/** Writes a page's new HTML back to `dir`. */
export const writePage = (dir: string, page: BuiltPage, html: string): void =>
	writeFileSync(join(dir, page.file), html);

/** The elements of `tree` that pass `test`, in document order. */
export function elementsOf(tree: Root, test: (element: Element) => boolean): Element[] {
	const found: Element[] = [];
	visit(tree, 'element', (element) => {
		if (test(element)) found.push(element);
	});
	return found;
}

/**
 * `page.html` with each element of `edits` replaced by its HTML ('' removes it), the rest untouched. Only for
 * elements written out in the source: those the parser added itself have no position to replace.
 */
export function replaceElements(page: PageHtml, edits: ReadonlyMap<Element, string>): string {
	const ranges = [...edits].map(([element, html]) => {
		const start = element.position?.start.offset;
		const end = element.position?.end.offset;
		if (start === undefined || end === undefined) throw new Error(`<${element.tagName}> is not in the page's source`);
		return { start, end, html };
	});
	let out = page.html;
	for (const { start, end, html } of ranges.sort((a, b) => b.start - a.start))
		out = out.slice(0, start) + html + out.slice(end);
	return out;
}

/**
 * For a post-build step that relies on markup Astro or Starlight writes: when it is not there (an upgrade changed
 * it), the build stops with what was expected, instead of the step silently doing nothing.
 */
export class MissingMarkupError extends Error {
	constructor(step: string, expected: string) {
		super(`${step}: ${expected}. Did an Astro or Starlight upgrade change its HTML? The build stops here.`);
		this.name = 'MissingMarkupError';
	}
}
