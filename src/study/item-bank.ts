/**
 * The quiz's multiple-choice items: for every glossary term the questions it can be asked as (its meaning, and the
 * term for its definition), each with its right answer and the pool its wrong options come from. Pure, so the build
 * checks it (no prompt gives its answer away), the approval file lists it (`quiz-items.approved.txt`) and the quiz
 * in the browser deals from exactly the same items.
 *
 * Erasable TypeScript without runtime imports beyond config, so `node` runs it for the approval script.
 */
import { QUIZ_OPTIONS } from './config.ts';

export interface BankTerm {
	id: string;
	term: string;
	definition: string;
	chapter: number;
	/** Ids that may not stand in for this term, both ways round (the glossary's `notInterchangeable`). */
	notInterchangeable: readonly string[];
	/** The glossary's `quiz` setting for a definition that names its own term. */
	quiz?: 'ask-meaning' | 'mask-name' | undefined;
}

export type Ask = 'definition' | 'term';

export interface QuizItem {
	/** `definition-<id>` (the term is shown, its meaning picked) or `term-<id>` (the other way round). */
	id: string;
	termId: string;
	ask: Ask;
	prompt: string;
	answer: string;
	/** Ids of the terms whose text may be offered as a wrong option, in the order to try them. */
	pool: string[];
}

/** Words that name nothing on their own, so they never give an answer away. */
const STOPWORDS = new Set(['de', 'het', 'een', 'van', 'voor', 'en', 'als', 'in', 'op', 'met', 'of', 'te', 's']);

/** Lowercase words without accents ("P's" gives "p" and "s"). */
const words = (text: string): string[] =>
	text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

/** The pool of wrong options: the term's chapter first, other chapters only when it has too few; never an excluded term. */
export function poolOf(target: BankTerm, terms: readonly BankTerm[]): BankTerm[] {
	const allowed = terms.filter((term) => term.id !== target.id && !target.notInterchangeable.includes(term.id));
	const own = allowed.filter((term) => term.chapter === target.chapter);
	return own.length >= QUIZ_OPTIONS - 1 ? own : [...own, ...allowed.filter((term) => term.chapter !== target.chapter)];
}

/**
 * Words of a term's name that would pick it out among its pool: each word (and abbreviation in brackets) that no
 * term of the pool has in its name. A prompt word gives the answer away when it is such a word, a compound starting
 * with one ("prijspositie" for "Prijs"), its singular ("salesbenadering" for "Salesbenaderingen"), the first part
 * of a long compound ("salesorganisatie" for "Salesorganisatiestructuren") or its head word ("afdeling" for
 * "Stafafdeling").
 */
export function giveaways(target: BankTerm, pool: readonly BankTerm[], prompt: string): string[] {
	const shared = new Set(pool.flatMap((term) => words(term.term)));
	const own = words(target.term).filter((word) => !STOPWORDS.has(word) && !shared.has(word));
	return [
		...new Set(
			words(prompt).filter((word) =>
				own.some(
					(name) =>
						word === name ||
						(name.length >= 4 && word.startsWith(name)) ||
						(word.length >= 5 && name.startsWith(word) && (name.length - word.length <= 2 || word.length >= 8)) ||
						(word.length >= 5 && name.endsWith(word)),
				),
			),
		),
	];
}

/** The definition with every giveaway word replaced by "…". */
const mask = (definition: string, found: readonly string[]): string =>
	definition.replace(/[\p{L}\p{N}]+/gu, (word) => (found.includes(words(word)[0] ?? '') ? '…' : word));

export interface BankProblem {
	termId: string;
	message: string;
}

/** Every item of every term, and what is wrong with the glossary's settings for them (empty when all is well). */
export function itemBank(terms: readonly BankTerm[]): { items: QuizItem[]; problems: BankProblem[] } {
	const items: QuizItem[] = [];
	const problems: BankProblem[] = [];
	for (const target of terms) {
		const pool = poolOf(target, terms);
		const ids = pool.map((term) => term.id);
		items.push({
			id: `definition-${target.id}`,
			termId: target.id,
			ask: 'definition',
			prompt: target.term,
			answer: target.definition,
			pool: ids,
		});
		const found = giveaways(target, pool, target.definition);
		if (found.length === 0 && target.quiz) {
			problems.push({
				termId: target.id,
				message: `quiz: ${target.quiz} is set, but the definition of "${target.term}" does not name the term; remove it`,
			});
		} else if (found.length > 0 && !target.quiz) {
			problems.push({
				termId: target.id,
				message:
					`the definition of "${target.term}" names its own term (${found.map((word) => `"${word}"`).join(', ')}), ` +
					'so asking for the term by its definition gives the answer away. Reword it, or set `quiz: ask-meaning` ' +
					'(ask only for its meaning) or `quiz: mask-name` (hide those words in the question)',
			});
		}
		if (target.quiz === 'ask-meaning') continue;
		items.push({
			id: `term-${target.id}`,
			termId: target.id,
			ask: 'term',
			prompt: target.quiz === 'mask-name' ? mask(target.definition, found) : target.definition,
			answer: target.term,
			pool: ids,
		});
	}
	return { items, problems };
}

/** The approval file's text: a header, then one line per item (id, prompt, right answer, wrong-option pool). */
export function formatItems(items: readonly QuizItem[]): string {
	const header = [
		'# The quiz items: one line per multiple-choice question the quiz can ask (item id, prompt, right answer, the',
		'# terms its wrong options are picked from). Each line has been read: no option in the pool is also right. A change',
		'# fails tests/unit/study/item-bank.test.ts; after reading it, `npm run approve:quiz-items` rewrites this file.',
	];
	const lines = [...items]
		.sort((a, b) => a.termId.localeCompare(b.termId) || a.id.localeCompare(b.id))
		.map((item) => [item.id, item.prompt, item.answer, [...item.pool].sort().join(' ')].join('\t'));
	return [...header, ...lines].join('\n') + '\n';
}
