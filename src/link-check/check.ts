/**
 * The link check over the built site: every `<a href>` of every page that points into the site must reach a page or
 * file in dist/, and its `#fragment` an id on that page. It reads the final HTML, so links and anchors written by
 * components (term previews, the glossary, tables of contents) are checked as well as those in Markdown.
 * Erasable TypeScript, no Astro imports.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import type { BuiltPage } from '../shared/dist.ts';
import { selectAll } from '../shared/hast.ts';
import { BASE, withBase, withoutBase } from '../shared/urls.ts';

/** One link that leads nowhere. */
export interface BrokenLink {
	/** `file:line:column`: the source file when the link is written there, else the built page. */
	where: string;
	href: string;
	problem: string;
}

export interface LinkCheckOptions {
	/** The site's own origin (from Astro's `site`), so absolute links to it are checked too. */
	site?: string;
	/** Link paths (without `#`) that are not checked; `*` stands for any characters, e.g. `/pdf/*`. */
	unchecked?: readonly string[];
	/** The source file (project-relative) of a built page, by URL path, to point at the line an author wrote. */
	sourceOf?: (path: string) => string | undefined;
	/** Reads a source file; defaults to the file system. */
	readSource?: (file: string) => string | undefined;
}

/** Link forms that never lead into the site. */
const NOT_A_PAGE = /^(?:mailto|tel|javascript|data|blob):/i;
/** Placeholder origin for resolving relative links when the site has no URL. */
const LOCAL = 'http://site.invalid';

const globToRegExp = (glob: string): RegExp =>
	new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/** The file in `root` a URL path is served from (`/x/` → x/index.html; `/x` → x, x.html or x/index.html). */
function targetFile(root: string, pathname: string): string | undefined {
	const relative = pathname.replace(/^\/+/, '');
	const candidates = pathname.endsWith('/')
		? [join(relative, 'index.html')]
		: [relative, `${relative}.html`, join(relative, 'index.html')];
	return candidates.find((candidate) => {
		const full = join(root, candidate);
		return existsSync(full) && statSync(full).isFile();
	});
}

function lineColumn(text: string, offset: number): string {
	const before = text.slice(0, offset).split('\n');
	return `${before.length}:${(before.at(-1) ?? '').length + 1}`;
}

/** Every broken link in `pages` (all pages of the site in `root`), in page and document order. */
export function findBrokenLinks(
	root: string,
	pages: readonly BuiltPage[],
	options: LinkCheckOptions = {},
): BrokenLink[] {
	const origin = options.site ? new URL(options.site).origin : LOCAL;
	const unchecked = (options.unchecked ?? []).map(globToRegExp);
	const readSource =
		options.readSource ?? ((file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined));
	const ids = new Map<string, Set<string>>(
		pages.map((page) => [
			page.file,
			new Set(selectAll('[id]', page.tree).map((element) => String(element.properties.id))),
		]),
	);
	const broken: BrokenLink[] = [];
	for (const page of pages) {
		const sourceFile = options.sourceOf?.(page.path);
		const source = sourceFile === undefined ? undefined : readSource(sourceFile);
		/** Where the author wrote the link: its first occurrence in the page's source, else its place in the built page. */
		const where = (element: Element, href: string): string => {
			const offset = source?.indexOf(href) ?? -1;
			if (sourceFile && source && offset >= 0) return `${sourceFile}:${lineColumn(source, offset)}`;
			const start = element.position?.start;
			return `dist/${page.file}${start ? `:${start.line}:${start.column}` : ''}`;
		};
		for (const element of selectAll('a[href]', page.tree)) {
			const href = String(element.properties.href);
			if (href === '' || href === '#' || NOT_A_PAGE.test(href)) continue;
			const url = new URL(href, origin + withBase(page.path));
			if (url.origin !== origin) continue;
			const pathname = decodeURIComponent(url.pathname);
			if (unchecked.some((pattern) => pattern.test(pathname))) continue;
			// Under a base path (a project site), a link must stay inside it: the host serves nothing else.
			const inSite = withoutBase(pathname);
			if (inSite === undefined) {
				broken.push({ where: where(element, href), href, problem: `outside the site's base path ${BASE}` });
				continue;
			}
			const file = targetFile(root, inSite);
			if (!file) {
				broken.push({ where: where(element, href), href, problem: `no page or file at ${pathname}` });
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			const targetIds = ids.get(file);
			if (fragment && targetIds && !targetIds.has(fragment))
				broken.push({ where: where(element, href), href, problem: `no element with id "${fragment}" on ${pathname}` });
		}
	}
	return broken;
}

/** The error text a build stops with: one line per broken link. */
export function describeBrokenLinks(broken: readonly BrokenLink[]): string {
	return [
		`Link check: ${broken.length} broken link${broken.length === 1 ? '' : 's'} in the built site.`,
		...broken.map((link) => `  ${link.where}  ${link.href}  (${link.problem})`),
	].join('\n');
}
