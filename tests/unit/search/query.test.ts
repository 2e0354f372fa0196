import { describe, expect, it } from 'vitest';
import { headingScore, highlight, rankSubResults, searchTerms, spreadSections } from '../../../src/search/query.ts';

describe('searchTerms', () => {
	it('drops function and question words', () => {
		expect(searchTerms('wat is een matrixorganisatie')).toBe('matrixorganisatie');
		expect(searchTerms('waarde van de klant')).toBe('waarde klant');
		expect(searchTerms('Marketing als strategie')).toBe('Marketing strategie');
	});

	it('reads a plural with an apostrophe as its word', () => {
		expect(searchTerms("hoe bepaal je salesregio's")).toBe('bepaal salesregio');
	});

	it('drops the verb of a question ("hoe deel je … in")', () => {
		expect(searchTerms("hoe deel je salesregio's in")).toBe('salesregio');
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

describe('spreadSections', () => {
	const section = (url: string) => ({ title: url, url, excerpt: '', locations: [] });
	const term = (url: string) => ({ url, sections: [], explained: 'uitgelegd in H3' });
	const page = (url: string, ...sections: string[]) => ({ url, sections: sections.map(section) });

	it('gives each section at most one result among the first three', () => {
		const shown = spreadSections([
			term('/h3/?zoekterm=matrix#matrixorganisatie'),
			page('/h3/?zoekterm=matrix', '/h3/?zoekterm=matrix#matrixorganisatie', '/h3/?zoekterm=matrix#lijn'),
			term('/h3/?zoekterm=matrix#matrixorganisatie'),
			term('/h1/?zoekterm=matrix#rollen'),
		]);
		expect(shown.map((r) => [r.url, ...r.sections.map((s) => s.url)])).toEqual([
			['/h3/?zoekterm=matrix#matrixorganisatie'],
			['/h3/?zoekterm=matrix', '/h3/?zoekterm=matrix#lijn'],
			['/h1/?zoekterm=matrix#rollen'],
			['/h3/?zoekterm=matrix#matrixorganisatie'],
		]);
	});

	it('keeps the order when nothing else matches, and at most three sections per page', () => {
		const shown = spreadSections([term('/a/#x'), term('/a/#x'), page('/b/', '/b/#1', '/b/#2', '/b/#3', '/b/#4')]);
		expect(shown.map((r) => r.url)).toEqual(['/a/#x', '/b/', '/a/#x']);
		expect(shown[1]!.sections).toHaveLength(3);
	});

	it('of the first results of more, gives only the places that the later ones cannot take', () => {
		const all = [term('/a/#x'), term('/a/#x'), page('/b/', '/b/#1'), term('/c/#y'), page('/d/')];
		const whole = spreadSections(all).map((r) => r.url);
		// The second card of /a/#x waits: a later result (here /b/) may go before it.
		expect(spreadSections(all.slice(0, 2), 3, 3, false).map((r) => r.url)).toEqual(['/a/#x']);
		for (let n = 1; n <= all.length; n++) {
			const drawn = spreadSections(all.slice(0, n), 3, 3, false).map((r) => r.url);
			expect(drawn).toEqual(whole.slice(0, drawn.length));
		}
		expect(spreadSections(all.slice(0, 4), 3, 3, false).map((r) => r.url)).toEqual(whole.slice(0, 4));
	});
});
