/**
 * Every term link in the built pages, for the reviewed approval file `src/glossary/term-links.approved.txt`: each
 * word the build links to a glossary entry, with its page, its term and the words around it, so a reviewer can
 * judge whether the text there means the term. `tests/e2e/term-links.spec.ts` compares a build with the file;
 * `npm run approve:term-links` rewrites the file from the current `dist/` (read each changed line before committing).
 *
 * Erasable TypeScript (run directly by node, imported by the test).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { fileToUrlPath, htmlFiles } from '../shared/dist.ts';
import { isElement } from '../shared/hast.ts';
import { GLOSSARY_PATH, termAnchor } from '../shared/urls.ts';

export interface TermLink {
	/** Page path, e.g. `/h1-introductie/`. */
	page: string;
	/** Glossary id the link opens. */
	term: string;
	/** The linked words as written. */
	text: string;
	/** Up to `CONTEXT_WORDS` words before and after, with the link in [brackets]. */
	context: string;
}

/** Words of context on each side of a link: enough to tell the sense, short enough to review at a glance. */
const CONTEXT_WORDS = 5;
/** Elements whose text forms one run of prose: a link's context stays inside its own paragraph, item or cell. */
const BLOCKS = new Set([
	'p',
	'li',
	'td',
	'th',
	'dd',
	'dt',
	'blockquote',
	'figcaption',
	'summary',
	'h1',
	'h2',
	'h3',
	'h4',
]);

const hrefPrefix = `${GLOSSARY_PATH}#${termAnchor('')}`;

/** Text of a node as the reader sees it: without term definitions (tooltips) and text kept out of the page. */
function visibleText(node: ElementContent, out: string[]): void {
	if (node.type === 'text') out.push(node.value);
	if (!isElement(node)) return;
	if (node.properties.role === 'tooltip' || node.tagName === 'script' || node.tagName === 'style') return;
	for (const child of node.children) visibleText(child, out);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function linksInBlock(block: Element, page: string, out: TermLink[]): void {
	// Text of the block in order, with each term link marked.
	const parts: Array<{ text: string; link?: string }> = [];
	const walk = (node: ElementContent) => {
		if (
			isElement(node) &&
			node.tagName === 'a' &&
			typeof node.properties.href === 'string' &&
			node.properties.href.startsWith(hrefPrefix)
		) {
			const text: string[] = [];
			visibleText(node, text);
			parts.push({ text: squash(text.join('')), link: node.properties.href.slice(hrefPrefix.length) });
			return;
		}
		if (isElement(node) && BLOCKS.has(node.tagName) && node !== block) return; // nested blocks report themselves
		if (node.type === 'text') parts.push({ text: node.value });
		else if (isElement(node) && node.properties.role !== 'tooltip') for (const child of node.children) walk(child);
	};
	for (const child of block.children) walk(child);
	parts.forEach((part, i) => {
		if (!part.link) return;
		const before = squash(
			parts
				.slice(0, i)
				.map((p) => p.text)
				.join(''),
		).split(' ');
		const after = squash(
			parts
				.slice(i + 1)
				.map((p) => p.text)
				.join(''),
		).split(' ');
		// Keep punctuation against the link as written ("[sales], hoe …").
		const glue = (text: string, atStart: boolean) =>
			!text ? '' : atStart ? (/^\s/.test(text) ? ' ' : '') : /\s$/.test(text) ? ' ' : '';
		const rawBefore = parts
			.slice(0, i)
			.map((p) => p.text)
			.join('');
		const rawAfter = parts
			.slice(i + 1)
			.map((p) => p.text)
			.join('');
		const context =
			before.filter(Boolean).slice(-CONTEXT_WORDS).join(' ') +
			glue(rawBefore, false) +
			`[${part.text}]` +
			glue(rawAfter, true) +
			after.filter(Boolean).slice(0, CONTEXT_WORDS).join(' ');
		out.push({ page, term: part.link, text: part.text, context: context.trim() });
	});
}

/** The term links of one built page, in document order. */
export function termLinks(tree: Root, page: string): TermLink[] {
	const out: TermLink[] = [];
	const walk = (node: Root | Element) => {
		for (const child of node.children) {
			if (!isElement(child)) continue;
			if (BLOCKS.has(child.tagName)) linksInBlock(child, page, out);
			walk(child);
		}
	};
	walk(tree);
	return out;
}

/** One line per link: `page  term  "text"  context`. Stable, sorted by page then document order. */
/** The reviewed file the build's term links are compared with. */
export const APPROVAL_FILE = new URL('./term-links.approved.txt', import.meta.url);

/** Every term link of a built site, page by page. */
export function builtTermLinks(distDir: string): TermLink[] {
	return htmlFiles(distDir).flatMap((file) =>
		termLinks(fromHtml(readFileSync(join(distDir, file), 'utf8')), fileToUrlPath(file)),
	);
}

export const formatLink = (link: TermLink): string => `${link.page}\t${link.term}\t${link.context}`;

export const APPROVAL_HEADER = [
	'# Term links in the built site: one line per link (page, glossary id, the words around it, the link in [brackets]).',
	'# Each line has been read: the text there means the glossary term. A build that links differently fails',
	'# tests/e2e/term-links.spec.ts. After reading the changed lines, `npm run approve:term-links` rewrites this file.',
];

export function formatApproval(links: readonly TermLink[]): string {
	return [...APPROVAL_HEADER, ...links.map(formatLink), ''].join('\n');
}

/** The link lines of an approval file (comments and blank lines left out). */
export const parseApproval = (text: string): string[] =>
	text.split('\n').filter((line) => line.trim() && !line.startsWith('#'));

/** What changed between the approved lines and a build's lines, for a failure message a reviewer can act on. */
export function compareApproval(
	approved: readonly string[],
	built: readonly string[],
): { added: string[]; removed: string[] } {
	const count = (lines: readonly string[]) => {
		const map = new Map<string, number>();
		for (const line of lines) map.set(line, (map.get(line) ?? 0) + 1);
		return map;
	};
	const a = count(approved);
	const b = count(built);
	const added = built.filter((line, i) => built.slice(0, i + 1).filter((l) => l === line).length > (a.get(line) ?? 0));
	const removed = approved.filter(
		(line, i) => approved.slice(0, i + 1).filter((l) => l === line).length > (b.get(line) ?? 0),
	);
	return { added, removed };
}
