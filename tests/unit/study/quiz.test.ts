import { describe, expect, it } from 'vitest';
import { seeded } from '../../lib/seeded.ts';
import { QUIZ_CHOICE_QUESTIONS, QUIZ_OPEN_QUESTIONS, QUIZ_OPTIONS } from '../../../src/study/config.ts';
import { buildQuiz, scoreQuiz, type Question, type QuizTerm, type Response } from '../../../src/study/quiz.ts';

const terms: QuizTerm[] = Array.from({ length: 24 }, (_, i) => ({
	id: `t${i}`,
	term: `Begrip ${i}`,
	definition: `Betekenis van begrip nummer ${i}.`,
	chapter: i < 12 ? 1 : i < 20 ? 2 : 3,
	href: `/h${i < 12 ? 1 : i < 20 ? 2 : 3}/#s${i}`,
	notInterchangeable: [],
}));
const open = [1, 1, 1, 1, 2, 3].map((chapter, i) => ({
	id: `h${chapter}-${i}`,
	chapter,
	question: `Vraag ${i}?`,
	href: `/h${chapter}/#test-jezelf`,
}));
const byId = new Map(terms.map((term) => [term.id, term]));

describe('buildQuiz', () => {
	it('asks about different terms of the chapter, with distractors from the same chapter', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const quiz = buildQuiz(terms, open, 1, seeded(seed));
			const choice = quiz.filter((q) => q.kind === 'choice');
			expect(choice).toHaveLength(QUIZ_CHOICE_QUESTIONS);
			expect(new Set(choice.map((q) => q.termId)).size).toBe(choice.length);
			for (const question of choice) {
				const term = byId.get(question.termId)!;
				expect(term.chapter).toBe(1);
				expect(question.options).toHaveLength(QUIZ_OPTIONS);
				expect(new Set(question.options).size).toBe(QUIZ_OPTIONS);
				const right = question.ask === 'definition' ? term.definition : term.term;
				expect(question.prompt).toBe(question.ask === 'definition' ? term.term : term.definition);
				expect(question.options[question.answer]).toBe(right);
				// Every wrong option belongs to another term of chapter 1.
				for (const option of question.options.filter((o) => o !== right)) {
					const owner = terms.find((t) => t.term === option || t.definition === option)!;
					expect(owner.chapter).toBe(1);
					expect(owner.id).not.toBe(term.id);
				}
			}
			const openOnes = quiz.filter((q) => q.kind === 'open');
			expect(openOnes).toHaveLength(QUIZ_OPEN_QUESTIONS);
			expect(openOnes.every((q) => q.openId.startsWith('h1-'))).toBe(true);
		}
	});

	it('asks both ways round', () => {
		const asks = new Set(
			Array.from({ length: 10 }, (_, seed) =>
				buildQuiz(terms, open, 'all', seeded(seed))
					.filter((q) => q.kind === 'choice')
					.map((q) => q.ask),
			).flat(),
		);
		expect(asks).toEqual(new Set(['definition', 'term']));
	});

	it('fills up from other chapters when a chapter has too few terms, and asks fewer when it has fewer', () => {
		const quiz = buildQuiz(terms, open, 3, seeded(3));
		const choice = quiz.filter((q) => q.kind === 'choice');
		expect(choice).toHaveLength(4);
		for (const question of choice) expect(new Set(question.options).size).toBe(QUIZ_OPTIONS);
		expect(quiz.filter((q) => q.kind === 'open')).toHaveLength(1);
	});

	it('covers all chapters for "all"', () => {
		const chaptersAsked = new Set(
			Array.from({ length: 10 }, (_, seed) => buildQuiz(terms, open, 'all', seeded(seed + 100)))
				.flat()
				.flatMap((q) => (q.kind === 'choice' ? [byId.get(q.termId)!.chapter] : [])),
		);
		expect(chaptersAsked).toEqual(new Set([1, 2, 3]));
	});
});

describe('scoreQuiz', () => {
	const quiz = buildQuiz(terms, open, 2, seeded(7));
	const choice = quiz.filter((q): q is Extract<Question, { kind: 'choice' }> => q.kind === 'choice');
	const openOne = quiz.find((q) => q.kind === 'open')!;

	it('counts right answers and lists each wrong one with what was given and what is right', () => {
		const responses = new Map<string, Response>(
			quiz.map((q) => [
				q.id,
				q.kind === 'choice' ? { kind: 'choice', picked: q.answer } : { kind: 'open', correct: true },
			]),
		);
		expect(scoreQuiz(quiz, responses)).toEqual({ correct: quiz.length, total: quiz.length, wrong: [], wrongTerms: [] });

		const missed = choice[0]!;
		const wrongPick = (missed.answer + 1) % missed.options.length;
		responses.set(missed.id, { kind: 'choice', picked: wrongPick });
		responses.set(openOne.id, { kind: 'open', correct: false });
		const score = scoreQuiz(quiz, responses);
		expect(score.correct).toBe(quiz.length - 2);
		expect(score.wrong).toEqual([
			{ question: missed, given: missed.options[wrongPick], right: missed.options[missed.answer] },
			{ question: openOne, given: null, right: null },
		]);
		expect(score.wrongTerms).toEqual([missed.termId]);
	});

	it('counts an unanswered question as wrong', () => {
		const score = scoreQuiz(quiz, new Map());
		expect(score.correct).toBe(0);
		expect(score.wrongTerms).toEqual(choice.map((q) => q.termId));
	});
});
