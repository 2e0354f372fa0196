/**
 * "Toets jezelf": a quiz made from the site's own content only. Multiple-choice questions from the reviewed item
 * bank (item-bank.ts: each glossary term asked for its meaning, or the term for its definition, with wrong options
 * from its pool), plus the chapter's open "Test jezelf" questions, which the student grades after seeing the model
 * answer.
 *
 * Pure and seeded by `random` (Math.random in the browser, a fixed sequence in tests).
 */
import { QUIZ_CHOICE_QUESTIONS, QUIZ_OPEN_QUESTIONS, QUIZ_OPTIONS } from './config.ts';
import { itemBank, type Ask, type BankTerm } from './item-bank.ts';

export interface QuizTerm extends BankTerm {
	/** The section that explains the term. */
	href: string;
}

export interface QuizOpenQuestion {
	id: string;
	chapter: number;
	question: string;
	/** The section that explains the answer. */
	href: string;
}

export type Question =
	| {
			kind: 'choice';
			id: string;
			termId: string;
			/** What the student picks: the definition of a term, or the term for a definition. */
			ask: Ask;
			prompt: string;
			options: string[];
			/** Index of the right option. */
			answer: number;
			href: string;
	  }
	| { kind: 'open'; id: string; openId: string; prompt: string; href: string };

/** Fisher–Yates into a new array. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const result = [...items];
	for (let i = result.length - 1; i > 0; i--) {
		const j = Math.min(i, Math.floor(random() * (i + 1)));
		[result[i], result[j]] = [result[j] as T, result[i] as T];
	}
	return result;
}

/**
 * A quiz for one chapter, or for all ('all'): QUIZ_CHOICE_QUESTIONS multiple-choice questions on different terms
 * (fewer when the chapter has fewer terms), each one of the term's items at random, then QUIZ_OPEN_QUESTIONS open
 * ones. The wrong options are texts of the item's pool, in random order, never the right text or one text twice.
 */
export function buildQuiz(
	terms: readonly QuizTerm[],
	open: readonly QuizOpenQuestion[],
	chapter: number | 'all',
	random: () => number = Math.random,
): Question[] {
	const inScope = <T extends { chapter: number }>(items: readonly T[]) =>
		items.filter((item) => chapter === 'all' || item.chapter === chapter);
	const byId = new Map(terms.map((term) => [term.id, term]));
	const { items } = itemBank(terms);
	const choice = shuffle(inScope(terms), random)
		.slice(0, QUIZ_CHOICE_QUESTIONS)
		.map((term): Question => {
			const own = items.filter((item) => item.termId === term.id);
			const item = own[Math.min(own.length - 1, Math.floor(random() * own.length))]!;
			const textOf = (id: string) => (item.ask === 'definition' ? byId.get(id)?.definition : byId.get(id)?.term) ?? '';
			const wrong = new Set<string>();
			for (const id of shuffle(item.pool, random)) {
				const text = textOf(id);
				if (text && text !== item.answer) wrong.add(text);
				if (wrong.size === QUIZ_OPTIONS - 1) break;
			}
			const options = shuffle([item.answer, ...wrong], random);
			return {
				kind: 'choice',
				id: item.id,
				termId: term.id,
				ask: item.ask,
				prompt: item.prompt,
				options,
				answer: options.indexOf(item.answer),
				href: term.href,
			};
		});
	const openQuestions = shuffle(inScope(open), random)
		.slice(0, QUIZ_OPEN_QUESTIONS)
		.map((question): Question => ({
			kind: 'open',
			id: `open-${question.id}`,
			openId: question.id,
			prompt: question.question,
			href: question.href,
		}));
	return [...choice, ...openQuestions];
}

/** One answered question: the option picked (choice) or the student's own verdict (open). */
export type Response = { kind: 'choice'; picked: number } | { kind: 'open'; correct: boolean };

export const isCorrect = (question: Question, response: Response): boolean =>
	question.kind === 'choice'
		? response.kind === 'choice' && response.picked === question.answer
		: response.kind === 'open' && response.correct;

export interface Score {
	correct: number;
	total: number;
	/** Each wrong answer with what was given (for choice questions) and the right answer. */
	wrong: { question: Question; given: string | null; right: string | null }[];
	/** Glossary ids answered wrongly: these become due in the review queue. */
	wrongTerms: string[];
}

export function scoreQuiz(questions: readonly Question[], responses: ReadonlyMap<string, Response>): Score {
	const wrong: Score['wrong'] = [];
	for (const question of questions) {
		const response = responses.get(question.id);
		if (response && isCorrect(question, response)) continue;
		wrong.push(
			question.kind === 'choice'
				? {
						question,
						given: response?.kind === 'choice' ? (question.options[response.picked] ?? null) : null,
						right: question.options[question.answer] ?? null,
					}
				: { question, given: null, right: null },
		);
	}
	const wrongTerms = wrong.flatMap(({ question }) => (question.kind === 'choice' ? [question.termId] : []));
	return { correct: questions.length - wrong.length, total: questions.length, wrong, wrongTerms };
}
