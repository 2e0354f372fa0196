/**
 * The study progress a student keeps: one versioned format, used in localStorage and in exported files. Nothing read
 * back is trusted (another site version, another tab, a hand-edited file): `readProgress` either returns a valid
 * value or a Dutch sentence saying why it refused, and the caller then changes nothing.
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
}

export const PROGRESS_VERSION = 2;

/** What the first trainer stored (version 1), kept so `migrate.ts` can carry it over. */
export interface LegacyProgress {
	marks: Record<string, 'known' | 'practice'>;
	chapter: number | 'all';
}

export type ReadResult =
	| { kind: 'empty' }
	| { kind: 'ok'; progress: Progress }
	| { kind: 'legacy'; legacy: LegacyProgress }
	| { kind: 'refused'; reason: string };

export const emptyProgress = (): Progress => ({ cards: {}, chapter: 'all' });

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Why a card record is unusable, or undefined when it is fine. */
function cardProblem(card: unknown): string | undefined {
	if (!isRecord(card)) return 'is geen kaartgegeven';
	for (const field of ['due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days'] as const) {
		if (!isNumber(card[field]) || (field !== 'due' && (card[field] as number) < 0)) return `heeft een ongeldige waarde voor ${field}`;
	}
	for (const field of ['learning_steps', 'reps', 'lapses'] as const) {
		if (!isCount(card[field])) return `heeft een ongeldige waarde voor ${field}`;
	}
	if (!isCount(card.state) || (card.state as number) > 3) return 'heeft een onbekende leerstatus';
	if (card.last_review !== null && !isNumber(card.last_review)) return 'heeft een ongeldige laatste herhaling';
	if (card.first !== undefined && !(typeof card.first === 'string' && DAY.test(card.first))) return 'heeft een ongeldige startdag';
	return undefined;
}

const chapterOf = (value: unknown, chapters: ReadonlySet<number>): number | 'all' =>
	typeof value === 'number' && chapters.has(value) ? value : 'all';

/**
 * Reads stored or imported progress. `cardIds` are today's glossary ids: cards of terms that were removed since are
 * dropped (the glossary changes; that is not damage), but a malformed record, another format or a newer version
 * refuses the whole value.
 */
export function readProgress(raw: string | null, cardIds: ReadonlySet<string>, chapters: ReadonlySet<number>): ReadResult {
	if (raw === null || raw === '') return { kind: 'empty' };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { kind: 'refused', reason: 'Het is geen geldig JSON-bestand (de inhoud is afgebroken of beschadigd).' };
	}
	if (!isRecord(data)) return { kind: 'refused', reason: 'Het bevat geen voortgang van deze site.' };

	if (data.version === 1 && data.format === undefined) {
		// The first trainer's shape: { version: 1, marks: { id: 'known' | 'practice' }, chapter, onlyUnknown, current }.
		if (!isRecord(data.marks)) return { kind: 'refused', reason: 'De oude voortgang (versie 1) is beschadigd: de markeringen ontbreken.' };
		const marks: LegacyProgress['marks'] = {};
		for (const [id, mark] of Object.entries(data.marks)) {
			if (mark !== 'known' && mark !== 'practice') {
				return { kind: 'refused', reason: `De oude voortgang (versie 1) is beschadigd: onbekende markering bij "${id}".` };
			}
			if (cardIds.has(id)) marks[id] = mark;
		}
		return { kind: 'legacy', legacy: { marks, chapter: chapterOf(data.chapter, chapters) } };
	}

	if (data.format !== PROGRESS_FORMAT) return { kind: 'refused', reason: 'Het bevat geen voortgang van deze site.' };
	if (data.version !== PROGRESS_VERSION) {
		return {
			kind: 'refused',
			reason: isCount(data.version) && data.version > PROGRESS_VERSION
				? `Het komt van een nieuwere versie van de site (versie ${data.version}); vernieuw de pagina en probeer het opnieuw.`
				: 'De versie van de voortgang is onbekend.',
		};
	}
	if (!isRecord(data.cards)) return { kind: 'refused', reason: 'De kaarten ontbreken.' };
	const cards: Record<string, StoredCard> = {};
	for (const [id, card] of Object.entries(data.cards)) {
		const problem = cardProblem(card);
		if (problem) return { kind: 'refused', reason: `De kaart "${id}" ${problem}.` };
		if (cardIds.has(id)) cards[id] = card as unknown as StoredCard;
	}
	return { kind: 'ok', progress: { cards, chapter: chapterOf(data.chapter, chapters) } };
}

/** The stored and exported form. `exported` (an ISO date) is only written into files, for the student's own use. */
export function serializeProgress(progress: Progress, exported?: Date): string {
	return JSON.stringify({
		format: PROGRESS_FORMAT,
		version: PROGRESS_VERSION,
		...(exported ? { exported: exported.toISOString() } : {}),
		chapter: progress.chapter,
		cards: progress.cards,
	});
}
