/**
 * Term previews in chapter pages (pages with a `chapter` in their frontmatter), from `src/content/glossary.yaml`:
 * the first mention of each term becomes a link to its glossary entry, described (`aria-describedby`) by the term's
 * short definition in a popover that term-previews.ts opens on hover, keyboard focus and a tap. Without JS it is a
 * plain link. Headings, links, code, diagrams and summaries are left alone.
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
	// Column headers are labels, and where a table stacks on a phone they are read out but not shown.
	'th',
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
		if (hasClass(node, LINK_CLASS)) {
			delete node.properties.ariaDescribedBy;
			delete node.properties.dataTermTip;
		}
		return undefined;
	});
}

/** Ids of a term's preview on this page; the chapter keeps them unique where several chapters share one page. */
const tipId = (entry: GlossaryTerm, chapter: number) => `term-tip-h${chapter}-${entry.id}`;
const definitionId = (entry: GlossaryTerm, chapter: number) => `term-def-h${chapter}-${entry.id}`;

/** A mention of a term: a plain link to its glossary entry, described by (and opening) the term's one preview. */
function termLink(entry: GlossaryTerm, text: string, chapter: number): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: {
			href: glossaryHref(entry.id),
			className: [LINK_CLASS],
			ariaDescribedBy: [definitionId(entry, chapter)],
			dataTermTip: tipId(entry, chapter),
		},
		children: [{ type: 'text', value: text }],
	};
}

/**
 * A term's preview, once per page at the end of the content, however often the term is linked. A popover, so it
 * opens in the top layer, above every table and column edge; without JS it stays hidden and the link goes on to
 * the glossary. Kept out of the search index: the definition belongs to the glossary page's results.
 */
function termTip(entry: GlossaryTerm, chapter: number): Element {
	const id = tipId(entry, chapter);
	return {
		type: 'element',
		tagName: 'div',
		properties: { id, popover: 'auto', className: [TIP_CLASS], dataPagefindIgnore: '' },
		children: [
			{
				type: 'element',
				tagName: 'span',
				properties: { id: definitionId(entry, chapter), role: 'tooltip', className: ['term-preview__definition'] },
				children: [
					{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: entry.term }] },
					{ type: 'text', value: ` ${entry.definition}` },
				],
			},
			{
				type: 'element',
				tagName: 'a',
				properties: { href: glossaryHref(entry.id), className: ['term-preview__more'] },
				children: [{ type: 'text', value: 'Lees meer in de begrippenlijst' }],
			},
			{
				type: 'element',
				tagName: 'button',
				properties: {
					type: 'button',
					className: ['term-preview__close'],
					popoverTarget: id,
					popoverTargetAction: 'hide',
					ariaLabel: 'Sluiten',
				},
				children: [{ type: 'text', value: '×' }],
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
		const tips = new Map<string, Element>();
		const visit = (parent: { children: unknown[] }) => {
			for (let i = 0; i < parent.children.length; i++) {
				const node = parent.children[i] as AnyNode;
				if (node.type === 'text') {
					const replacement = linkFirstMentions(node as Text, matcher, tips, byId, chapter);
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
		tree.children.push(...tips.values());
	};
}

function linkFirstMentions(
	node: Text,
	matcher: ReturnType<typeof createTermMatcher>,
	tips: Map<string, Element>,
	byId: Map<string, GlossaryTerm>,
	chapter: number,
): ElementContent[] | undefined {
	const fresh = [];
	for (const match of matcher.matchAll(node.value)) {
		if (tips.has(match.id)) continue;
		tips.set(match.id, termTip(byId.get(match.id)!, chapter));
		fresh.push(match);
	}
	if (fresh.length === 0) return undefined;
	const out: ElementContent[] = [];
	let at = 0;
	for (const match of fresh) {
		if (match.start > at) out.push({ type: 'text', value: node.value.slice(at, match.start) });
		const entry = byId.get(match.id)!;
		out.push(termLink(entry, match.text, chapter));
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
