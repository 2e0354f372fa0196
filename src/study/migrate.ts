/**
 * Carries the first trainer's marks (progress version 1) into the scheduler: "Ken ik" becomes a card answered
 * "Makkelijk", "Nog oefenen" one answered "Opnieuw", both at the moment of the migration. Nothing is lost, and the
 * marked cards do not count as today's new cards.
 */
import { fromMark } from './scheduler.ts';
import type { LegacyProgress, Progress, StoredCard } from './storage.ts';

export function migrateLegacy(legacy: LegacyProgress, now: number): Progress {
	const cards: Record<string, StoredCard> = {};
	for (const [id, mark] of Object.entries(legacy.marks)) {
		const { first: _first, ...card } = fromMark(mark, now);
		cards[id] = card;
	}
	return { cards, chapter: legacy.chapter };
}
