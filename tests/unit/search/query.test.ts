import { describe, expect, it } from 'vitest';
import { headingScore, highlight, rankSubResults, searchTerms } from '../../../src/search/query.ts';

describe('searchTerms', () => {
	it('drops function and question words', () => {
		expect(searchTerms('wat is een matrixorganisatie')).toBe('matrixorganisatie');
		expect(searchTerms('waarde van de klant')).toBe('waarde klant');
		expect(searchTerms('Marketing als strategie')).toBe('Marketing strategie');
	});

	it('reads a plural with an apostrophe as its word', () => {
		expect(searchTerms("hoe bepaal je salesregio's")).toBe('bepaal salesregio');
	});

	it('keeps the query when it has nothing else', () => {
		expect(searchTerms('van de')).toBe('van de');
	});
});

describe('headingScore', () => {
	it('ranks the heading that is the whole query above one that has its words', () => {
		expect(headingScore('Waarde van de klant', 'waarde van de klant')).toBe(3);
		expect(headingScore('Waarde voor de klant', 'waarde van de klant')).toBe(2);
		expect(headingScore('Matrixorganisatie', 'matrix organisatie')).toBe(2);
		expect(headingScore('Klantwaarde', 'waarde van de klant')).toBe(2);
		expect(headingScore('Salesleiderschap', 'intern verkopen')).toBe(0);
	});
});

describe('rankSubResults', () => {
	const sub = (title: string, hits: number, url = `/p/#${title}`) => ({
		title,
		url,
		excerpt: '',
		locations: Array(hits).fill(0),
	});

	it('puts sections named by the query first, then the most hits, keeping the page top in front', () => {
		const ranked = rankSubResults(
			[
				sub('Pagina', 1, '/p/'),
				sub('Marketing als filosofie', 9),
				sub('Drie invalshoeken', 12),
				sub('Marketing als strategie', 2),
				sub('Test jezelf', 5),
			],
			'/p/',
			'marketing als strategie',
		);
		expect(ranked.map((s) => s.title)).toEqual([
			'Pagina',
			'Marketing als strategie',
			'Marketing als filosofie',
			'Drie invalshoeken',
		]);
	});
});

describe('highlight', () => {
	it('marks words that start with a searched word and escapes the rest', () => {
		expect(highlight('Een <matrix> met matrixorganisatie', 'matrix')).toBe(
			'Een &lt;<mark>matrix</mark>&gt; met <mark>matrixorganisatie</mark>',
		);
	});
});
