/**
 * Finding glossary terms in running text, for term previews: whole words only, case-insensitive, the longest
 * term wins where terms overlap. Abbreviations written in capitals (MVO, AM, 4P) match only in capitals, so
 * `am` or `mvo` inside ordinary Dutch text never turns into a link.
 *
 * Erasable TypeScript only (imported by the rehype plugin and unit tests).
 */

export interface MatchableTerm {
	id: string;
	term: string;
	aliases?: readonly string[];
}

export interface TermMatch {
	id: string;
	/** Offset in the searched text. */
	start: number;
	end: number;
	/** The text as written on the page. */
	text: string;
}

/** `Maatschappelijk verantwoord ondernemen (MVO)` → the phrase without the bracketed abbreviation. */
export const withoutBrackets = (form: string): string => form.replace(/\s*\([^)]*\)\s*/g, ' ').trim();

/** `Accountmanager (AM)` → `['AM']`. */
export const bracketed = (form: string): string[] => [...form.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!.trim());

/** The ways a term is written: its name (with and without a bracketed part) and its aliases. */
export function surfaceForms(term: MatchableTerm): string[] {
	const forms = [term.term, withoutBrackets(term.term), ...(term.aliases ?? [])].map((f) => f.trim()).filter(Boolean);
	return [...new Set(forms)];
}

/** True for abbreviations such as `MVO`, `AM`, `4P`: no lowercase letter and at least one capital. */
export const isAbbreviation = (form: string): boolean => /\p{Lu}/u.test(form) && !/\p{Ll}/u.test(form);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex source for one form: flexible whitespace and dashes, an optional plural ending on ordinary words. */
function formPattern(form: string): string {
	const body = escapeRegExp(form).replace(/\s+/g, '\\s+').replace(/-/g, '[-\u2010\u2011]');
	return isAbbreviation(form) ? body : `${body}(?:s|en|’s|'s)?`;
}

export interface TermMatcher {
	/** All non-overlapping matches in `text`, in order. */
	matchAll(text: string): TermMatch[];
}

export function createTermMatcher(terms: readonly MatchableTerm[]): TermMatcher {
	const entries = terms.flatMap((t) => surfaceForms(t).map((form) => ({ id: t.id, form })));
	// Longest form first, so at one position `marketing als strategie` beats `marketing`.
	entries.sort((a, b) => b.form.length - a.form.length);
	const build = (subset: typeof entries, flags: string) =>
		subset.length === 0
			? null
			: new RegExp(
					`(?<![\\p{L}\\p{N}])(?:${subset.map((e, i) => `(?<t${i}>${formPattern(e.form)})`).join('|')})(?![\\p{L}\\p{N}])`,
					flags,
				);
	const caseless = entries.filter((e) => !isAbbreviation(e.form));
	const exact = entries.filter((e) => isAbbreviation(e.form));
	const patterns = [
		{ regex: build(caseless, 'giu'), subset: caseless },
		{ regex: build(exact, 'gu'), subset: exact },
	];

	return {
		matchAll(text) {
			const found: TermMatch[] = [];
			for (const { regex, subset } of patterns) {
				if (!regex) continue;
				for (const m of text.matchAll(regex)) {
					const index = Object.entries(m.groups ?? {}).find(([, value]) => value !== undefined)?.[0];
					const entry = subset[Number(index?.slice(1))];
					if (entry) found.push({ id: entry.id, start: m.index, end: m.index + m[0].length, text: m[0] });
				}
			}
			// Merge both passes: earliest first, longer first at the same start, and no overlaps.
			found.sort((a, b) => a.start - b.start || b.end - a.end);
			const result: TermMatch[] = [];
			for (const match of found) if (match.start >= (result.at(-1)?.end ?? 0)) result.push(match);
			return result;
		},
	};
}
