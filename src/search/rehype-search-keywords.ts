/**
 * Search keywords on chapter pages (pages with a `chapter` in their frontmatter), from `src/content/glossary.yaml`:
 * the heading of the section that explains a term gets the term's names, aliases and compound heads as an
 * attribute Pagefind indexes (`data-pagefind-index-attrs`), so a search for the term, its abbreviation or a part
 * of a compound (`leiderschap` → *salesleiderschap*) lands on that section.
 */
import type { Element, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { addHeadingIds, chapterOf } from '../shared/markdown.ts';
import { loadGlossary, type GlossaryTerm } from '../glossary/data.ts';
import { withoutBrackets } from '../glossary/term-matching.ts';
import { buildVocabulary, searchKeywords, wordsOf } from './compounds.ts';

export interface SearchKeywordOptions {
	/** Terms to use; defaults to reading `src/content/glossary.yaml`. */
	terms?: () => readonly GlossaryTerm[];
}

const HEADING = /^h[1-6]$/;

type AnyNode = Root | RootContent | { type: string; children?: unknown[]; properties?: Record<string, unknown> };

/** Lowercase words with accents folded, as Pagefind compares them by default (`exactDiacritics: false`). */
const foldedWords = (text: string) => wordsOf(text.normalize('NFD').replace(/\p{M}/gu, ''));

export default function rehypeSearchKeywords(options: SearchKeywordOptions = {}) {
	const readTerms = options.terms ?? (() => loadGlossary());
	return function transform(tree: Root, file: VFile) {
		const chapter = chapterOf(file);
		if (chapter === undefined) return;
		addHeadingIds(tree, file);
		addSectionKeywords(tree, readTerms(), chapter);
	};
}

/**
 * Puts on the heading of each term's section the search words that the section's own text lacks: aliases
 * written differently (`5 fasen`) and compound heads (`marketing` for *relatiemarketing*). Words already in the
 * text are left out, so result excerpts stay readable. (The glossary's term previews check that the section exists.)
 */
function addSectionKeywords(tree: Root, terms: readonly GlossaryTerm[], chapter: number) {
	// Text per section, the way Pagefind splits a page: from one heading with an id to the next, without what
	// Pagefind ignores (the term previews' definitions).
	const sections = new Map<string, { heading: Element; words: Set<string> }>();
	let current: { heading: Element; words: Set<string> } | undefined;
	const walk = (node: AnyNode) => {
		if (node.type === 'element' && (node as Element).properties.dataPagefindIgnore !== undefined) return;
		if (node.type === 'element' && HEADING.test((node as Element).tagName)) {
			const id = (node as Element).properties?.id;
			if (typeof id === 'string') sections.set(id, (current = { heading: node as Element, words: new Set() }));
		}
		if (node.type === 'text' && current) for (const word of foldedWords((node as Text).value)) current.words.add(word);
		if ('children' in node && Array.isArray(node.children)) for (const child of node.children) walk(child as AnyNode);
	};
	walk(tree);

	const vocabulary = buildVocabulary(terms);
	const keywordsByHeading = new Map<Element, Set<string>>();
	for (const term of terms.filter((t) => t.chapter === chapter)) {
		const section = sections.get(term.anchor);
		if (!section) continue;
		const keywords = keywordsByHeading.get(section.heading) ?? new Set<string>();
		// The term's name always: Pagefind's result list shows the sections with the most hits, and the section
		// that explains a term must outnumber the summary table and quiz that only mention it.
		keywords.add(withoutBrackets(term.term));
		for (const keyword of searchKeywords(term, vocabulary)) {
			if (!foldedWords(keyword).every((word) => section.words.has(word))) keywords.add(keyword);
		}
		keywordsByHeading.set(section.heading, keywords);
	}
	for (const [heading, keywords] of keywordsByHeading) {
		if (keywords.size === 0) continue;
		heading.properties.dataSearchKeywords = [...keywords].join(' ');
		heading.properties.dataPagefindIndexAttrs = 'data-search-keywords';
	}
}
