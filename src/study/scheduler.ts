/**
 * Spaced repetition with ts-fsrs (FSRS, Anki's default scheduler) on the stored card format. Defaults as in Anki:
 * 90 % retention, learning steps 1 and 10 minutes, relearning 10 minutes. Fuzz is off, so the interval a button
 * shows is the one the card gets.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { ANSWER_LABELS } from './answers.ts';
import { studyDay, whenLabel } from './days.ts';
import type { StoredCard } from './storage.ts';

const scheduler = fsrs({ enable_fuzz: false });

/** The four answers after a card is flipped, in button order; `key` is the keyboard shortcut. */
export const ANSWERS: readonly { grade: Grade; label: string; key: string }[] = ANSWER_LABELS.map((answer, index) => ({
	...answer,
	grade: ([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const)[index]!,
}));

const toCard = (stored: StoredCard | undefined, now: number): Card =>
	stored
		? {
				...stored,
				due: new Date(stored.due),
				last_review: stored.last_review === null ? undefined : new Date(stored.last_review),
			}
		: createEmptyCard(new Date(now));

const fromCard = (card: Card, first: string | undefined): StoredCard => ({
	due: card.due.getTime(),
	stability: card.stability,
	difficulty: card.difficulty,
	elapsed_days: card.elapsed_days,
	scheduled_days: card.scheduled_days,
	learning_steps: card.learning_steps,
	reps: card.reps,
	lapses: card.lapses,
	state: card.state,
	last_review: card.last_review ? card.last_review.getTime() : null,
	...(first ? { first } : {}),
});

/** The card after the student answered `grade` at `now` (undefined: a new card). */
export function answer(stored: StoredCard | undefined, grade: Grade, now: number): StoredCard {
	const { card } = scheduler.next(toCard(stored, now), new Date(now), grade);
	return fromCard(card, stored?.first ?? studyDay(now));
}

/** What each of the four answers would do: when the card comes back, as a moment and in words. */
export function preview(stored: StoredCard | undefined, now: number): { grade: Grade; due: number; label: string }[] {
	const outcomes = scheduler.repeat(toCard(stored, now), new Date(now));
	return ANSWERS.map(({ grade }) => {
		const due = outcomes[grade].card.due.getTime();
		return { grade, due, label: whenLabel(due, now) };
	});
}

/** Carries a "Ken ik" mark over as "Makkelijk" and "Nog oefenen" as "Opnieuw", answered at `now`. */
export const fromMark = (mark: 'known' | 'practice', now: number): StoredCard =>
	answer(undefined, mark === 'known' ? Rating.Easy : Rating.Again, now);
