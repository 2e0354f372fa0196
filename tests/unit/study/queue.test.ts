import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { NEW_CARDS_BATCH, NEW_CARDS_PER_DAY } from '../../../src/study/config.ts';
import { dailyQueue, extraToday, isDue, isLearned, makeDue, moreNewCards, nextCard } from '../../../src/study/queue.ts';
import { answer } from '../../../src/study/scheduler.ts';
import { State } from '../../../src/study/state.ts';
import type { Progress } from '../../../src/study/storage.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const now = new Date(2026, 11, 1, 10, 0).getTime();
const cards = Array.from({ length: 30 }, (_, i) => ({ id: `t${i}`, chapter: i < 25 ? 1 : 2 }));
const progress = (cardsById: Progress['cards'] = {}): Progress => ({ cards: cardsById, chapter: 'all' });

/** A card answered Goed twice: in review, due after its interval. */
const reviewCard = (at: number) => answer(answer(undefined, Rating.Good, at), Rating.Good, at + 10 * MINUTE);

describe('daily queue', () => {
	it('offers at most the daily number of new cards, dealt in turn from each chapter, and counts those started today', () => {
		const all = dailyQueue(cards, progress(), now);
		expect(all.fresh).toHaveLength(NEW_CARDS_PER_DAY);
		// Chapter 1 has t0–t24, chapter 2 t25–t29: one from each in turn while both have cards, then chapter 1 on.
		expect(all.fresh.slice(0, 11)).toEqual(['t0', 't25', 't1', 't26', 't2', 't27', 't3', 't28', 't4', 't29', 't5']);
		expect(all.waiting).toBe(cards.length - NEW_CARDS_PER_DAY);
		const started = Object.fromEntries(cards.slice(0, 5).map((c) => [c.id, answer(undefined, Rating.Good, now)]));
		const queue = dailyQueue(cards, progress(started), now);
		expect(queue.newToday).toBe(5);
		expect(queue.fresh).toHaveLength(NEW_CARDS_PER_DAY - 5);
		expect(queue.fresh.slice(0, 2)).toEqual(['t25', 't26']);
		// The next study day the limit starts over.
		expect(dailyQueue(cards, progress(started), now + DAY).fresh).toHaveLength(NEW_CARDS_PER_DAY);
	});

	it('filters by chapter, with the daily limit counted per chapter filter', () => {
		const queue = dailyQueue(cards, { cards: {}, chapter: 2 }, now);
		expect(queue.fresh).toEqual(['t25', 't26', 't27', 't28', 't29']);
		expect(dailyQueue(cards, progress(), now, 1).fresh.every((id) => Number(id.slice(1)) < 25)).toBe(true);
		// Twenty chapter-1 cards today leave chapter 1 without new ones, but chapter 2 still has all of its own.
		const twenty = Object.fromEntries(cards.slice(0, 20).map((c) => [c.id, answer(undefined, Rating.Easy, now)]));
		expect(dailyQueue(cards, { cards: twenty, chapter: 1 }, now).fresh).toEqual([]);
		expect(dailyQueue(cards, { cards: twenty, chapter: 1 }, now).waiting).toBe(5);
		expect(dailyQueue(cards, { cards: twenty, chapter: 2 }, now).fresh).toHaveLength(5);
	});

	it('"Meer nieuwe kaarten" adds a batch to today under the chosen filter only', () => {
		const twenty = Object.fromEntries(cards.slice(0, 20).map((c) => [c.id, answer(undefined, Rating.Easy, now)]));
		const more = moreNewCards({ cards: twenty, chapter: 1 }, now);
		expect(extraToday(more, now)).toBe(NEW_CARDS_BATCH);
		expect(dailyQueue(cards, more, now).fresh).toEqual(['t20', 't21', 't22', 't23', 't24'].slice(0, NEW_CARDS_BATCH));
		expect(extraToday(moreNewCards(more, now), now)).toBe(2 * NEW_CARDS_BATCH);
		// Another filter, and tomorrow, are not widened.
		expect(extraToday({ ...more, chapter: 'all' }, now)).toBe(0);
		expect(extraToday(more, now + DAY)).toBe(0);
	});

	it('makes a review card due from the start of its due day, not the hour it was answered', () => {
		const card = reviewCard(now);
		expect(isDue(card, now + 11 * MINUTE)).toBe(false);
		expect(isLearned(card, now + 11 * MINUTE)).toBe(true);
		const dueDay = new Date(card.due);
		dueDay.setHours(4, 0, 0, 0);
		expect(isDue(card, dueDay.getTime() - 1)).toBe(false);
		expect(isDue(card, dueDay.getTime())).toBe(true);
		expect(isLearned(card, dueDay.getTime())).toBe(false);
	});

	it('shows a card answered Opnieuw again after the others, before the session ends', () => {
		const again = answer(undefined, Rating.Again, now);
		const p = progress({ t0: again });
		const queue = dailyQueue(cards.slice(0, 2), p, now);
		// Due in a minute: in the count now (learn ahead), but the new card t1 comes first.
		expect(queue.due).toEqual(['t0']);
		expect(nextCard(queue, p, now)).toBe('t1');
		// With nothing else left it comes straight back.
		const alone = dailyQueue(cards.slice(0, 1), p, now);
		expect(nextCard(alone, p, now)).toBe('t0');
		// Once its minute is over it goes before new cards.
		expect(nextCard(dailyQueue(cards.slice(0, 2), p, now + MINUTE), p, now + MINUTE)).toBe('t0');
	});

	it('puts ready cards first, the longest overdue first', () => {
		const p = progress({
			t0: reviewCard(now - 30 * DAY),
			t1: reviewCard(now - 60 * DAY),
			t2: answer(undefined, Rating.Again, now),
		});
		expect(dailyQueue(cards.slice(0, 3), p, now).due).toEqual(['t1', 't0', 't2']);
	});

	it('has nothing to show when all is done', () => {
		const p = progress({ t0: reviewCard(now) });
		const queue = dailyQueue(cards.slice(0, 1), p, now + 11 * MINUTE);
		expect(queue).toEqual({ due: [], fresh: [], newToday: 1, waiting: 0 });
		expect(nextCard(queue, p, now)).toBeUndefined();
	});
});

describe('a wrong quiz answer', () => {
	it('makes a learned card due now and keeps what the scheduler knows', () => {
		const card = reviewCard(now);
		const later = now + DAY;
		const due = makeDue(card, later);
		expect(isDue(due, later)).toBe(true);
		expect({ ...due, due: card.due }).toEqual(card);
	});

	it('puts a term never studied into the reviews, not the new cards', () => {
		const due = makeDue(undefined, now);
		expect(due.state).toBe(State.New);
		const p = progress({ t3: due });
		const queue = dailyQueue(cards, p, now);
		expect(queue.due).toEqual(['t3']);
		expect(queue.fresh).not.toContain('t3');
		expect(queue.newToday).toBe(0);
		expect(nextCard(queue, p, now)).toBe('t3');
		// Studying it then is an ordinary first answer.
		expect(answer(due, Rating.Good, now).state).toBe(State.Learning);
	});
});
