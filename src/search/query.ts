/**
 * How the search dialog shapes a query and its results, on top of Pagefind:
 * - Pagefind returns only pages that contain every query word, and its result list shows the sections with the
 *   most hits. Question words and other function words ("wat is een …", "waarde van de klant") would rule out the
 *   glossary's short term records and pull in long sections that merely use "van" and "de" a lot, so they are
 *   left out of the search (unless the query has nothing else).
 * - Of a page's sections, the ones whose heading the query names come first, then the ones with the most hits.
 *
 * Erasable TypeScript; imported by the search dialog script and by unit tests.
 */
import { fold, wordsOf } from '../shared/words.ts';

/** Dutch function and question words: on nearly every page, so they only add noise to a search. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	[
		'de',
		'het',
		'een',
		'en',
		'of',
		'van',
		'voor',
		'in',
		'op',
		'aan',
		'als',
		'met',
		'bij',
		'uit',
		'tot',
		'om',
		'te',
		'naar',
		'over',
		'door',
		'dat',
		'die',
		'dit',
		'deze',
		'er',
		'is',
		'zijn',
		'wordt',
		'worden',
		'was',
		'heeft',
		'hebben',
		'je',
		'jij',
		'we',
		'wij',
		'ze',
		'zij',
		'hij',
		'wat',
		'wie',
		'waar',
		'wanneer',
		'waarom',
		'hoe',
		'welk',
		'welke',
		'waarin',
		'waarbij',
		'betekent',
		'betekenis',
		'bedoeld',
		'bedoelt',
		'noem',
		'leg',
		'uitleg',
		'ook',
		'niet',
		'geen',
		'nog',
		'wel',
		'kun',
		'kan',
		'kunnen',
		'moet',
		'mag',
		'tussen',
		'verschil',
		'zo',
		'dan',
		'maar',
		'doet',
		'doen',
		'gaat',
		'werkt',
		'heet',
		'noemt',
		'noemen',
		'geef',
		'beschrijf',
		'verklaar',
		'hoort',
		'horen',
		// Question verb: "hoe deel je … in".
		'deel',
		'deelt',
	].map(fold),
);

/**
 * The words Pagefind should search for: the query without function words, unless that leaves nothing or the query
 * is one of `phrases` (a glossary name such as "waarde voor de klant", whose "voor" tells it from "waarde van de
 * klant"; folded words joined by spaces).
 */
export function searchTerms(query: string, phrases: ReadonlySet<string> = new Set()): string {
	// A plural with an apostrophe is its word: "salesregio's" finds what "salesregio" finds (and the term first).
	const words = query
		.replace(/(\p{L})['’]s(?![\p{L}\p{N}])/gu, '$1')
		.split(/\s+/)
		.filter(Boolean);
	if (phrases.has(wordsOf(query).join(' '))) return words.join(' ');
	const meaningful = words.filter((word) => !wordsOf(word).every((w) => STOP_WORDS.has(w)));
	return (meaningful.length > 0 ? meaningful : words).join(' ');
}

/** What Pagefind's result data gives for one section of a page (the fields used here). */
export interface SubResult {
	title: string;
	url: string;
	excerpt: string;
	locations: number[];
}

/** True when `words` occur one after another in `within` (both folded words). */
function containsRun(within: readonly string[], words: readonly string[]): boolean {
	if (words.length === 0) return false;
	for (let start = 0; start + words.length <= within.length; start++) {
		if (words.every((word, i) => within[start + i] === word)) return true;
	}
	return false;
}

/**
 * How well a section heading matches the query: the whole query as written (with its function words) beats all
 * its meaningful words, which beats some; a word counts when a heading word contains it (`organisatie` in
 * *matrixorganisatie*).
 */
export function headingScore(title: string, query: string): number {
	const heading = wordsOf(title);
	if (containsRun(heading, wordsOf(query))) return 3;
	const words = wordsOf(searchTerms(query));
	const named = words.filter((word) => heading.some((h) => h.includes(word))).length;
	if (words.length > 0 && named === words.length) return 2;
	return named > 0 ? 1 : 0;
}

/**
 * The sections to show under a page result, best first, at most `limit`: those whose heading the query names,
 * then by number of hits. The page's own top part (the sub-result with the page's URL) keeps its place in front.
 */
export function rankSubResults<T extends SubResult>(
	subResults: readonly T[],
	pageUrl: string,
	query: string,
	limit = 3,
): T[] {
	// Pagefind's sub-result for the page's top: its own URL, or Starlight's `#_top` heading.
	const root = [pageUrl, `${pageUrl}#_top`].includes(subResults[0]?.url ?? '') ? subResults[0] : undefined;
	const sections = root ? subResults.slice(1) : [...subResults];
	const scored = sections.map((sub, index) => ({ sub, index, heading: headingScore(sub.title, query) }));
	scored.sort((a, b) => b.heading - a.heading || b.sub.locations.length - a.sub.locations.length || a.index - b.index);
	const best = scored.slice(0, limit).map((s) => s.sub);
	return root ? [root, ...best] : best;
}

/** What `spreadSections` needs of a shown result: its link and the links of its sections. */
export interface SectionLinks {
	url: string;
	/** Present (possibly empty) for a page; absent for a term card, which is its section. */
	sections: SubResult[];
	explained?: string;
}

/** A link's page and section, without the searched words (`/h3/?zoekterm=x#rayon` → `/h3/#rayon`). */
const sectionOf = (url: string) => url.replace(/\?[^#]*/, '');

/**
 * At most one result per section among the first `top` results, when other results have other sections: a term card
 * whose section an earlier result already links moves below them, and a page drops the sections already linked
 * above it. Pages keep their place (each has its own sections), and everything after the first `top` is as given.
 * With `complete` false, `results` are the first of more to come, and only the leading entries that the rest cannot
 * change are returned (so a list drawn while results arrive never reorders).
 */
export function spreadSections<T extends SectionLinks>(
	results: readonly T[],
	top = 3,
	perPage = 3,
	complete = true,
): T[] {
	const seen = new Set<string>();
	const rest = [...results];
	const first: T[] = [];
	while (first.length < top && rest.length > 0) {
		const fresh = rest.findIndex((r) => !r.explained || !seen.has(sectionOf(r.url)));
		// A result still to come may be the one that goes here.
		if (fresh < 0 && !complete) return first;
		const [result] = rest.splice(Math.max(0, fresh), 1) as [T];
		if (result.explained) {
			seen.add(sectionOf(result.url));
			first.push(result);
			continue;
		}
		const sections = result.sections.filter((s) => !seen.has(sectionOf(s.url))).slice(0, perPage);
		for (const s of sections) seen.add(sectionOf(s.url));
		first.push({ ...result, sections });
	}
	return [...first, ...rest.map((r) => (r.explained ? r : { ...r, sections: r.sections.slice(0, perPage) }))];
}

/** HTML-escaped text with each word that starts with a query word in `<mark>`, as Pagefind marks its excerpts. */
export function highlight(text: string, query: string): string {
	const words = wordsOf(searchTerms(query));
	const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	return text
		.split(/([\p{L}\p{N}]+)/u)
		.map((part, i) => {
			if (i % 2 === 0) return escape(part);
			const folded = fold(part);
			return words.some((word) => folded.startsWith(word)) ? `<mark>${escape(part)}</mark>` : escape(part);
		})
		.join('');
}
