import { describe, expect, it } from 'vitest';
import { buildVocabulary, compoundHeads, compoundKeywords } from '../../../src/search/compounds.ts';

const glossary = [
	{ id: 'sales', term: 'Sales', definition: 'Een proces tussen mensen om de juiste beslissing te nemen.' },
	{ id: 'relatie', term: 'Relatie', definition: 'Een band tussen klant en leverancier.' },
	{
		id: 'marketing-orientatie',
		term: 'Marketing-oriëntatie',
		aliases: ['marketingorientatie'],
		definition: 'Fase vier.',
	},
	{ id: 'relatiemarketing', term: 'Relatiemarketing', definition: 'Fase vijf: klantgerichtheid door relaties.' },
	{ id: 'salesleiderschap', term: 'Salesleiderschap', definition: 'Leiderschap dat nodig is voor salesuitdagingen.' },
	{ id: 'product', term: 'Product', definition: 'Wat de organisatie aanbiedt.' },
	{ id: 'plc', term: 'Productlevenscyclus', definition: 'Hoe de afzet zich in de tijd ontwikkelt.' },
	{ id: 'productie', term: 'Productie-oriëntatie', definition: 'Fase een: zo goedkoop mogelijk produceren.' },
	{ id: 'am', term: 'Accountmanager (AM)', aliases: ['AM'], definition: 'Verkoper die klanten beheert.' },
];
const vocabulary = buildVocabulary(glossary);

describe('compound splitting', () => {
	it('splits where the rest is a word the glossary uses (salesleiderschap → leiderschap)', () => {
		expect(compoundHeads('Salesleiderschap', vocabulary)).toContain('leiderschap');
	});

	it('splits where the start is a word of a term (relatiemarketing → marketing)', () => {
		expect(compoundHeads('relatiemarketing', vocabulary)).toContain('marketing');
		expect(compoundHeads('productlevenscyclus', vocabulary)).toEqual(['levenscyclus']);
	});

	it('uses only the longest known modifier, so no half words come out', () => {
		const heads = compoundHeads('productieoriëntatie', vocabulary);
		expect(heads).toContain('oriëntatie');
		expect(heads).not.toContain('ieoriëntatie');
	});

	it('leaves words alone that contain no known part', () => {
		expect(compoundHeads('leverancier', vocabulary)).toEqual([]);
		expect(compoundHeads('sales', vocabulary)).toEqual([]);
		// A known modifier followed only by an ending is an inflection, not a compound.
		expect(compoundHeads('producten', vocabulary)).toEqual([]);
	});

	it('derives keywords per term without repeating the term’s own words', () => {
		const term = glossary.find((t) => t.id === 'relatiemarketing')!;
		expect(compoundKeywords(term, vocabulary)).toEqual(['marketing']);
	});
});
