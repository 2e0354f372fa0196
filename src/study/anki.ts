/**
 * The glossary as files for other study apps: an Anki text file (tab-separated, with Anki's file headers, the
 * chapter as a tag) and a text file for Quizlet's import. Generated at build time from the glossary collection.
 */
export interface ExportTerm {
	term: string;
	definition: string;
	chapter: number;
}

/** Anki's tag for a chapter (tags cannot contain spaces). */
export const chapterTag = (chapter: number): string => `H${chapter}`;

/**
 * Quotes a field when it holds the separator, a quote or a line break, doubling inner quotes: the CSV rule Anki's
 * importer follows.
 */
const field = (value: string, separator: string): string =>
	value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/**
 * Anki's "Notes in Plain Text" import: `#separator:tab`, `#html:false` (definitions are plain text, so `<` stays a
 * character), named columns with the third as tags, then one note per line.
 */
export function ankiText(terms: readonly ExportTerm[]): string {
	const header = ['#separator:tab', '#html:false', '#columns:Begrip\tBetekenis\tTags', '#tags column:3'];
	const notes = terms.map((entry) =>
		[entry.term, entry.definition, chapterTag(entry.chapter)].map((value) => field(value, '\t')).join('\t'),
	);
	return [...header, ...notes].join('\n') + '\n';
}

/**
 * Quizlet's import: pasted text, split on a tab (term, definition) and a line break (cards). Quizlet does not read
 * quotes, so nothing is quoted: a tab or line break inside a field becomes a space. No header row (it would be a card).
 */
export function quizletText(terms: readonly ExportTerm[]): string {
	const flat = (value: string) => value.replace(/[\t\r\n]+/g, ' ');
	return terms.map((entry) => `${flat(entry.term)}\t${flat(entry.definition)}`).join('\n') + '\n';
}
