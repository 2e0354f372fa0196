/**
 * Finding glossary terms in running text, for term previews: whole words only, case-insensitive, the longest
 * term wins where terms overlap. Abbreviations written in capitals (MVO, AM, 4P) match only in capitals, so
 * `am` or `mvo` inside ordinary Dutch text never turns into a link.
 *
 * Which words open a preview is kept apart from how the term is searched for (`aliases`, search only):
 * - a term's name as the glossary writes it links on any chapter page. A name with a bracket ("Prijs (P)") is
 *   matched only with its bracket: the bare word ("prijs") also has its everyday sense;
 * - the extra forms in `preview` ("vijf fasen", "AM") link only on the term's own chapter page, where the text
 *   means that term; another chapter may use the same words for something else ("de cyclus kent vijf fasen");
 * - nothing links inside a fixed phrase such as "in plaats van".
 *
 * Erasable TypeScript only (imported by the rehype plugin, search and unit tests).
 */
import { escapeRegExp } from '../shared/words.ts';

export interface MatchableTerm {
	id: string;
	term: string;
	/** Chapter that explains the term; `preview` forms link only there. */
	chapter?: number;
	/** Extra forms in running text that open this term's preview (on its own chapter page). */
	preview?: readonly string[];
	/** Search synonyms (`src/search/`): never open a preview. */
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

/** The forms that open this term's preview on a page of `chapter`: its name, and its `preview` forms at home. */
export function previewForms(term: MatchableTerm, chapter: number): string[] {
	const home = term.chapter === undefined || term.chapter === chapter;
	const forms = [term.term, ...(home ? (term.preview ?? []) : [])].map((f) => f.trim()).filter(Boolean);
	return [...new Set(forms)];
}

/**
 * Fixed phrases whose words are never a term: a match that overlaps one is dropped. Only phrases that contain a
 * word some term could be written as belong here.
 */
export const FIXED_PHRASES: readonly string[] = [
	'in plaats van',
	'in de plaats',
	'op de eerste plaats',
	'in de eerste plaats',
	'op zijn plaats',
	'plaats vinden',
	'op prijs stellen',
	'op prijs gesteld',
	'tegen elke prijs',
	'ten koste van',
	'in kaart brengen',
	'in kaart gebracht',
];

/** True for abbreviations such as `MVO`, `AM`, `4P`: no lowercase letter and at least one capital. */
export const isAbbreviation = (form: string): boolean => /\p{Lu}/u.test(form) && !/\p{Ll}/u.test(form);

/** Regex source for one form: flexible whitespace, dashes and apostrophes, an optional plural on ordinary words. */
function formPattern(form: string): string {
	const body = escapeRegExp(form)
		.replace(/\s+/g, '\\s+')
		.replace(/-/g, '[-\u2010\u2011]')
		.replace(/['\u2019]/g, "['\u2019]");
	return isAbbreviation(form) ? body : `${body}(?:s|en|’s|'s)?`;
}

export interface TermMatcher {
	/** All non-overlapping matches in `text`, in order. */
	matchAll(text: string): TermMatch[];
}

export interface MatcherOptions {
	/** The chapter of the page being linked; without it only names link (no `preview` forms). */
	chapter?: number;
}

const wordBounded = (source: string) => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;

export function createTermMatcher(terms: readonly MatchableTerm[], options: MatcherOptions = {}): TermMatcher {
	const chapter = options.chapter ?? Number.NaN;
	const entries = terms.flatMap((t) => previewForms(t, chapter).map((form) => ({ id: t.id, form })));
	// Longest form first, so at one position `marketing als strategie` beats `marketing`.
	entries.sort((a, b) => b.form.length - a.form.length);
	const build = (subset: typeof entries, flags: string) =>
		subset.length === 0
			? null
			: new RegExp(wordBounded(subset.map((e, i) => `(?<t${i}>${formPattern(e.form)})`).join('|')), flags);
	const caseless = entries.filter((e) => !isAbbreviation(e.form));
	const exact = entries.filter((e) => isAbbreviation(e.form));
	const patterns = [
		{ regex: build(caseless, 'giu'), subset: caseless },
		{ regex: build(exact, 'gu'), subset: exact },
	];
	const fixed = new RegExp(
		wordBounded(FIXED_PHRASES.map((p) => escapeRegExp(p).replace(/\s+/g, '\\s+')).join('|')),
		'giu',
	);

	return {
		matchAll(text) {
			const blocked = [...text.matchAll(fixed)].map((m) => [m.index, m.index + m[0].length] as const);
			const found: TermMatch[] = [];
			for (const { regex, subset } of patterns) {
				if (!regex) continue;
				for (const m of text.matchAll(regex)) {
					const index = Object.entries(m.groups ?? {}).find(([, value]) => value !== undefined)?.[0];
					const entry = subset[Number(index?.slice(1))];
					const [start, end] = [m.index, m.index + m[0].length];
					if (blocked.some(([from, to]) => start < to && end > from)) continue;
					if (entry) found.push({ id: entry.id, start, end, text: m[0] });
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
