/**
 * Dutch compounds for search. Pagefind matches the start of a word (`relatie` finds *relatiemarketing*) but not
 * its end, so `marketing` misses *relatiemarketing*. For each glossary term we derive the heads of its compound
 * words from the glossary's own words (and the site's), for the term's search record (`glossary-records.ts`).
 *
 * No word lists: a word is split where
 * - the rest of the word is a word the glossary uses itself (`salesleiderschap` → `leiderschap`), or
 * - the word starts with a word of another term or alias (`relatiemarketing` → `marketing` once *relatie*
 *   is a term word; `productlevenscyclus` → `levenscyclus`).
 *
 * Erasable TypeScript only (imported by build plugins, Astro components and unit tests).
 */
import { spelledWordsOf } from '../shared/words.ts';

/** Parts shorter than this are too vague to be useful as search keywords. */
const MIN_PART = 4;
/** A head found only because its modifier is a known word must be a real word, not an ending like `-en`. */
const MIN_HEAD_AFTER_KNOWN_MODIFIER = 5;

export interface Vocabulary {
	/** Words that may be the head of a compound: every word of the glossary's terms, aliases and definitions. */
	heads: ReadonlySet<string>;
	/** Words that may be the modifier of a compound: words of terms and aliases only (the glossary's names). */
	modifiers: ReadonlySet<string>;
}

export interface TermText {
	term: string;
	aliases?: readonly string[];
	definition?: string;
}

export function buildVocabulary(terms: readonly TermText[]): Vocabulary {
	const long = (words: string[]) => words.filter((word) => word.length >= MIN_PART);
	const modifiers = new Set(terms.flatMap((t) => long(spelledWordsOf([t.term, ...(t.aliases ?? [])].join(' ')))));
	const heads = new Set([...modifiers, ...terms.flatMap((t) => long(spelledWordsOf(t.definition ?? '')))]);
	return { heads, modifiers };
}

/** Heads of a compound word, longest first; empty when the word does not split. */
export function compoundHeads(word: string, vocabulary: Vocabulary): string[] {
	const lower = word.toLocaleLowerCase('nl');
	const found = new Set<string>();
	let afterLongestModifier: string | undefined;
	for (let cut = MIN_PART - 1; cut <= lower.length - MIN_PART; cut++) {
		const head = lower.slice(cut);
		if (vocabulary.heads.has(head)) found.add(head);
		if (vocabulary.modifiers.has(lower.slice(0, cut)) && head.length >= MIN_HEAD_AFTER_KNOWN_MODIFIER) {
			afterLongestModifier = head;
		}
	}
	// Only the longest known modifier counts: `productieoriëntatie` is productie + oriëntatie, not product + ie….
	if (afterLongestModifier) found.add(afterLongestModifier);
	found.delete(lower);
	return [...found].sort((a, b) => b.length - a.length);
}

/**
 * Extra search keywords for one term: the heads of its compound words (term and aliases), without words the
 * term already contains as whole words.
 */
export function compoundKeywords(term: TermText, vocabulary: Vocabulary): string[] {
	const own = spelledWordsOf([term.term, ...(term.aliases ?? [])].join(' '));
	const keywords = new Set(own.flatMap((word) => compoundHeads(word, vocabulary)));
	for (const word of own) keywords.delete(word);
	return [...keywords];
}
