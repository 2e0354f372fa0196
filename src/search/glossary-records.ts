/**
 * One Pagefind record per glossary term, so a search that names a term (its name, an alias, a part of a compound)
 * answers with the term's definition and a link to the section that explains it, above the page results, without
 * any hidden text in the pages:
 * - `meta.url`, where the result links: the explaining section (`/h3-organisatie-van-sales/#matrixorganisatie`);
 *   the record's own `url` is the term's glossary entry, as Pagefind keeps one record per URL;
 * - `content`: the name squashed into one word (`recordBody`); `meta` (see `TERM_META`): its name, synonyms, compound parts and definition, each
 *   searchable with its own weight (`SEARCH_RANKING`); the dialog shows the definition as the excerpt, as the
 *   Begrippenlijst writes it, and none of the search words;
 * - `meta.soort`: `Begrip`, how the dialog tells a term record from a page;
 * - `filters.hoofdstuk`: the chapter, like the chapter pages, for the dialog's chapter filter.
 *
 * Erasable TypeScript (imported by the post-build index step and unit tests).
 */
import type { CustomRecord } from 'pagefind';
import { bracketed, withoutBrackets } from '../glossary/index.ts';
import { fold, wordsOf } from '../shared/words.ts';
import { buildVocabulary, compoundKeywords } from './compounds.ts';
import { CHAPTER_FILTER, KIND_META, TERM_KIND, TERM_META } from './options.ts';

/** The fields of a glossary term used here (see `src/glossary/data.ts`). */
export interface RecordTerm {
	id: string;
	term: string;
	definition: string;
	chapter: number;
	anchor: string;
	aliases?: readonly string[];
}

export interface RecordContext {
	/** Chapter filter value by chapter number, e.g. `H3 Organisatie van sales`. */
	chapterLabel(chapter: number): string;
	/** URL of the section that explains the term (where the result links to). */
	sectionUrl(term: RecordTerm): string;
	/** URL of the term's glossary entry: the record's own URL, unique per term (Pagefind keeps one record per URL). */
	glossaryUrl(term: RecordTerm): string;
}

const folded = (text: string) => wordsOf(text).join(' ');

/** A form reduced to its letters: `Product-oriëntatie`, `productorientatie` and `product oriëntatie` are one. */
const squashed = (text: string) => folded(text).replace(/[\s']/g, '');

/** The term's name without a bracketed part, squashed. */
const squashedName = (term: RecordTerm) => squashed(withoutBrackets(term.term));

/**
 * Other spellings of the name among the aliases: without accents or dashes, a plural (`prospects`), the name inside
 * a longer phrase.
 */
export function recordSpellings(term: RecordTerm): string[] {
	const name = squashedName(term);
	return (term.aliases ?? []).filter((form) => squashed(form).includes(name) || name.includes(squashed(form)));
}

/**
 * The record's body text: its name and spellings, each squashed into one word (`salesqualifiedlead`). Pagefind's
 * length bonus applies to body words only, so of all terms whose words start with the query the one it names
 * exactly ranks first: `sales` is the whole body word of *Sales* but only the start of *Sales qualified lead*'s.
 * Never shown: the dialog shows the definition instead.
 */
export function recordBody(term: RecordTerm): string {
	// Apostrophes stay as an alternative: Pagefind splits a query such as "salesregio's" where the text does.
	const keepApostrophe = (form: string) =>
		fold(form)
			.replace(/’/g, "'")
			.replace(/[\s\-\u2010\u2011()]+/g, '');
	const forms = [withoutBrackets(term.term), ...recordSpellings(term)];
	return [...new Set([squashedName(term), ...forms.flatMap((form) => [squashed(form), keepApostrophe(form)])])].join(
		' ',
	);
}

/**
 * A term's synonyms for search: aliases that are other words (`verkoop` for *Sales*, `rayon`), and a bracketed
 * abbreviation (`AM` of *Accountmanager (AM)*).
 */
export function recordSynonyms(term: RecordTerm): string[] {
	const spellings = new Set(recordSpellings(term));
	// A lone letter such as the `P` of `Prijs (P)` would match every word starting with p.
	return [...new Set([...(term.aliases ?? []).filter((form) => !spellings.has(form)), ...bracketed(term.term)])].filter(
		(form) => folded(form).length > 1,
	);
}

/**
 * The words of the synonyms that the name does not have: a query word the name has already boosts the record once
 * (`sales` in *Rollen van sales* must not count again through its synonym "rol van sales").
 */
export function synonymWords(term: RecordTerm): string[] {
	const name = new Set(folded(term.term).split(' '));
	return [...new Set(recordSynonyms(term).flatMap((form) => folded(form).split(' ')))].filter(
		(word) => !name.has(word),
	);
}

/**
 * The heads of a term's compound words, so the term is found by a part ("leiderschap" → *Salesleiderschap*) and
 * with the compound typed apart ("matrix organisatie": Pagefind finds `matrix` at the start of the name itself).
 * `siteWords` are the words of the built pages, which tell where a compound splits (`markt` + `penetratie`).
 */
export function recordParts(term: RecordTerm, all: readonly RecordTerm[], siteWords: readonly string[] = []): string[] {
	return compoundKeywords(term, buildVocabulary([...all, { term: siteWords.join(' ') }]));
}

export function glossaryRecords(
	terms: readonly RecordTerm[],
	context: RecordContext,
	siteWords: readonly string[] = [],
): CustomRecord[] {
	return terms.map((term) => ({
		url: context.glossaryUrl(term),
		content: recordBody(term),
		language: 'nl',
		meta: {
			title: term.term,
			// Pagefind's result link: the explaining section, which several terms may share.
			url: context.sectionUrl(term),
			[KIND_META]: TERM_KIND,
			[TERM_META.name]: term.term,
			[TERM_META.synonyms]: synonymWords(term).join(' '),
			[TERM_META.parts]: recordParts(term, terms, siteWords).join(', '),
			[TERM_META.definition]: term.definition,
		},
		filters: { [CHAPTER_FILTER]: [context.chapterLabel(term.chapter)] },
	}));
}
