/**
 * Typo tolerance for the search dialog. Pagefind matches the start of words and nothing fuzzier, so a query word
 * the site does not contain ("acountmanager") finds nothing. Before each search the dialog swaps such a word for the
 * closest word of the site's own vocabulary (built from the pages and the glossary at build time), within one edit
 * for a word of 5–8 letters and two for a longer one, and says so ("Bedoelde je …?"). A word that resembles nothing
 * stays as typed, so such a query still finds nothing.
 *
 * Erasable TypeScript: runs in the browser (search dialog) and in Node (build, unit tests).
 */

import { fold } from '../shared/words.ts';

/** Edits allowed in a query word of this length: none below 5 letters (too many near neighbours), 1 up to 8, then 2. */
export const allowedEdits = (length: number): number => (length >= 9 ? 2 : length >= 5 ? 1 : 0);

/**
 * Edit distance (insert, delete, substitute, swap two neighbours) between `a` and `b`, or `max + 1` as soon as it
 * is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			current.push(value);
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > max) return max + 1;
		before = previous;
		previous = current;
	}
	return Math.min(previous[b.length]!, max + 1);
}

/** What the build writes for the dialog: every word the index holds, as the site spells it (lowercase, accents kept). */
export interface VocabularyData {
	/** Most important first (glossary, then frequent): the order breaks ties between equally close corrections. */
	words: string[];
	/** Glossary names and synonyms of several words, folded (see `searchTerms`). */
	phrases?: string[];
	/** Further words the index holds, never a correction: the term records' squashed names (`consultativeselling`). */
	more?: string[];
}

export interface Vocabulary {
	/** Folded words that may be a correction, in order of preference. */
	readonly ranked: readonly string[];
	/** Every folded word of the index. */
	readonly known: ReadonlySet<string>;
	/** Sorted, for prefix look-ups. */
	readonly sorted: readonly string[];
	readonly phrases: ReadonlySet<string>;
	/** How the site writes a folded word (`productieorientatie` → *productieoriëntatie*). */
	readonly spelling: ReadonlyMap<string, string>;
}

/** Shorter words and numbers are never a correction (see `allowedEdits`). */
const MIN_CORRECTION = 3;

export function createVocabulary(data: VocabularyData): Vocabulary {
	const spelling = new Map<string, string>();
	for (const word of data.words) if (!spelling.has(fold(word))) spelling.set(fold(word), word);
	const folded = [...spelling.keys()];
	const all = [...new Set([...folded, ...(data.more ?? []).map(fold)])];
	return {
		ranked: folded.filter((word) => word.length >= MIN_CORRECTION && !/\d/.test(word)),
		known: new Set(all),
		sorted: all.sort(),
		phrases: new Set(data.phrases ?? []),
		spelling,
	};
}

/** True when the site has a word starting with `word` (Pagefind finds those). */
function hasExtension(word: string, sorted: readonly string[]): boolean {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (sorted[mid]! < word) low = mid + 1;
		else high = mid;
	}
	return sorted[low]?.startsWith(word) ?? false;
}

/** Longest ending taken for an inflection of a known word (`rol` → `rollen`, `kans` → `kansen`). */
const MAX_INFLECTION = 3;

/**
 * True when Pagefind will find the word as typed: the site has it or a longer word starting with it, or it is a
 * known word of at least 4 letters with a short ending (Pagefind stems the query and falls back to the longest
 * indexed word the query starts with).
 */
export function isKnown(word: string, vocabulary: Vocabulary): boolean {
	if (vocabulary.known.has(word) || hasExtension(word, vocabulary.sorted)) return true;
	for (let cut = Math.max(4, word.length - MAX_INFLECTION); cut < word.length; cut++) {
		if (vocabulary.known.has(word.slice(0, cut))) return true;
	}
	return false;
}

/**
 * True when a (corrected) query word is a word of the index: known (see `isKnown`), or sharing all but its last
 * three letters (and at least five) with the start of a site word, which Pagefind's stemming may still match. A
 * made-up word shares at most its first letters with the site ("kaas", "mpriq") and is not: Pagefind would answer it
 * with whatever the longest indexed prefix finds.
 */
export function isInIndex(word: string, vocabulary: Vocabulary): boolean {
	const folded = fold(word);
	if (isKnown(folded, vocabulary)) return true;
	for (let cut = Math.max(5, folded.length - MAX_INFLECTION); cut < folded.length; cut++) {
		if (hasExtension(folded.slice(0, cut), vocabulary.sorted)) return true;
	}
	return false;
}

/** The closest site word for a word Pagefind would not find, or undefined (known word, or nothing close enough). */
export function correctWord(word: string, vocabulary: Vocabulary): string | undefined {
	const folded = fold(word);
	const max = allowedEdits(folded.length);
	if (max === 0 || /\d/.test(folded) || isKnown(folded, vocabulary)) return undefined;
	let best: string | undefined;
	let bestDistance = max + 1;
	for (const candidate of vocabulary.ranked) {
		if (Math.abs(candidate.length - folded.length) >= bestDistance) continue;
		const distance = editDistance(folded, candidate, bestDistance - 1);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
			if (distance === 1) break;
		}
	}
	return best;
}

export interface Correction {
	/** The word as typed. */
	from: string;
	/** The site word searched instead. */
	to: string;
}

/**
 * Neighbouring words that together are one word of the site, joined: a Dutch compound typed apart ("klant waarde"
 * → *klantwaarde*, "sales organisatie structuren" → *salesorganisatiestructuren*), so the search looks for the
 * compound itself rather than for two words that occur all over the site.
 */
export function joinCompounds(query: string, vocabulary: Vocabulary): { query: string; corrections: Correction[] } {
	const words = query.split(/\s+/).filter(Boolean);
	const corrections: Correction[] = [];
	for (let i = 0; i + 1 < words.length;) {
		const [left, right] = [words[i]!, words[i + 1]!];
		const joined = fold(left + right);
		if (/^[\p{L}]{3,}$/u.test(fold(left)) && /^[\p{L}]{3,}$/u.test(fold(right)) && vocabulary.spelling.has(joined)) {
			const spelled = vocabulary.spelling.get(joined) ?? joined;
			corrections.push({ from: `${left} ${right}`, to: spelled });
			words.splice(i, 2, spelled);
		} else i++;
	}
	return { query: words.join(' '), corrections };
}

/**
 * The query as the site writes it: every word Pagefind would not find replaced by its closest site word, then
 * compounds typed apart joined.
 */
export function correctQuery(query: string, vocabulary: Vocabulary): { query: string; corrections: Correction[] } {
	const corrections: Correction[] = [];
	const corrected = query.replace(/[\p{L}\p{N}]+/gu, (word) => {
		const to = correctWord(word, vocabulary);
		if (!to) return word;
		const spelled = vocabulary.spelling.get(to) ?? to;
		corrections.push({ from: word, to: spelled });
		return spelled;
	});
	const joined = joinCompounds(corrected, vocabulary);
	return { query: joined.query, corrections: [...corrections, ...joined.corrections] };
}
