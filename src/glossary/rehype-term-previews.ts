/**
 * Term previews in chapter pages (pages with a `chapter` in their frontmatter), from `src/content/glossary.yaml`:
 * the first mention of each term becomes a link to its glossary entry, followed by a short definition
 * (`role="tooltip"`, tied with `aria-describedby`) that CSS shows on hover and keyboard focus. Without CSS or JS it
 * is a plain link. Headings, links, code, diagrams and summaries are left alone.
 * Also checks that each term of this chapter points to a heading that exists here.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { classesOf, hasClass } from '../shared/hast.ts';
import { addHeadingIds, chapterOf } from '../shared/markdown.ts';
import { glossaryHref } from '../shared/urls.ts';
import { GLOSSARY_FILE, loadGlossary, type GlossaryTerm } from './data.ts';
import { createTermMatcher } from './term-matching.ts';

export interface TermPreviewOptions {
	/** Terms to use; defaults to reading `src/content/glossary.yaml`. */
	terms?: () => readonly GlossaryTerm[];
}

/** Elements whose text never becomes a term link. */
const SKIP_TAGS = new Set([
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'a',
	'code',
	'pre',
	'kbd',
	'summary',
	'svg',
	'script',
	'style',
	'button',
	'figure',
	'figcaption',
	'math',
	'title',
	'mermaid',
]);

type AnyNode = Root | RootContent | { type: string; name?: string | null; children?: unknown[] };

/** Tag name of an HTML element or of an MDX JSX element (`<details>` in MDX is `mdxJsxFlowElement`). */
function tagOf(node: AnyNode): string | undefined {
	if (node.type === 'element') return (node as Element).tagName;
	if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && 'name' in node && node.name)
		return node.name.toLowerCase();
	return undefined;
}

function isSkipped(node: AnyNode): boolean {
	const tag = tagOf(node);
	if (!tag) return false;
	if (SKIP_TAGS.has(tag)) return true;
	if (node.type !== 'element') return false;
	// Diagrams (rehype-mermaid output or source) and text kept out of search stay untouched.
	return (
		classesOf(node as Element).some((c) => c.includes('mermaid')) ||
		(node as Element).properties?.dataPagefindIgnore !== undefined
	);
}

const LINK_CLASS = 'term-preview__link';
const TIP_CLASS = 'term-preview__tip';

/**
 * Term previews as plain links to the glossary, their definitions removed: for a page that prints every chapter,
 * where the definitions would only add bytes.
 */
export function plainTermLinks(tree: Root): void {
	visit(tree, 'element', (node: Element, index, parent) => {
		if (hasClass(node, TIP_CLASS) && parent && index !== undefined) {
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		if (hasClass(node, LINK_CLASS)) delete node.properties.ariaDescribedBy;
		return undefined;
	});
}

function previewNodes(entry: GlossaryTerm, text: string, href: string, chapter: number): Element {
	// The chapter keeps ids unique where several chapters share one page (the whole summary for printing).
	const tipId = `term-tip-h${chapter}-${entry.id}`;
	return {
		type: 'element',
		tagName: 'span',
		properties: { className: ['term-preview'] },
		children: [
			{
				type: 'element',
				tagName: 'a',
				properties: { href, className: [LINK_CLASS], ariaDescribedBy: [tipId] },
				children: [{ type: 'text', value: text }],
			},
			{
				type: 'element',
				tagName: 'span',
				// Kept out of the search index: the definition belongs to the glossary page's results.
				properties: { id: tipId, role: 'tooltip', className: [TIP_CLASS], dataPagefindIgnore: '' },
				children: [
					{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: entry.term }] },
					{ type: 'text', value: ` ${entry.definition}` },
				],
			},
		],
	};
}

export default function rehypeTermPreviews(options: TermPreviewOptions = {}) {
	const readTerms = options.terms ?? (() => loadGlossary());

	return function transform(tree: Root, file: VFile) {
		const chapter = chapterOf(file);
		if (chapter === undefined) return;

		const terms = readTerms();
		const byId = new Map(terms.map((t) => [t.id, t]));
		const pageName = file.path ? file.path.replace(/^.*\/(src\/)/, '$1') : 'this chapter page';

		addHeadingIds(tree, file);
		checkAnchors(tree, terms, chapter, pageName);

		// Only the term's name links everywhere; its extra `preview` forms only in its own chapter (term-matching.ts).
		const matcher = createTermMatcher(terms, { chapter });
		const linked = new Set<string>();
		const visit = (parent: { children: unknown[] }) => {
			for (let i = 0; i < parent.children.length; i++) {
				const node = parent.children[i] as AnyNode;
				if (node.type === 'text') {
					const replacement = linkFirstMentions(node as Text, matcher, linked, byId, chapter);
					if (replacement) {
						parent.children.splice(i, 1, ...replacement);
						i += replacement.length - 1;
					}
				} else if ('children' in node && Array.isArray(node.children) && !isSkipped(node)) {
					visit(node as { children: unknown[] });
				}
			}
		};
		visit(tree);
	};
}

function linkFirstMentions(
	node: Text,
	matcher: ReturnType<typeof createTermMatcher>,
	linked: Set<string>,
	byId: Map<string, GlossaryTerm>,
	chapter: number,
): ElementContent[] | undefined {
	const fresh = [];
	for (const match of matcher.matchAll(node.value)) {
		if (linked.has(match.id)) continue;
		linked.add(match.id);
		fresh.push(match);
	}
	if (fresh.length === 0) return undefined;
	const out: ElementContent[] = [];
	let at = 0;
	for (const match of fresh) {
		if (match.start > at) out.push({ type: 'text', value: node.value.slice(at, match.start) });
		const entry = byId.get(match.id)!;
		out.push(previewNodes(entry, match.text, glossaryHref(entry.id), chapter));
		at = match.end;
	}
	if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
	return out;
}

/** Every term of this chapter must point to a heading of this page; a typo in `anchor` stops the build. */
function checkAnchors(tree: Root, terms: readonly GlossaryTerm[], chapter: number, pageName: string): void {
	const ids: string[] = [];
	visit(tree, 'element', (node) => {
		if (/^h[1-6]$/.test(node.tagName) && typeof node.properties.id === 'string') ids.push(node.properties.id);
	});
	for (const term of terms.filter((t) => t.chapter === chapter)) {
		if (!ids.includes(term.anchor)) {
			throw new Error(
				`${GLOSSARY_FILE}: term "${term.id}" points to #${term.anchor}, but ${pageName} (chapter ${chapter}) ` +
					`has no heading with that id. Headings there: ${ids.map((h) => `#${h}`).join(', ')}`,
			);
		}
	}
}
