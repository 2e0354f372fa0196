import { describe, expect, it } from 'vitest';
import {
	glossaryRecords,
	recordBody,
	recordParts,
	recordSpellings,
	recordSynonyms,
	synonymWords,
} from '../../../src/search/glossary-records.ts';

const terms = [
	{
		id: 'sales',
		term: 'Sales',
		definition: 'Een proces tussen mensen.',
		chapter: 1,
		anchor: 'wat-is-sales',
		aliases: ['verkoop'],
	},
	{
		id: 'sql',
		term: 'Sales qualified lead',
		definition: 'Een lead die sales wil opvolgen.',
		chapter: 1,
		anchor: 'leads',
		aliases: ['sales qualified'],
	},
	{
		id: 'am',
		term: 'Accountmanager (AM)',
		definition: 'Beheert klanten.',
		chapter: 3,
		anchor: 'am',
		aliases: ['AM', 'accountmanagers'],
	},
	{
		id: 'regio',
		term: 'Salesregio (rayon)',
		definition: 'Een gebied van een AM.',
		chapter: 3,
		anchor: 'regio',
		aliases: ['rayon', "salesregio's"],
	},
	{
		id: 'po',
		term: 'Product-oriëntatie',
		definition: 'Fase 2.',
		chapter: 1,
		anchor: 'fasen',
		aliases: ['productorientatie'],
	},
	{ id: 'sl', term: 'Salesleiderschap', definition: 'Leiderschap in sales.', chapter: 1, anchor: 'sl' },
	{ id: 'mp', term: 'Marktpenetratie', definition: 'Groeien met bestaande producten.', chapter: 2, anchor: 'ansoff' },
];

describe('glossary records', () => {
	it('keep spellings of the name apart from synonyms', () => {
		expect(recordSpellings(terms[2]!)).toEqual(['accountmanagers']);
		expect(recordSynonyms(terms[2]!)).toEqual(['AM']);
		expect(recordSynonyms(terms[1]!)).toEqual([]);
		expect(recordSynonyms(terms[3]!)).toEqual(['rayon']);
		expect(recordSynonyms(terms[0]!)).toEqual(['verkoop']);
		expect(recordSpellings(terms[4]!)).toEqual(['productorientatie']);
	});

	it('give the synonym field only words the name lacks, so no query word counts twice', () => {
		const roles = {
			id: 'r',
			term: 'Rollen van sales',
			definition: 'Drie rollen.',
			chapter: 1,
			anchor: 'r',
			aliases: ['rol van sales'],
		};
		expect(synonymWords(roles)).toEqual(['rol']);
		expect(synonymWords(terms[2]!)).toEqual([]);
	});

	it('squash the name into one body word, so a query that is exactly the name ranks that term first', () => {
		expect(recordBody(terms[1]!)).toBe('salesqualifiedlead salesqualified');
		expect(recordBody(terms[3]!)).toBe("salesregio salesregios salesregio's");
	});

	it('find compound parts, also where only the site text tells the split', () => {
		expect(recordParts(terms[5]!, terms)).toContain('leiderschap');
		expect(recordParts(terms[6]!, terms)).toEqual([]);
		expect(recordParts(terms[6]!, terms, ['markt', 'bestaande'])).toContain('penetratie');
	});

	it('point at the section, are unique by glossary URL, and carry the chapter filter', () => {
		const [sales] = glossaryRecords(terms, {
			chapterLabel: (n) => `H${n}`,
			sectionUrl: (t) => `/h${t.chapter}/#${t.anchor}`,
			glossaryUrl: (t) => `/begrippenlijst/#begrip-${t.id}`,
		});
		expect(sales).toMatchObject({
			url: '/begrippenlijst/#begrip-sales',
			content: 'sales',
			language: 'nl',
			meta: {
				title: 'Sales',
				url: '/h1/#wat-is-sales',
				soort: 'Begrip',
				naam: 'Sales',
				synoniemen: 'verkoop',
				definitie: 'Een proces tussen mensen.',
			},
			filters: { hoofdstuk: ['H1'] },
		});
	});
});
