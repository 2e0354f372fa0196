/**
 * The study progress a student keeps: one versioned format, used in localStorage and in exported files. Nothing read
 * back is trusted (another site version, another tab, a hand-edited file): `readProgress` either returns a valid
 * value or says why it refused (`refusals.ts` words it in Dutch), and the caller then changes nothing.
 *
 * No ts-fsrs here: the home page's summary reads the same format within its 1 KB budget. Version 1
 * (the first trainer's "Ken ik" / "Nog oefenen" marks) is recognised here and converted by `migrate.ts`.
 */
import type { StateValue } from './state.ts';
import { PROGRESS_FORMAT } from './config.ts';

/** One card's scheduling state: ts-fsrs's `Card` with its dates as epoch milliseconds. */
export interface StoredCard {
	due: number;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	state: StateValue;
	last_review: number | null;
	/** Study day (`YYYY-MM-DD`) the trainer first showed it; counts towards that day's limit of new cards. */
	first?: string;
}

export interface Progress {
	/** By glossary id. A term without an entry is new. */
	cards: Record<string, StoredCard>;
	/** The trainer's chapter filter: a chapter number or 'all'. */
	chapter: number | 'all';
	/** New cards added to one study day's limit, per chapter filter ('all', '1', …): "Meer nieuwe kaarten". */
	more?: { day: string; extra: Record<string, number> };
}

export const PROGRESS_VERSION = 2;

/** What the first trainer stored (version 1), kept so `migrate.ts` can carry it over. */
export interface LegacyProgress {
	marks: Record<string, 'known' | 'practice'>;
	chapter: number | 'all';
}

/**
 * Why a value was refused, as data: the Dutch sentences live in `refusals.ts`, so the home page's summary (which only
 * needs to know *that* it was refused) does not carry them.
 */
export type Refusal =
	| { why: 'json' | 'foreign' | 'version' | 'cards' | 'legacy' }
	| { why: 'newer'; version: number }
	| { why: 'card'; id: string; field: string }
	| { why: 'mark'; id: string };

export type ReadResult =
	| { kind: 'empty' }
	| { kind: 'ok'; progress: Progress; /** The stored `more`, unchecked: see `moreOf`. */ more?: unknown }
	| { kind: 'legacy'; legacy: LegacyProgress }
	| { kind: 'refused'; refusal: Refusal };

export const emptyProgress = (): Progress => ({ cards: {}, chapter: 'all' });

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isAmount = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value < Infinity;
/** A study day as stored: `YYYY-MM-DD`. */
const DAY = /^\d{4}-\d\d-\d\d$/;
/** Each field of a stored card and whether a value is valid for it. */
const CARD_FIELDS: [string, (value: unknown) => boolean][] = [
	['due', Number.isFinite],
	['stability', isAmount],
	['difficulty', isAmount],
	['elapsed_days', isAmount],
	['scheduled_days', isAmount],
	['learning_steps', isCount],
	['reps', isCount],
	['lapses', isCount],
	['state', (value) => isCount(value) && value <= 3],
	['last_review', (value) => value === null || Number.isFinite(value)],
	['first', (value) => value === undefined || (typeof value === 'string' && DAY.test(value))],
];

/**
 * The stored extra new cards (`more`), read by the trainer only (the home page's summary does not need it); a
 * malformed value is dropped: it only widens one day's limit, no progress is in it.
 */
export const moreOf = (value: unknown): Pick<Progress, 'more'> =>
	isRecord(value) &&
	typeof value.day === 'string' &&
	DAY.test(value.day) &&
	isRecord(value.extra) &&
	Object.values(value.extra).every(isCount)
		? { more: { day: value.day, extra: value.extra as Record<string, number> } }
		: {};

const chapterOf = (value: unknown, chapters: ReadonlySet<number>): number | 'all' =>
	typeof value === 'number' && chapters.has(value) ? value : 'all';

const refuse = (refusal: Refusal): ReadResult => ({ kind: 'refused', refusal });

/**
 * Reads stored or imported progress. `cardIds` are today's glossary ids: cards of terms that were removed since are
 * dropped (the glossary changes; that is not damage), but a malformed record, another format or a newer version
 * refuses the whole value.
 */
export function readProgress(
	raw: string | null,
	cardIds: ReadonlySet<string>,
	chapters: ReadonlySet<number>,
): ReadResult {
	if (!raw) return { kind: 'empty' };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return refuse({ why: 'json' });
	}
	if (!isRecord(data)) return refuse({ why: 'foreign' });

	if (data.version === 1 && data.format === undefined) {
		// The first trainer's shape: { version: 1, marks: { id: 'known' | 'practice' }, chapter, onlyUnknown, current }.
		if (!isRecord(data.marks)) return refuse({ why: 'legacy' });
		const marks: LegacyProgress['marks'] = {};
		for (const [id, mark] of Object.entries(data.marks)) {
			if (mark !== 'known' && mark !== 'practice') return refuse({ why: 'mark', id });
			if (cardIds.has(id)) marks[id] = mark;
		}
		return { kind: 'legacy', legacy: { marks, chapter: chapterOf(data.chapter, chapters) } };
	}

	if (data.format !== PROGRESS_FORMAT) return refuse({ why: 'foreign' });
	if (data.version !== PROGRESS_VERSION) {
		return refuse(
			isCount(data.version) && data.version > PROGRESS_VERSION
				? { why: 'newer', version: data.version }
				: { why: 'version' },
		);
	}
	if (!isRecord(data.cards)) return refuse({ why: 'cards' });
	const cards: Record<string, StoredCard> = {};
	for (const [id, card] of Object.entries(data.cards)) {
		// field '' means the card is not an object at all.
		const bad = isRecord(card) ? CARD_FIELDS.find(([field, valid]) => !valid(card[field]))?.[0] : '';
		if (bad !== undefined) return refuse({ why: 'card', id, field: bad });
		if (cardIds.has(id)) cards[id] = card as unknown as StoredCard;
	}
	return { kind: 'ok', progress: { cards, chapter: chapterOf(data.chapter, chapters) }, more: data.more };
}

/** The stored and exported form. `exported` (an ISO date) is only written into files, for the student's own use. */
export function serializeProgress(progress: Progress, exported?: Date): string {
	return JSON.stringify({
		format: PROGRESS_FORMAT,
		version: PROGRESS_VERSION,
		...(exported ? { exported: exported.toISOString() } : {}),
		chapter: progress.chapter,
		...(progress.more ? { more: progress.more } : {}),
		cards: progress.cards,
	});
}

/** The later of two versions of one card: the newer review; on the same review, the earlier due (a quiz's "due now"). */
const newer = (a: StoredCard, b: StoredCard): StoredCard =>
	(a.last_review ?? -1) !== (b.last_review ?? -1)
		? (a.last_review ?? -1) > (b.last_review ?? -1)
			? a
			: b
		: a.reps !== b.reps
			? a.reps > b.reps
				? a
				: b
			: a.due <= b.due
				? a
				: b;

/**
 * This tab's progress laid over what another tab stored meanwhile: every card of either, the newer version where both
 * have one; this tab's chapter filter; the larger extra for today.
 */
export function mergeProgress(stored: Progress, mine: Progress): Progress {
	const cards = { ...stored.cards };
	for (const [id, card] of Object.entries(mine.cards)) cards[id] = cards[id] ? newer(card, cards[id]) : card;
	const sameDay = stored.more && mine.more && stored.more.day === mine.more.day;
	const more = sameDay
		? {
				day: mine.more!.day,
				extra: Object.fromEntries(
					[...new Set([...Object.keys(stored.more!.extra), ...Object.keys(mine.more!.extra)])].map((key) => [
						key,
						Math.max(stored.more!.extra[key] ?? 0, mine.more!.extra[key] ?? 0),
					]),
				),
			}
		: (mine.more?.day ?? '') >= (stored.more?.day ?? '')
			? mine.more
			: stored.more;
	return { cards, chapter: mine.chapter, ...(more ? { more } : {}) };
}
