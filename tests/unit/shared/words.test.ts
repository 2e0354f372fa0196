import { describe, expect, it } from 'vitest';
import { escapeRegExp, fold, spelledWordsOf, wordsOf } from '../../../src/shared/words.ts';

describe('words', () => {
	it('folds accents and case the way Pagefind compares words', () => {
		expect(fold('Productoriëntatie')).toBe('productorientatie');
		expect(fold('Één')).toBe('een');
	});
	it('splits a text into folded words of letters and digits', () => {
		expect(wordsOf('De 4P’s van de Marketingmix: prijs-beleid')).toEqual([
			'de',
			'4p',
			's',
			'van',
			'de',
			'marketingmix',
			'prijs',
			'beleid',
		]);
	});
	it('escapes every character a regular expression gives a meaning', () => {
		const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
		expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
		expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
	});

	it('splits text into lowercase words and keeps accents when asked to', () => {
		expect(spelledWordsOf('Geïntegreerd, 4P’s en B2B-markt')).toEqual([
			'geïntegreerd',
			'4p',
			's',
			'en',
			'b2b',
			'markt',
		]);
	});
});
