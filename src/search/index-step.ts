/**
 * The search index, written after the build (Starlight's own Pagefind run is switched off in `index.ts`):
 * - every built page with a `data-pagefind-body`, as built; chapter pages get the chapter filter on that element
 *   in the copy Pagefind reads (the page on disk is unchanged);
 * - one record per glossary term (`glossary-records.ts`), pointing at the section that explains it;
 * - `pagefind/vocabulary.json`: the words Pagefind can find, for the dialog's typo tolerance (`typo.ts`), most
 *   important first: glossary words, then by how often the pages use them.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import * as pagefind from 'pagefind';
import { GLOSSARY_FILE, loadGlossary, withoutBrackets, type GlossaryTerm } from '../glossary/index.ts';
import { readChapterPages, type ChapterPage } from '../shared/chapter-pages.ts';
import { fileToUrlPath, htmlFiles } from '../shared/dist.ts';
import { GLOSSARY_PATH, glossaryHref, sectionHref, withBase, withoutBase } from '../shared/urls.ts';
import { glossaryRecords } from './glossary-records.ts';
import { CHAPTER_FILTER, TERM_META, VOCABULARY_FILE } from './options.ts';
import { fold, spelledWordsOf, wordsOf } from '../shared/words.ts';
import { isElement } from '../shared/hast.ts';
import type { VocabularyData } from './typo.ts';

/** The chapter filter value: the chapter's sidebar label, e.g. `H3 Organisatie van sales`. */
export const chapterLabel = (page: ChapterPage): string => page.label;

type Logger = { info(message: string): void };

/** A site URL as Pagefind keeps it: from the site's root (its base URL goes before each result). */
const inIndex = (url: string): string => withoutBase(url) ?? url;

function findElement(node: Root | Element, test: (el: Element) => boolean): Element | undefined {
	for (const child of node.children) {
		if (!isElement(child)) continue;
		if (test(child)) return child;
		const found = findElement(child, test);
		if (found) return found;
	}
	return undefined;
}

const ignored = (node: RootContent) => isElement(node) && node.properties.dataPagefindIgnore !== undefined;

const CELL_SEPARATOR = ' · ';

/**
 * A table as a reader sees it, in the copy Pagefind reads: each row one paragraph, its cells separated by " · "
 * (Pagefind would run the cells of a row together as one sentence, or end each with a full stop).
 */
function tableAsRows(table: Element): void {
	const rows: Element[] = [];
	const collect = (el: Element) => {
		for (const child of el.children) {
			if (!isElement(child)) continue;
			if (child.tagName === 'tr') rows.push(child);
			else collect(child);
		}
	};
	collect(table);
	table.tagName = 'div';
	table.children = rows.map((row) => ({
		type: 'element',
		tagName: 'p',
		properties: {},
		children: row.children
			.filter((node) => isElement(node))
			.flatMap((cell, i) => [...(i > 0 ? [{ type: 'text' as const, value: CELL_SEPARATOR }] : []), ...cell.children]),
	}));
}

/**
 * Puts a space between neighbouring elements that have none (`<span>Begrippenlijst</span><span>Alle …`), in the copy
 * Pagefind reads: the reader sees two words on two lines, and Pagefind would index one ("BegrippenlijstAlle").
 */
function separateElements(el: Element): void {
	const children: typeof el.children = [];
	for (const child of el.children) {
		if (isElement(child) && child.tagName === 'table') tableAsRows(child);
		const previous = children.at(-1);
		if (previous && isElement(previous) && isElement(child) && !ignored(previous) && !ignored(child)) {
			children.push({ type: 'text', value: ' ' });
		}
		children.push(child);
		if (isElement(child)) separateElements(child);
	}
	el.children = children;
}

/** Text Pagefind indexes under `el`: everything but `data-pagefind-ignore`, scripts and styles. */
function indexedText(el: Element, out: string[] = []): string[] {
	for (const child of el.children) {
		if (child.type === 'text') out.push(child.value);
		else if (isElement(child)) {
			if (child.properties.dataPagefindIgnore !== undefined || ['script', 'style', 'template'].includes(child.tagName))
				continue;
			indexedText(child, out);
		}
	}
	return out;
}

function assertOk<T extends { errors: string[] }>(response: T, what: string): T {
	if (response.errors.length > 0) throw new Error(`Pagefind could not ${what}:\n${response.errors.join('\n')}`);
	return response;
}

export async function writeSearchIndex(
	distDir: string,
	logger: Logger,
	terms: readonly GlossaryTerm[] = loadGlossary(),
) {
	const started = performance.now();
	const chapters = readChapterPages();
	const chapterByPath = new Map(chapters.map((page) => [page.path, page]));
	const counts = new Map<string, number>();

	const { index } = assertOk(await pagefind.createIndex({}), 'start');
	if (!index) throw new Error('Pagefind returned no index.');
	try {
		let pages = 0;
		for (const file of htmlFiles(distDir)) {
			const tree = fromHtml(readFileSync(join(distDir, file), 'utf8'));
			const body = findElement(tree, (el) => el.properties.dataPagefindBody !== undefined);
			const path = withBase(fileToUrlPath(file));
			// The Begrippenlijst is answered by the term records: its entries as page text would give a second,
			// less precise hit for every term, at the letter heading above it.
			if (!body || path === GLOSSARY_PATH) continue;
			const chapter = chapterByPath.get(path);
			if (chapter) {
				body.properties.dataPagefindFilter = `${CHAPTER_FILTER}:${chapterLabel(chapter)}`;
			}
			separateElements(body);
			// Soft hyphens (long words in headings) are not word breaks; Pagefind drops them too.
			for (const word of spelledWordsOf(
				indexedText(body)
					.join(' ')
					.replace(/\u00ad/g, ''),
			))
				counts.set(word, (counts.get(word) ?? 0) + 1);
			assertOk(await index.addHTMLFile({ sourcePath: file, content: toHtml(tree) }), `index ${file}`);
			pages++;
		}

		const records = glossaryRecords(
			terms,
			{
				chapterLabel: (number) => {
					const page = chapters.find((c) => c.chapter === number);
					if (!page) throw new Error(`${GLOSSARY_FILE}: no chapter page has chapter: ${number}`);
					return chapterLabel(page);
				},
				// The term-preview plugin has already stopped the build if an anchor is no heading of its chapter.
				// Pagefind keeps URLs from the site's root and puts its base URL (the base path) before each result.
				sectionUrl: (term) => inIndex(sectionHref(chapters.find((c) => c.chapter === term.chapter)!.path, term.anchor)),
				glossaryUrl: (term) => inIndex(glossaryHref(term.id)),
			},
			[...counts.keys()],
		);
		for (const record of records) assertOk(await index.addCustomRecord(record), `index the term record ${record.url}`);

		const outputPath = join(distDir, 'pagefind');
		rmSync(outputPath, { recursive: true, force: true });
		assertOk(await index.writeFiles({ outputPath }), 'write the index');

		// Every word the index holds, as the site writes it: the pages' words and the glossary's; the term records'
		// squashed names and compound parts only as known words (`more`). Glossary words first (a term is the likelier meaning of a typo), then the pages' words by frequency.
		const glossaryWords = new Set(
			spelledWordsOf(terms.map((t) => [t.term, ...t.aliases, t.definition].join(' ')).join(' ')),
		);
		const recordWords = spelledWordsOf(
			records.map((r) => [r.content, r.meta?.[TERM_META.synonyms], r.meta?.[TERM_META.parts]].join(' ')).join(' '),
		);
		const score = (word: string) => (glossaryWords.has(word) ? 1e6 : 0) + (counts.get(word) ?? 0);
		const byFold = new Map<string, string>();
		for (const word of [...glossaryWords, ...counts.keys()].sort((a, b) => score(b) - score(a) || (a < b ? -1 : 1))) {
			if (!byFold.has(fold(word))) byFold.set(fold(word), word);
		}
		const words = [...byFold.values()];
		const more = [...new Set(recordWords.map(fold))].filter((word) => !byFold.has(word));
		const phrases = terms
			.flatMap((t) => [withoutBrackets(t.term), ...t.aliases])
			.map((form) => wordsOf(form).join(' '))
			.filter((phrase) => phrase.includes(' '));
		const vocabulary: VocabularyData = { words, phrases: [...new Set(phrases)], more };
		mkdirSync(outputPath, { recursive: true });
		writeFileSync(join(outputPath, VOCABULARY_FILE), JSON.stringify(vocabulary));

		const ms = Math.round(performance.now() - started);
		logger.info(
			`Search index: ${pages} pages, ${records.length} glossary terms, ${words.length} words for typo tolerance (${ms} ms).`,
		);
	} finally {
		await pagefind.close();
	}
}
