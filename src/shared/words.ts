/**
 * Words as the site compares them: lowercase with accents folded, the way Pagefind compares words by default
 * (`exactDiacritics: false`). The glossary, the search and the build steps all split text with these.
 *
 * Erasable TypeScript without imports: runs in the browser (search dialog) and in Node (build, unit tests).
 */

/** Lowercase with accents folded: `Oriëntatie` → `orientatie`. */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');

/** Folded words (letters and digits) of a text. */
export const wordsOf = (text: string): string[] => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
