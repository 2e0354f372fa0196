/**
 * The search dialog's results, on Pagefind's browser API (`pagefind.js` of the built index). Loaded by the Search
 * component on the reader's first sign of searching, together with the index and the vocabulary, so the first query
 * only has to fetch its own index chunks (and those start while the reader types: `preload`).
 *
 * For each query: function words out, typos corrected against the vocabulary ("Bedoelde je …?"), and a word the
 * index does not have gives "Geen resultaten" instead of Pagefind's nearest prefix. Term records answer as a card
 * (definition and chapter); pages show their best sections, at most one result per section among the first three.
 * ↑/↓ move through the result links (`aria-activedescendant` on the field, which keeps the focus), Enter opens one.
 * The markup keeps Pagefind's default UI class names, so its tests and tools read it alike.
 */
import { BASE, GLOSSARY_PATH, withBase } from '../shared/urls.ts';
import {
	CHAPTER_FILTER,
	HIGHLIGHT_PARAM,
	KIND_META,
	RESULTS_PER_PAGE,
	SEARCH_DEBOUNCE_MS,
	SEARCH_RANKING,
	TERM_KIND,
	TERM_META,
	VOCABULARY_FILE,
} from './options.ts';
import { highlight, rankSubResults, searchTerms, spreadSections, STOP_WORDS, type SubResult } from './query.ts';
import { wordsOf } from '../shared/words.ts';
import { correctQuery, createVocabulary, isInIndex, type Vocabulary, type VocabularyData } from './typo.ts';

interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, string[]>;
	sub_results: SubResult[];
}

interface PagefindSearch {
	results: Array<{ data(): Promise<ResultData> }>;
	filters?: Record<string, Record<string, number>>;
	totalFilters?: Record<string, Record<string, number>>;
}

interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string, options?: Record<string, unknown>): Promise<void>;
	search(term: string, options?: Record<string, unknown>): Promise<PagefindSearch | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

/** One entry of the list: a term card or a page with its sections. */
export interface ShownResult {
	title: string;
	url: string;
	excerpt: string;
	/** Term cards: where the term is explained ("uitgelegd in H3 …"). */
	explained?: string;
	sections: SubResult[];
}

const BUNDLE = withBase('pagefind/');

async function loadPagefind(): Promise<Pagefind> {
	const pagefind = (await import(/* @vite-ignore */ `${BUNDLE}pagefind.js`)) as Pagefind;
	await pagefind.options({ ranking: SEARCH_RANKING, baseUrl: BASE });
	await pagefind.init();
	// Loads the filter index: without it, searches return no filter counts (the chapter filter).
	await pagefind.filters();
	return pagefind;
}

async function loadVocabulary(): Promise<Vocabulary> {
	const response = await fetch(`${BUNDLE}${VOCABULARY_FILE}`);
	if (!response.ok) throw new Error(`${VOCABULARY_FILE}: HTTP ${response.status}`);
	return createVocabulary((await response.json()) as VocabularyData);
}

/** A link with the searched words, which the page it leads to marks (`highlight.ts`). */
function withWords(href: string, words: readonly string[]): string {
	const url = new URL(href, location.origin);
	for (const word of words) url.searchParams.append(HIGHLIGHT_PARAM, word);
	return url.pathname + url.search + url.hash;
}

/** A Pagefind result as the list shows it. */
function shownResult(data: ResultData, query: string, words: readonly string[]): ShownResult {
	if (data.meta[KIND_META] === TERM_KIND) {
		const chapter = data.filters?.[CHAPTER_FILTER]?.[0];
		return {
			title: data.meta.title ?? '',
			// A record's own link is kept from the site's root, like every URL in the index.
			url: withWords(data.meta.url ? withBase(data.meta.url) : data.url, words),
			excerpt: highlight(data.meta[TERM_META.definition] ?? '', query),
			explained: chapter ? `uitgelegd in ${chapter}` : 'uitgelegd in de samenvatting',
			sections: [],
		};
	}
	const sections = rankSubResults(data.sub_results, data.url, query, Infinity).map((sub) => ({
		...sub,
		url: withWords(sub.url, words),
	}));
	const root = [data.url, `${data.url}#_top`].includes(data.sub_results[0]?.url ?? '') ? sections.shift() : undefined;
	return {
		title: data.meta.title ?? data.url,
		url: withWords(data.url, words),
		excerpt: root?.excerpt ?? (sections.length === 0 ? data.excerpt : ''),
		sections,
	};
}

const element = <K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string,
	...children: Array<Node | string>
): HTMLElementTagNameMap[K] => {
	const el = document.createElement(tag);
	if (className) el.className = className;
	el.append(...children);
	return el;
};

/** Pagefind's and our excerpts: text escaped by Pagefind or `highlight`, with `<mark>` around the matched words. */
const excerpt = (html: string) => {
	const p = element('p', 'pagefind-ui__result-excerpt');
	p.innerHTML = html;
	return p;
};

function renderResult(result: ShownResult): HTMLLIElement {
	const link = (href: string, text: string) => {
		const a = element('a', 'pagefind-ui__result-link', text);
		a.href = href;
		return a;
	};
	const inner = element(
		'div',
		'pagefind-ui__result-inner',
		element('p', 'pagefind-ui__result-title', link(result.url, result.title)),
	);
	if (result.excerpt) inner.append(excerpt(result.excerpt));
	if (result.explained) {
		const tag = element('li', 'pagefind-ui__result-tag', `Begrip: ${result.explained}`);
		tag.dataset.pagefindUiMeta = 'begrip';
		inner.append(element('ul', 'pagefind-ui__result-tags', tag));
	}
	for (const section of result.sections) {
		inner.append(
			element(
				'div',
				'pagefind-ui__result-nested',
				element('p', 'pagefind-ui__result-title', link(section.url, section.title)),
				excerpt(section.excerpt),
			),
		);
	}
	return element('li', 'pagefind-ui__result', inner);
}

function noResults(): HTMLElement {
	const glossary = element('a', '', 'begrippenlijst');
	glossary.href = GLOSSARY_PATH;
	return element(
		'ul',
		'search-tips',
		element('li', '', 'Controleer de spelling.'),
		element(
			'li',
			'',
			'Probeer minder woorden, of een korter woord: het begin van een woord vindt ook de langere woorden.',
		),
		element('li', '', 'Zoek je een begrip? Alle begrippen staan in de ', glossary, '.'),
	);
}

const countLine = (count: number, query: string) =>
	count === 0 ? `Geen resultaten voor ${query}` : `${count} ${count === 1 ? 'resultaat' : 'resultaten'} voor ${query}`;

/** Builds the results UI under `area` for the search field `input`; resolves once the index is ready. */
export async function mountSearch(input: HTMLInputElement, area: HTMLElement): Promise<void> {
	const ready = Promise.all([loadPagefind(), loadVocabulary()]);
	const chosen = new Set<string>();
	let run = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let active = -1;

	const options = () => area.querySelectorAll<HTMLAnchorElement>('a.pagefind-ui__result-link');
	const select = (index: number) => {
		const links = options();
		links[active]?.classList.remove('search-active');
		active = Math.max(-1, Math.min(index, links.length - 1));
		const link = links[active];
		if (!link) {
			input.removeAttribute('aria-activedescendant');
			return;
		}
		link.id ||= `search-option-${active}`;
		link.classList.add('search-active');
		input.setAttribute('aria-activedescendant', link.id);
		link.closest('.pagefind-ui__result-title, .pagefind-ui__result-nested')?.scrollIntoView({ block: 'nearest' });
	};

	async function search(typed: string) {
		const current = ++run;
		const [pagefind, vocabulary] = await ready;
		if (current !== run) return;
		const trimmed = typed.trim();
		if (!trimmed) {
			area.replaceChildren();
			input.setAttribute('aria-expanded', 'false');
			select(-1);
			return;
		}
		const { query, corrections } = correctQuery(trimmed, vocabulary);
		// Words the index does not have are not searched for (Pagefind would match their longest indexed prefix);
		// when no word is left, nothing is found.
		const inIndex = (word: string) => wordsOf(word).every((w) => STOP_WORDS.has(w) || isInIndex(w, vocabulary));
		const missing = query.split(/\s+/).filter((word) => !inIndex(word));
		const searched = query.split(/\s+/).filter(inIndex).join(' ');
		const terms = searchTerms(searched, vocabulary.phrases);
		const words = terms.split(/\s+/).filter(Boolean);
		const filters = chosen.size > 0 ? { [CHAPTER_FILTER]: { any: [...chosen] } } : {};
		const found = wordsOf(terms).length > 0 ? await pagefind.search(terms, { filters }) : null;
		if (current !== run) return;
		const results = found?.results ?? [];
		// Each of the first page's results is drawn as soon as its data and those of the results above it are in, in
		// rank order; the earlier query's list stays until the first one is, so the list never empties while typing.
		const page = results.slice(0, RESULTS_PER_PAGE);
		const loaded: Array<ShownResult | undefined> = page.map(() => undefined);
		const arrivals = page.map((r, i) =>
			r.data().then((data) => {
				loaded[i] = shownResult(data, searched, words);
			}),
		);
		if (arrivals.length > 0) await arrivals[0];
		if (current !== run) return;

		const corrected = corrections.length > 0 && results.length > 0;
		const partial = missing.length > 0 && results.length > 0;
		const message = element(
			'p',
			'pagefind-ui__message',
			countLine(results.length, partial ? searched : corrected ? query : trimmed),
		);
		message.dataset.query = trimmed;
		const parts: HTMLElement[] = [];
		if (corrected) {
			const notice = element('p', 'search-did-you-mean', 'Bedoelde je ', element('strong', '', query), '? ');
			notice.append('De resultaten hieronder zijn daarvoor.');
			parts.push(notice);
		}
		if (partial) {
			const notice = element(
				'p',
				'search-missing',
				'Niet in de samenvatting: ',
				element('strong', '', missing.join(' ')),
				'. ',
			);
			notice.append('De resultaten hieronder zijn voor de andere woorden.');
			parts.push(notice);
		}
		const chapters = Object.entries(found?.totalFilters?.[CHAPTER_FILTER] ?? found?.filters?.[CHAPTER_FILTER] ?? {})
			.filter(([value, count]) => count > 0 || chosen.has(value))
			.sort(([a], [b]) => a.localeCompare(b, 'nl'));
		if (results.length > 0 || chosen.size > 0) {
			if (chapters.length > 0) parts.push(chapterFilter(chapters));
		}
		parts.push(message);
		if (results.length === 0) parts.push(noResults());
		// One reserved slot per result of the first page, filled in place: nothing below a result moves when it arrives.
		const slots = page.map(() => {
			const slot = element('li', 'search-slot');
			slot.setAttribute('aria-hidden', 'true');
			return slot;
		});
		const list = element('ol', 'pagefind-ui__results', ...slots);
		parts.push(list);
		let drawn = 0;
		const draw = () => {
			const ready = loaded.findIndex((r) => !r);
			const prefix = (ready < 0 ? loaded : loaded.slice(0, ready)) as ShownResult[];
			const shown = spreadSections(prefix, 3, 3, prefix.length === page.length);
			for (; drawn < shown.length; drawn++) slots[drawn]!.replaceWith(renderResult(shown[drawn]!));
			if (drawn > 0) input.setAttribute('aria-expanded', 'true');
		};
		let next = RESULTS_PER_PAGE;
		if (results.length > next) {
			const more = element('button', 'pagefind-ui__button', 'Meer resultaten laden');
			more.type = 'button';
			more.addEventListener('click', async () => {
				const page = results.slice(next, (next += RESULTS_PER_PAGE));
				const data = await Promise.all(page.map(async (r) => shownResult(await r.data(), searched, words)));
				list.append(...data.map(renderResult));
				if (next >= results.length) more.remove();
			});
			parts.push(more);
		}
		area.replaceChildren(...parts);
		input.setAttribute('aria-expanded', 'false');
		active = -1;
		select(-1);
		draw();
		for (const arrival of arrivals.slice(1)) {
			await arrival;
			if (current !== run) return;
			draw();
		}
	}

	function chapterFilter(chapters: Array<[string, number]>): HTMLElement {
		const block = element('fieldset', 'pagefind-ui__filter-block', element('legend', '', 'Hoofdstuk'));
		for (const [value, count] of chapters) {
			const box = element('input', 'pagefind-ui__filter-checkbox');
			box.type = 'checkbox';
			box.checked = chosen.has(value);
			box.addEventListener('change', () => {
				if (box.checked) chosen.add(value);
				else chosen.delete(value);
				void search(input.value);
			});
			block.append(element('label', 'pagefind-ui__filter-label', box, `${value} (${count})`));
		}
		return block;
	}

	let lastInput = -Infinity;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		const now = performance.now();
		const typing = now - lastInput < SEARCH_DEBOUNCE_MS;
		lastInput = now;
		// A key after a pause is searched at once; keys that follow each other quickly wait for the last of them
		// (the earlier query's list stays meanwhile), and their index chunks load during the wait.
		if (!typing) {
			void search(input.value);
			return;
		}
		void ready.then(([pagefind, vocabulary]) => {
			const terms = searchTerms(correctQuery(input.value, vocabulary).query, vocabulary.phrases);
			if (terms) void pagefind.preload(terms);
		});
		timer = setTimeout(() => void search(input.value), SEARCH_DEBOUNCE_MS);
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			select(active + (event.key === 'ArrowDown' ? 1 : -1));
		} else if (event.key === 'Enter' && active >= 0) {
			event.preventDefault();
			options()[active]?.click();
		}
	});

	await ready;
	// What the reader typed while the index loaded.
	if (input.value) await search(input.value);
}
