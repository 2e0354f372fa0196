/**
 * Pure logic of the flashcards page ("Oefenen"): which cards are in the deck, their order, the current card,
 * the student's marks and how they are stored in localStorage. No DOM here, so Vitest can test all of it;
 * `src/flashcards/Flashcards.astro` wires it to the page.
 *
 * Erasable TypeScript with no imports from `astro:content`: this module is bundled into the browser script.
 */

/** How a student rated a card: "Ken ik" or "Nog oefenen". Unmarked cards have no entry. */
export type Mark = 'known' | 'practice';
export const MARKS: readonly Mark[] = ['known', 'practice'];

/** The part of a glossary entry the deck needs. */
export interface Card {
	id: string;
	chapter: number;
}

export type Marks = Readonly<Record<string, Mark>>;

/** What the student chose, remembered across visits. */
export interface Settings {
	/** A chapter number, or 'all'. */
	chapter: number | 'all';
	/** Leave out cards marked "Ken ik". */
	onlyUnknown: boolean;
}

/** Everything that is persisted. */
export interface StoredState extends Settings {
	marks: Marks;
	/** Card the student was looking at, so a later visit continues there. */
	current: string | null;
}

export const STORAGE_KEY = 'samenvatting-sam.flashcards';
/** Bump when the stored shape changes; older data is then ignored instead of misread. */
export const STORAGE_VERSION = 1;

export const emptyState = (): StoredState => ({ marks: {}, chapter: 'all', onlyUnknown: false, current: null });

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const isMark = (value: unknown): value is Mark => MARKS.includes(value as Mark);

/**
 * Reads what `serializeState` wrote. Stored data comes from an older version of the site, another tab or a
 * curious student with devtools, so nothing is trusted: broken JSON or another version gives the empty state,
 * and marks for terms that no longer exist, unknown chapters and wrongly typed fields are dropped one by one.
 */
export function parseStoredState(
	raw: string | null,
	cardIds: ReadonlySet<string>,
	chapters: ReadonlySet<number>,
): StoredState {
	const state = emptyState();
	if (!raw) return state;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return state;
	}
	if (!isRecord(data) || data.version !== STORAGE_VERSION) return state;

	const marks: Record<string, Mark> = {};
	if (isRecord(data.marks)) {
		for (const [id, mark] of Object.entries(data.marks)) {
			if (cardIds.has(id) && isMark(mark)) marks[id] = mark;
		}
	}
	return {
		marks,
		chapter: typeof data.chapter === 'number' && chapters.has(data.chapter) ? data.chapter : 'all',
		onlyUnknown: data.onlyUnknown === true,
		current: typeof data.current === 'string' && cardIds.has(data.current) ? data.current : null,
	};
}

export function serializeState(state: StoredState): string {
	const { marks, chapter, onlyUnknown, current } = state;
	return JSON.stringify({ version: STORAGE_VERSION, marks, chapter, onlyUnknown, current });
}

/** The minimal part of `Storage` used, so tests and browsers without storage can pass their own. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Loads the state; a store that throws (blocked storage, private mode) counts as empty. */
export function loadState(
	store: KeyValueStore | null,
	cardIds: ReadonlySet<string>,
	chapters: ReadonlySet<number>,
): StoredState {
	try {
		return parseStoredState(store?.getItem(STORAGE_KEY) ?? null, cardIds, chapters);
	} catch {
		return emptyState();
	}
}

/** Saves the state; returns false when the store refused (the page then keeps working for this visit only). */
export function saveState(store: KeyValueStore | null, state: StoredState): boolean {
	if (!store) return false;
	try {
		store.setItem(STORAGE_KEY, serializeState(state));
		return true;
	} catch {
		return false;
	}
}

/** Cards in the chosen chapter (all chapters for 'all'), in their given order. */
export const cardsInChapter = <C extends Card>(cards: readonly C[], chapter: Settings['chapter']): C[] =>
	chapter === 'all' ? [...cards] : cards.filter((card) => card.chapter === chapter);

/** The deck for the current settings: the chapter filter, then optionally without the "Ken ik" cards. */
export const selectCards = <C extends Card>(cards: readonly C[], settings: Settings, marks: Marks): C[] =>
	cardsInChapter(cards, settings.chapter).filter((card) => !settings.onlyUnknown || marks[card.id] !== 'known');

/**
 * Fisher–Yates shuffle into a new array. `random` returns a number in [0, 1) like Math.random; tests pass a
 * seeded one.
 */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
	const result = [...items];
	for (let i = result.length - 1; i > 0; i--) {
		const j = Math.min(i, Math.floor(random() * (i + 1)));
		[result[i], result[j]] = [result[j] as T, result[i] as T];
	}
	return result;
}

export interface Progress {
	total: number;
	known: number;
	practice: number;
	/** Not marked yet. */
	open: number;
}

/** Counts the marks among the given cards. */
export function progressOf(cards: readonly Card[], marks: Marks): Progress {
	let known = 0;
	let practice = 0;
	for (const card of cards) {
		if (marks[card.id] === 'known') known++;
		else if (marks[card.id] === 'practice') practice++;
	}
	return { total: cards.length, known, practice, open: cards.length - known - practice };
}

/** A deck being studied: the card ids in study order, which one is shown and which side is up. */
export interface Deck {
	readonly order: readonly string[];
	readonly index: number;
	readonly flipped: boolean;
}

/** A deck on its front side, starting at `startId` when that card is in it, else at the first card. */
export function createDeck(order: readonly string[], startId: string | null = null): Deck {
	const start = startId === null ? -1 : order.indexOf(startId);
	return { order: [...order], index: Math.max(0, start), flipped: false };
}

export const currentCard = (deck: Deck): string | undefined => deck.order[deck.index];

export const isFirst = (deck: Deck): boolean => deck.index <= 0;
export const isLast = (deck: Deck): boolean => deck.index >= deck.order.length - 1;

export const flip = (deck: Deck): Deck => (deck.order.length === 0 ? deck : { ...deck, flipped: !deck.flipped });

/** Moves `delta` cards on, stopping at either end; a new card shows its front. */
export function move(deck: Deck, delta: number): Deck {
	const last = Math.max(0, deck.order.length - 1);
	const index = Math.min(last, Math.max(0, deck.index + delta));
	return index === deck.index ? deck : { ...deck, index, flipped: false };
}

/** Sets (or, with null, clears) the mark of one card. */
export function setMark(marks: Marks, id: string, mark: Mark | null): Marks {
	const next: Record<string, Mark> = { ...marks };
	if (mark === null) delete next[id];
	else next[id] = mark;
	return next;
}
