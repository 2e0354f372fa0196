/**
 * Pagefind's default UI as Starlight builds it, with our search behaviour added. Starlight's Search component
 * constructs `PagefindUI` itself and offers no way to pass `processTerm` or the ranking once its own indexing is
 * off; `index.ts` points Starlight's import of `@pagefind/default-ui` at this module, which adds:
 * - the ranking (`SEARCH_RANKING`) and the highlight parameter for the result page;
 * - `processTerm`: function words out, typos corrected against the site's vocabulary (fetched when the UI is
 *   built, i.e. when the reader goes to search), and a "Bedoelde je …?" line above the results;
 * - `processResult`: term records shown as a definition with its chapter, search words hidden, and each page's
 *   sections ordered by how well their heading matches the query.
 */
// The real module (index.ts leaves imports from this file alone).
import { PagefindUI as DefaultUI } from '@pagefind/default-ui';
import {
	CHAPTER_FILTER,
	HIGHLIGHT_PARAM,
	KIND_META,
	SEARCH_DEBOUNCE_MS,
	SEARCH_RANKING,
	TERM_KIND,
	TERM_META,
	VOCABULARY_FILE,
} from './options.ts';
import { highlight, rankSubResults, searchTerms, type SubResult } from './query.ts';
import { correctQuery, createVocabulary, type Correction, type Vocabulary, type VocabularyData } from './typo.ts';
import { withBase } from '../shared/urls.ts';

interface ResultData {
	url: string;
	content: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, string[]>;
	sub_results: SubResult[];
}

type Options = Record<string, unknown> & {
	bundlePath?: string;
	processResult?: (data: ResultData) => ResultData | void;
};

const NOTICE_CLASS = 'search-did-you-mean';

/** The link with the searched words for the result page's highlighting, as Pagefind adds them to page results. */
function withHighlight(href: string, terms: string): string {
	const url = new URL(href, location.origin);
	for (const word of terms.split(/\s+/).filter(Boolean)) url.searchParams.append(HIGHLIGHT_PARAM, word);
	return url.pathname + url.search + url.hash;
}

/**
 * The "Bedoelde je …?" line, kept at the top of Pagefind's results area: the UI re-creates that area as it searches,
 * so one observer puts the line back whenever it is missing or out of place (and changes nothing otherwise).
 */
function correctionNotice(selector: string) {
	let corrected = '';
	let observer: MutationObserver | undefined;
	const place = () => {
		const root = document.querySelector(selector);
		const current = root?.querySelector<HTMLElement>(`.${NOTICE_CLASS}`);
		const area = root?.querySelector('.pagefind-ui__results-area');
		if (!corrected || !area) {
			current?.remove();
			return;
		}
		if (
			current &&
			current.parentElement === area &&
			area.firstElementChild === current &&
			current.dataset.query === corrected
		)
			return;
		current?.remove();
		const notice = document.createElement('p');
		notice.className = NOTICE_CLASS;
		notice.dataset.query = corrected;
		notice.append('Bedoelde je ', Object.assign(document.createElement('strong'), { textContent: corrected }), '? ');
		notice.append('De resultaten hieronder zijn daarvoor.');
		area.prepend(notice);
	};
	return (query: string, corrections: readonly Correction[]) => {
		corrected = corrections.length > 0 ? query : '';
		const root = document.querySelector(selector);
		if (!observer && root) {
			observer = new MutationObserver(place);
			observer.observe(root, { childList: true, subtree: true });
		}
		place();
	};
}

export class PagefindUI extends DefaultUI {
	constructor(options: Options) {
		const bundlePath = options.bundlePath ?? withBase('pagefind/');
		const element = typeof options.element === 'string' ? options.element : '#starlight__search';
		const starlightProcessResult = options.processResult;
		let vocabulary: Vocabulary | undefined;
		/** The query as typed, for ranking sections and highlighting definitions. */
		let typed = '';
		let searchedWithoutVocabulary = false;
		const showCorrection = correctionNotice(element);

		super({
			...options,
			ranking: SEARCH_RANKING,
			debounceTimeoutMs: SEARCH_DEBOUNCE_MS,
			highlightParam: HIGHLIGHT_PARAM,
			// The chapter filter: only chapters with results for the query.
			showEmptyFilters: false,
			processTerm(term: string): string {
				typed = term;
				const { query, corrections } = vocabulary ? correctQuery(term, vocabulary) : { query: term, corrections: [] };
				searchedWithoutVocabulary = !vocabulary;
				showCorrection(query, corrections);
				return searchTerms(query, vocabulary?.phrases);
			},
			processResult(data: ResultData): ResultData {
				const processed = starlightProcessResult?.(data) ?? data;
				if (processed.meta[KIND_META] === TERM_KIND) {
					const chapter = processed.filters?.[CHAPTER_FILTER]?.[0];
					processed.excerpt = highlight(processed.meta[TERM_META.definition] ?? '', typed);
					const url = withHighlight(processed.meta.url ?? processed.url, searchTerms(typed));
					processed.sub_results = [
						{ title: processed.meta.title ?? '', url, excerpt: processed.excerpt, locations: [] },
					];
					// Shown as a tag under the definition ("Begrip: uitgelegd in H3 …").
					processed.meta = {
						title: processed.meta.title,
						url,
						begrip: chapter ? `uitgelegd in ${chapter}` : 'uitgelegd in de samenvatting',
					};
				} else {
					processed.sub_results = rankSubResults(processed.sub_results, processed.url, typed);
				}
				return processed;
			},
		});

		// Warm up: Pagefind's UI loads pagefind.js and its WebAssembly only on the first search. The module is one
		// instance per URL, so initialising it now (the reader has shown intent to search) makes it ready before
		// typing ends; the UI's own options() call later merges into the initialised instance.
		void import(/* @vite-ignore */ `${bundlePath}pagefind.js`)
			.then((pagefind: { init(): Promise<void> }) => pagefind.init())
			.catch((error) => console.error('Zoeken kon niet vooraf worden geladen', error));

		// Pagefind names its field only by title and placeholder (axe: label-title-only).
		const input = document.querySelector<HTMLInputElement>(`${element} input`);
		if (input && !input.hasAttribute('aria-label')) input.setAttribute('aria-label', input.placeholder || 'Zoeken');

		fetch(`${bundlePath}${VOCABULARY_FILE}`)
			.then((response) => {
				if (!response.ok) throw new Error(`HTTP ${response.status}`);
				return response.json() as Promise<VocabularyData>;
			})
			.then((data) => {
				vocabulary = createVocabulary(data);
				// A search that ran before the words arrived runs again, now with typo tolerance. (A changed term is
				// needed for the UI to search again; the trailing space is dropped by the search.)
				if (searchedWithoutVocabulary && input?.value) this.triggerSearch(`${input.value} `);
			})
			.catch((error) => console.error('Woordenlijst voor zoeken kon niet worden geladen', error));
	}
}
