import { describe, expect, it } from 'vitest';
import {
	allowedEdits,
	correctQuery,
	correctWord,
	createVocabulary,
	editDistance,
	isInIndex,
	isKnown,
} from '../../../src/search/typo.ts';

const vocabulary = createVocabulary({
	words: [
		'accountmanager',
		'diversificatie',
		'consultative',
		'selling',
		'salesorganisatie',
		'matrixorganisatie',
		'organisatie',
		'geïntegreerd',
		'rol',
		'kans',
		'prijs',
		'product',
		'productlevenscyclus',
		'verkoper',
		'promotie',
	],
});

describe('editDistance', () => {
	it('counts inserts, deletes, substitutions and swapped neighbours as one edit each', () => {
		expect(editDistance('acountmanager', 'accountmanager', 2)).toBe(1);
		expect(editDistance('diversifikatie', 'diversificatie', 2)).toBe(1);
		expect(editDistance('prjis', 'prijs', 2)).toBe(1);
		expect(editDistance('consultive', 'consultative', 2)).toBe(2);
		expect(editDistance('same', 'same', 1)).toBe(0);
	});

	it('stops at the limit', () => {
		expect(editDistance('abcdefgh', 'stuvwxyz', 2)).toBe(3);
		expect(editDistance('kort', 'veel langer woord', 2)).toBe(3);
	});
});

describe('allowedEdits', () => {
	it('allows none below 5 letters, one up to 8, two from 9', () => {
		expect([4, 5, 8, 9, 14].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
	});
});

describe('correctWord', () => {
	it('corrects one edit in a word of 5–8 letters and two in a longer one', () => {
		expect(correctWord('promotei', vocabulary)).toBe('promotie');
		expect(correctWord('acountmanager', vocabulary)).toBe('accountmanager');
		expect(correctWord('consultive', vocabulary)).toBe('consultative');
		expect(correctWord('Diversifikatie', vocabulary)).toBe('diversificatie');
	});

	it('leaves words Pagefind finds alone: known words, starts of words, short inflections', () => {
		expect(correctWord('product', vocabulary)).toBeUndefined();
		expect(correctWord('productlev', vocabulary)).toBeUndefined();
		expect(correctWord('verkopers', vocabulary)).toBeUndefined();
		expect(correctWord('kansen', vocabulary)).toBeUndefined();
		expect(isKnown('geintegreerd', vocabulary)).toBe(true);
	});

	it('finds nothing for a word that resembles nothing, or one too short to guess', () => {
		expect(correctWord('xqzwv', vocabulary)).toBeUndefined();
		expect(correctWord('acountmanagerxyz', vocabulary)).toBeUndefined();
		expect(correctWord('prys', vocabulary)).toBeUndefined();
	});
});

describe('correctQuery', () => {
	it('corrects each word and reports what it changed', () => {
		expect(correctQuery('consultive selling', vocabulary)).toEqual({
			query: 'consultative selling',
			corrections: [{ from: 'consultive', to: 'consultative' }],
		});
		expect(correctQuery('organisatie product', vocabulary).corrections).toEqual([]);
	});
});

describe('joinCompounds', () => {
	it('joins neighbouring words that are one word of the site, repeatedly', () => {
		const v = createVocabulary({
			words: ['klantwaarde', 'salesorganisatie', 'salesorganisatiestructuren', 'waarde', 'klant'],
		});
		expect(correctQuery('klant waarde', v).query).toBe('klantwaarde');
		expect(correctQuery('sales organisatie structuren', v).query).toBe('salesorganisatiestructuren');
		expect(correctQuery('waarde klant', v)).toEqual({ query: 'waarde klant', corrections: [] });
	});
});

describe('spelling of corrections', () => {
	it('suggests the word as the site writes it, with its diacritics and as one compound', () => {
		const v = createVocabulary({ words: ['productieoriëntatie', 'productlevenscyclus', 'product', 'levenscyclus'] });
		expect(correctQuery('productieorientatei', v)).toEqual({
			query: 'productieoriëntatie',
			corrections: [{ from: 'productieorientatei', to: 'productieoriëntatie' }],
		});
		expect(correctQuery('productlevenscylus', v).query).toBe('productlevenscyclus');
	});
});

describe('isInIndex', () => {
	it('accepts words of the index, their starts and inflections', () => {
		for (const word of ['verkoper', 'verkopers', 'Geïntegreerd', 'organ', 'kansen', 'promoties']) {
			expect(isInIndex(word, vocabulary), word).toBe(true);
		}
	});

	it('rejects made-up words that only share their first letters with a site word', () => {
		for (const word of ['kaas', 'tulp', 'mpriq', 'prodixel', 'verkuuf', 'zonkel', 'xqzwv']) {
			expect(isInIndex(word, vocabulary), word).toBe(false);
		}
	});

	it('knows one- and two-letter words of the index, which are never a correction', () => {
		const v = createVocabulary({ words: ['am', 'h3', 'accountmanager'] });
		expect(isInIndex('AM', v)).toBe(true);
		expect(v.ranked).toEqual(['accountmanager']);
	});
});
