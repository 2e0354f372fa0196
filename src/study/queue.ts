/**
 * Which cards are due and in what order: the daily queue. No ts-fsrs here, so the home page's summary can count
 * with it too. Cards are `{ id, chapter }`, in glossary order.
 */
import { State } from './state.ts';
import { LEARN_AHEAD_MINUTES, NEW_CARDS_BATCH, NEW_CARDS_PER_DAY } from './config.ts';
import { nextDayStart, studyDay } from './days.ts';
import type { Progress, StoredCard } from './storage.ts';

export interface QueueCard {
	id: string;
	chapter: number;
}

const LEARN_AHEAD = LEARN_AHEAD_MINUTES * 60_000;

/**
 * Due today: a review card on or after its due study day (as in Anki, a card due "over 3 dagen" is due from the
 * start of that day); a card in (re)learning, or put in the queue by a wrong quiz answer, once its moment has come or
 * is within the learn-ahead limit.
 */
export const isDue = (card: StoredCard, now: number): boolean => isReady(card, now) || card.due <= now + LEARN_AHEAD;

/** Due without learning ahead: a review card on its due day, any other card once its moment has passed. */
const isReady = (card: StoredCard, now: number): boolean =>
	card.state === State.Review ? card.due < nextDayStart(now) : card.due <= now;

/** Learned: the card has left the learning steps and is not due today. */
export const isLearned = (card: StoredCard, now: number): boolean => card.state === State.Review && !isDue(card, now);

export interface DailyQueue {
	/** Cards to review, in the order to show them: the longest overdue first; learn-ahead cards last. */
	due: string[];
	/** New cards still allowed today, dealt in turn from each chapter in scope (glossary order within one). */
	fresh: string[];
	/** New cards of this chapter filter started today (the limit counts per filter, as Anki's per deck). */
	newToday: number;
	/** New cards of the filter beyond today's limit: what "Meer nieuwe kaarten voor vandaag" can add. */
	waiting: number;
}

/** Cards taken in turn from each chapter (H1, H2, H3, H1, …), so a mixed session covers every chapter from day one. */
function interleave<T extends QueueCard>(cards: readonly T[]): T[] {
	const byChapter = new Map<number, T[]>();
	for (const card of cards) byChapter.set(card.chapter, [...(byChapter.get(card.chapter) ?? []), card]);
	const columns = [...byChapter.entries()].sort(([a], [b]) => a - b).map(([, column]) => column);
	const dealt: T[] = [];
	for (let row = 0; dealt.length < cards.length; row++)
		for (const column of columns) if (column[row]) dealt.push(column[row]!);
	return dealt;
}

/** Extra new cards the student asked for today under this chapter filter. */
export const extraToday = (progress: Progress, now: number, chapter = progress.chapter): number =>
	progress.more?.day === studyDay(now) ? (progress.more.extra[String(chapter)] ?? 0) : 0;

export function dailyQueue(
	cards: readonly QueueCard[],
	progress: Progress,
	now: number,
	chapter = progress.chapter,
): DailyQueue {
	const today = studyDay(now);
	const inChapter = cards.filter((card) => chapter === 'all' || card.chapter === chapter);
	const newToday = inChapter.filter((card) => progress.cards[card.id]?.first === today).length;
	const due = inChapter
		.filter((card) => {
			const stored = progress.cards[card.id];
			return stored !== undefined && isDue(stored, now);
		})
		.map((card) => ({ id: card.id, stored: progress.cards[card.id]! }))
		// Ready cards before learn-ahead ones; within each, the earliest first (a stable sort keeps glossary order).
		.sort((a, b) => Number(isReady(b.stored, now)) - Number(isReady(a.stored, now)) || a.stored.due - b.stored.due)
		.map((card) => card.id);
	const room = Math.max(0, NEW_CARDS_PER_DAY + extraToday(progress, now, chapter) - newToday);
	// Dealt from the whole selection, so the turn goes on where it was (H1, H2, H3, H1, …) as cards are seen.
	const unseen = interleave(inChapter)
		.filter((card) => progress.cards[card.id] === undefined)
		.map((card) => card.id);
	return { due, fresh: unseen.slice(0, room), newToday, waiting: Math.max(0, unseen.length - room) };
}

/** Progress with NEW_CARDS_BATCH more new cards allowed today under the current chapter filter. */
export function moreNewCards(progress: Progress, now: number): Progress {
	const day = studyDay(now);
	const extra = progress.more?.day === day ? progress.more.extra : {};
	const key = String(progress.chapter);
	return { ...progress, more: { day, extra: { ...extra, [key]: (extra[key] ?? 0) + NEW_CARDS_BATCH } } };
}

/**
 * The card to show now: a card that is already due, else a new one, else one within the learn-ahead limit (so an
 * "Opnieuw" card comes back before the session ends, but after the other cards).
 */
export function nextCard(queue: DailyQueue, progress: Progress, now: number): string | undefined {
	const ready = queue.due.find((id) => isReady(progress.cards[id]!, now));
	return ready ?? queue.fresh[0] ?? queue.due[0];
}

/**
 * A wrong quiz answer: the term is due now. A card the student already studies keeps its memory state; a term never
 * studied enters the queue as a card to review (not as a new card, so the daily limit does not hold it back).
 */
export function makeDue(stored: StoredCard | undefined, now: number): StoredCard {
	if (stored) return { ...stored, due: Math.min(stored.due, now) };
	return {
		due: now,
		stability: 0,
		difficulty: 0,
		elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		reps: 0,
		lapses: 0,
		state: State.New,
		last_review: null,
	};
}
