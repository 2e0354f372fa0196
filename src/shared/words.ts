/**
 * Words as the site compares them: lowercase with accents folded, the way Pagefind compares words by default
 * (`exactDiacritics: false`). The glossary, the search and the build steps all split text with these.
 *
 * Erasable TypeScript without imports: runs in the browser (search dialog) and in Node (build, unit tests).
 */

/** Lowercase with accents folded: `Oriëntatie` → `orientatie`. */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');

/** Lowercase words (letters and digits) of a text, accents kept as written: for suggestions in the site's spelling. */
export const spelledWordsOf = (text: string): string[] => text.toLocaleLowerCase('nl').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Folded words (letters and digits) of a text. */
export const wordsOf = (text: string): string[] => spelledWordsOf(fold(text));

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
