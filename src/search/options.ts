/**
 * The names and numbers the search's build step (`index-step.ts`, `glossary-records.ts`) and its dialog
 * (`pagefind-ui.ts`, `Search.astro`) must agree on. No imports: the page's own script reads it too.
 */

/** Query parameter carrying the searched words to the result page (Pagefind appends one per word). */
export const HIGHLIGHT_PARAM = 'zoekterm';
/** The dialog's vocabulary for typo tolerance, in Pagefind's bundle folder. */
export const VOCABULARY_FILE = 'vocabulary.json';
/**
 * Meta fields of a term record (all searchable; the dialog shows none of them as such): its name, its synonyms
 * (aliases and a bracketed abbreviation), the parts of its compound words, and its definition (what the dialog
 * shows as the excerpt).
 */
export const TERM_META = {
	name: 'naam',
	synonyms: 'synoniemen',
	parts: 'woorddelen',
	definition: 'definitie',
} as const;
/** Meta field marking a term record, and its value. */
export const KIND_META = 'soort';
export const TERM_KIND = 'Begrip';
/**
 * Keys that come within this many ms of each other are one burst: its last key is searched this long after it, when
 * no further key came (Pagefind's default waits 300 ms after every key). A key after a longer pause, such as the
 * first one, is searched at once, so the first result can come within 150 ms of it (4× CPU slowdown, `npm run bench`).
 */
export const SEARCH_DEBOUNCE_MS = 80;
/** Filter key of the chapter filter (the dialog shows it capitalised: "Hoofdstuk"). */
export const CHAPTER_FILTER = 'hoofdstuk';

/**
 * Pagefind's ranking: Starlight's defaults, plus weights for the term records' meta fields. Measured with the query
 * table (`tests/e2e/search-queries.ts`).
 */
export const SEARCH_RANKING = {
	// Starlight's: long chapter pages are not punished for their length against the short term records.
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 2,
	// Starlight's: a word that is exactly the query beats longer words starting with it (`sales` over
	// `salesleiderschap`), so the term the query names outranks the terms that merely contain it.
	termSimilarity: 9,
	diacriticSimilarity: 0.8,
	// A match in a term record's name, synonym or compound part outweighs any body text, so the term answers first;
	// a synonym more than a name it merely occurs in ("verkoop" is Sales before "Intern verkopen"), a compound part
	// less. Definition words and the record's section link (`url`) find a term, but never lift it.
	metaWeights: {
		title: 5,
		url: 0,
		[TERM_META.name]: 20,
		[TERM_META.synonyms]: 30,
		[TERM_META.parts]: 15,
		[TERM_META.definition]: 0,
	},
};

/** Id of the dialog's results area, which the search field controls (`aria-controls`). */
export const RESULTS_ID = 'search-results';
/** Results shown at first and per "Meer resultaten laden". */
export const RESULTS_PER_PAGE = 5;
