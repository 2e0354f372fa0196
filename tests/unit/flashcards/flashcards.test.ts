import { describe, expect, it } from 'vitest';
import {
	STORAGE_KEY,
	STORAGE_VERSION,
	cardsInChapter,
	createDeck,
	currentCard,
	emptyState,
	flip,
	isFirst,
	isLast,
	loadState,
	move,
	parseStoredState,
	progressOf,
	saveState,
	selectCards,
	serializeState,
	setMark,
	shuffle,
	type KeyValueStore,
	type StoredState,
} from '../../../src/flashcards/flashcards.ts';

const cards = [
	{ id: 'sales', chapter: 1 },
	{ id: 'lead', chapter: 1 },
	{ id: 'swot', chapter: 2 },
	{ id: 'kam', chapter: 3 },
];
const ids = new Set(cards.map((card) => card.id));
const chapters = new Set([1, 2, 3]);

/** Deterministic [0, 1) sequence (mulberry32), so a shuffle can be checked exactly. */
function seeded(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const memoryStore = (initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } => {
	const data = { ...initial };
	return {
		data,
		getItem: (key) => data[key] ?? null,
		setItem: (key, value) => {
			data[key] = value;
		},
		removeItem: (key) => {
			delete data[key];
		},
	};
};

describe('filtering', () => {
	it('keeps every card for "all" and only that chapter otherwise, in the given order', () => {
		expect(cardsInChapter(cards, 'all').map((c) => c.id)).toEqual(['sales', 'lead', 'swot', 'kam']);
		expect(cardsInChapter(cards, 1).map((c) => c.id)).toEqual(['sales', 'lead']);
		expect(cardsInChapter(cards, 3).map((c) => c.id)).toEqual(['kam']);
	});

	it('leaves out "Ken ik" cards only when asked, and keeps "Nog oefenen" ones', () => {
		const marks = { sales: 'known', lead: 'practice' } as const;
		expect(selectCards(cards, { chapter: 1, onlyUnknown: false }, marks).map((c) => c.id)).toEqual(['sales', 'lead']);
		expect(selectCards(cards, { chapter: 1, onlyUnknown: true }, marks).map((c) => c.id)).toEqual(['lead']);
		expect(selectCards(cards, { chapter: 'all', onlyUnknown: true }, marks).map((c) => c.id)).toEqual([
			'lead',
			'swot',
			'kam',
		]);
	});
});

describe('shuffle', () => {
	it('is a permutation that does not touch its input', () => {
		const input = Array.from({ length: 40 }, (_, i) => i);
		const copy = [...input];
		const result = shuffle(input, seeded(1));
		expect(input).toEqual(copy);
		expect([...result].sort((a, b) => a - b)).toEqual(input);
		expect(result).not.toEqual(input);
	});

	it('is reproducible with the same random source and differs with another', () => {
		const input = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
		expect(shuffle(input, seeded(7))).toEqual(shuffle(input, seeded(7)));
		expect(shuffle(input, seeded(7))).not.toEqual(shuffle(input, seeded(8)));
	});

	it('follows Fisher–Yates: random() → 0 always swaps with the first element', () => {
		// i=3 swaps 3↔0, i=2 swaps 2↔0, i=1 swaps 1↔0.
		expect(shuffle(['a', 'b', 'c', 'd'], () => 0)).toEqual(['b', 'c', 'd', 'a']);
		// Just under 1 never moves anything.
		expect(shuffle(['a', 'b', 'c', 'd'], () => 0.999999)).toEqual(['a', 'b', 'c', 'd']);
	});

	it('stays in bounds when a random source returns exactly 1', () => {
		expect(shuffle(['a', 'b', 'c'], () => 1).sort()).toEqual(['a', 'b', 'c']);
	});

	it('handles empty and single-card decks', () => {
		expect(shuffle([], seeded(1))).toEqual([]);
		expect(shuffle(['x'], seeded(1))).toEqual(['x']);
	});
});

describe('progress', () => {
	it('counts known, practice and open cards among the given cards only', () => {
		const marks = { sales: 'known', lead: 'practice', kam: 'known' } as const;
		expect(progressOf(cards, marks)).toEqual({ total: 4, known: 2, practice: 1, open: 1 });
		expect(progressOf(cardsInChapter(cards, 1), marks)).toEqual({ total: 2, known: 1, practice: 1, open: 0 });
		expect(progressOf([], marks)).toEqual({ total: 0, known: 0, practice: 0, open: 0 });
	});

	it('sets, changes and clears a mark without changing the old object', () => {
		const first = setMark({}, 'sales', 'practice');
		const second = setMark(first, 'sales', 'known');
		expect(first).toEqual({ sales: 'practice' });
		expect(second).toEqual({ sales: 'known' });
		expect(setMark(second, 'sales', null)).toEqual({});
	});
});

describe('deck', () => {
	it('starts at the remembered card when it is in the deck, else at the first', () => {
		expect(currentCard(createDeck(['a', 'b', 'c'], 'b'))).toBe('b');
		expect(currentCard(createDeck(['a', 'b', 'c'], 'zz'))).toBe('a');
		expect(currentCard(createDeck(['a', 'b', 'c']))).toBe('a');
		expect(createDeck(['a'], 'a').flipped).toBe(false);
	});

	it('flips, and a move shows the next card on its front', () => {
		let deck = createDeck(['a', 'b', 'c']);
		deck = flip(deck);
		expect(deck.flipped).toBe(true);
		deck = move(deck, 1);
		expect(currentCard(deck)).toBe('b');
		expect(deck.flipped).toBe(false);
		expect(flip(flip(deck))).toEqual(deck);
	});

	it('stops at both ends', () => {
		let deck = createDeck(['a', 'b']);
		expect(isFirst(deck)).toBe(true);
		expect(move(deck, -1)).toBe(deck);
		deck = move(deck, 5);
		expect(currentCard(deck)).toBe('b');
		expect(isLast(deck)).toBe(true);
		// Staying on the last card keeps its side up.
		const flipped = flip(deck);
		expect(move(flipped, 1).flipped).toBe(true);
	});

	it('copes with an empty deck', () => {
		const deck = createDeck([]);
		expect(currentCard(deck)).toBeUndefined();
		expect(flip(deck).flipped).toBe(false);
		expect(move(deck, 1)).toBe(deck);
		expect(isFirst(deck) && isLast(deck)).toBe(true);
	});
});

describe('stored state', () => {
	const state: StoredState = {
		marks: { sales: 'known', kam: 'practice' },
		chapter: 2,
		onlyUnknown: true,
		current: 'swot',
	};

	it('round-trips through serialize and parse', () => {
		expect(parseStoredState(serializeState(state), ids, chapters)).toEqual(state);
		expect(JSON.parse(serializeState(state)).version).toBe(STORAGE_VERSION);
	});

	it.each([
		['nothing stored', null],
		['empty string', ''],
		['broken JSON', '{"version":1,"marks":'],
		['JSON null', 'null'],
		['an array', '[1,2,3]'],
		['a number', '42'],
		['another version', JSON.stringify({ version: 99, marks: { sales: 'known' } })],
		['no version', JSON.stringify({ marks: { sales: 'known' } })],
	])('gives the empty state for %s', (_label, raw) => {
		expect(parseStoredState(raw, ids, chapters)).toEqual(emptyState());
	});

	it('drops bad fields one by one and keeps the good ones', () => {
		const raw = JSON.stringify({
			version: STORAGE_VERSION,
			marks: { sales: 'known', lead: 'maybe', gone: 'known', kam: 1, swot: 'practice', constructor: 'known' },
			chapter: 9,
			onlyUnknown: 'yes',
			current: 'gone',
		});
		expect(parseStoredState(raw, ids, chapters)).toEqual({
			marks: { sales: 'known', swot: 'practice' },
			chapter: 'all',
			onlyUnknown: false,
			current: null,
		});
	});

	it('ignores marks that are not an object', () => {
		const raw = JSON.stringify({ version: STORAGE_VERSION, marks: ['sales'], chapter: 1 });
		expect(parseStoredState(raw, ids, chapters)).toEqual({ ...emptyState(), chapter: 1 });
	});

	it('loads and saves through a store, under its own key', () => {
		const store = memoryStore();
		expect(loadState(store, ids, chapters)).toEqual(emptyState());
		expect(saveState(store, state)).toBe(true);
		expect(Object.keys(store.data)).toEqual([STORAGE_KEY]);
		expect(loadState(store, ids, chapters)).toEqual(state);
	});

	it('keeps working when storage is missing or throws', () => {
		const throwing: KeyValueStore = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			removeItem: () => undefined,
		};
		expect(loadState(throwing, ids, chapters)).toEqual(emptyState());
		expect(saveState(throwing, state)).toBe(false);
		expect(loadState(null, ids, chapters)).toEqual(emptyState());
		expect(saveState(null, state)).toBe(false);
	});
});
