/**
 * "Toets jezelf": a quiz made from the site's own content only. Multiple-choice questions from the glossary, in both
 * directions (term → definition, definition → term), with other terms of the same chapter as distractors, plus the
 * chapter's open "Test jezelf" questions, which the student grades after seeing the model answer.
 *
 * Pure and seeded by `random` (Math.random in the browser, a fixed sequence in tests).
 */
import { QUIZ_CHOICE_QUESTIONS, QUIZ_OPEN_QUESTIONS, QUIZ_OPTIONS } from './config.ts';

export interface QuizTerm {
	id: string;
	term: string;
	definition: string;
	chapter: number;
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
			ask: 'definition' | 'term';
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

const textOf = (term: QuizTerm, ask: 'definition' | 'term'): string =>
	ask === 'definition' ? term.definition : term.term;

/**
 * The wrong options for `target`: other terms of its chapter first, terms of other chapters only when the chapter
 * has too few; never a text equal to the right answer, never the same text twice.
 */
function distractors(
	target: QuizTerm,
	ask: 'definition' | 'term',
	terms: readonly QuizTerm[],
	random: () => number,
): string[] {
	const right = textOf(target, ask);
	const others = terms.filter((term) => term.id !== target.id);
	const pool = [
		...shuffle(
			others.filter((term) => term.chapter === target.chapter),
			random,
		),
		...shuffle(
			others.filter((term) => term.chapter !== target.chapter),
			random,
		),
	];
	const picked = new Set<string>();
	for (const term of pool) {
		const text = textOf(term, ask);
		if (text !== right) picked.add(text);
		if (picked.size === QUIZ_OPTIONS - 1) break;
	}
	return [...picked];
}

/**
 * A quiz for one chapter, or for all ('all'): QUIZ_CHOICE_QUESTIONS multiple-choice questions on different terms
 * (fewer when the chapter has fewer terms), alternating direction at random, then QUIZ_OPEN_QUESTIONS open ones.
 */
export function buildQuiz(
	terms: readonly QuizTerm[],
	open: readonly QuizOpenQuestion[],
	chapter: number | 'all',
	random: () => number = Math.random,
): Question[] {
	const inScope = <T extends { chapter: number }>(items: readonly T[]) =>
		items.filter((item) => chapter === 'all' || item.chapter === chapter);
	const choice = shuffle(inScope(terms), random)
		.slice(0, QUIZ_CHOICE_QUESTIONS)
		.map((term): Question => {
			const ask = random() < 0.5 ? 'definition' : 'term';
			const right = textOf(term, ask);
			const options = shuffle([right, ...distractors(term, ask, terms, random)], random);
			return {
				kind: 'choice',
				id: `${ask}-${term.id}`,
				termId: term.id,
				ask,
				prompt: ask === 'definition' ? term.term : term.definition,
				options,
				answer: options.indexOf(right),
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
