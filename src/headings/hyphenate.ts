/**
 * Soft hyphens (U+00AD) in the long words of headings and titles, from Dutch hyphenation patterns (the `hyphen`
 * package, TeX's patterns). `hyphens: auto` does this only where the browser has a Dutch dictionary, which
 * Chromium on Linux and several Android browsers lack; without one a long compound such as
 * "salesorganisatiestructuren" breaks mid-word without a hyphen on a phone. A soft hyphen is invisible unless the
 * line breaks there; Pagefind drops it when indexing, so search is unaffected.
 *
 * Erasable TypeScript: used by the rehype plugin, the route middleware and tests.
 */
import dutch from 'hyphen/nl';

/** Shorter words fit a 320 px phone at heading size whole; hyphenating them would only risk odd breaks. */
export const MIN_WORD_LENGTH = 12;

export const SOFT_HYPHEN = '\u00AD';

/** The text with soft hyphens in its long words (any it already has are kept, none are doubled). */
export function hyphenate(text: string): string {
	return text
		.split(/(\s+)/)
		.map((word) => (word.includes(SOFT_HYPHEN) ? word : dutch.hyphenateSync(word, { minWordLength: MIN_WORD_LENGTH })))
		.join('');
}
