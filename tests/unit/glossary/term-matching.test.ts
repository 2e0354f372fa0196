import { describe, expect, it } from 'vitest';
import { createTermMatcher, isAbbreviation, previewForms } from '../../../src/glossary/term-matching.ts';

const terms = [
	{ id: 'sales', term: 'Sales', chapter: 1, aliases: ['verkoop'] },
	{ id: 'lead', term: 'Lead', chapter: 1 },
	{ id: 'mvo', term: 'Maatschappelijk verantwoord ondernemen (MVO)', chapter: 1, aliases: ['MVO'] },
	{ id: 'am', term: 'Accountmanager (AM)', chapter: 3, preview: ['accountmanager', 'AM'], aliases: ['AM'] },
	{ id: 'marketing', term: 'Marketing', chapter: 2 },
	{ id: 'marketing-strategie', term: 'Marketing als strategie', chapter: 2 },
	{ id: 'orientatie', term: 'Marketing-oriëntatie', chapter: 1, aliases: ['marketing-orientatie'] },
	{ id: 'vier-p', term: "4 P's", chapter: 2, preview: ['4P'] },
	{ id: 'prijs', term: 'Prijs (P)', chapter: 2, aliases: ['prijs'] },
	{ id: 'plaats', term: 'Plaats (P)', chapter: 2, preview: ['plaats'], aliases: ['plaats'] },
	{ id: 'fasen', term: 'Vijf fasen van relatiemanagement', chapter: 1, preview: ['vijf fasen'], aliases: ['5 fasen'] },
];
const ids = (text: string, chapter = 3) =>
	createTermMatcher(terms, { chapter })
		.matchAll(text)
		.map((m) => `${m.id}:${m.text}`);

describe('term matching', () => {
	it('matches whole words only, case-insensitively', () => {
		expect(ids('Sales en salesmensen; SALES.')).toEqual(['sales:Sales', 'sales:SALES']);
		expect(ids('Leadgeneratie is geen lead.')).toEqual(['lead:lead']);
	});

	it('matches a plural of an ordinary word', () => {
		expect(ids('Alle leads opvolgen.')).toEqual(['lead:leads']);
	});

	it('matches abbreviations only in capitals', () => {
		expect(ids('De AM belt; ik am niet.')).toEqual(['am:AM']);
		expect(isAbbreviation('MVO')).toBe(true);
		expect(isAbbreviation('4P')).toBe(true);
		expect(isAbbreviation('Lead')).toBe(false);
	});

	it('prefers the longest term at one position', () => {
		expect(ids('Marketing als strategie en marketing.')).toEqual([
			'marketing-strategie:Marketing als strategie',
			'marketing:marketing',
		]);
	});

	it('matches a name with a bracket only with its bracket, across line breaks', () => {
		expect(ids('maatschappelijk verantwoord\nondernemen (MVO)')).toEqual([
			'mvo:maatschappelijk verantwoord\nondernemen (MVO)',
		]);
		expect(ids('maatschappelijk verantwoord ondernemen')).toEqual([]);
		expect(ids('tegen een prijs die zo laag mogelijk is', 2)).toEqual([]);
	});

	it('never opens a preview for a search alias', () => {
		expect(ids('De verkoop groeit; MVO is belangrijk; 5 fasen.', 1)).toEqual([]);
	});

	it('links the extra preview forms only on the term’s own chapter page', () => {
		expect(ids('Het vak heeft zich in vijf fasen ontwikkeld.', 1)).toEqual(['fasen:vijf fasen']);
		expect(ids('De productlevenscyclus kent vijf fasen.', 2)).toEqual([]);
		expect(ids('De accountmanager belt.', 1)).toEqual([]);
		expect(ids('De accountmanager belt.', 3)).toEqual(['am:accountmanager']);
		expect(previewForms(terms[3]!, 1)).toEqual(['Accountmanager (AM)']);
	});

	it('never links inside a fixed phrase', () => {
		expect(ids('In plaats van te mikken op één verkoop.', 2)).toEqual([]);
		expect(ids('De plaats van verkoop.', 2)).toEqual(['plaats:plaats']);
	});

	it('handles accents, dashes, apostrophes and digits at word edges', () => {
		expect(ids('de marketing-oriëntatie en marketing‑oriëntatie')).toEqual([
			'orientatie:marketing-oriëntatie',
			'orientatie:marketing‑oriëntatie',
		]);
		expect(ids('de 4 P’s van marketing, niet 4PX', 2)).toEqual(['vier-p:4 P’s', 'marketing:marketing']);
	});

	it('finds nothing when there is nothing to find', () => {
		expect(createTermMatcher([]).matchAll('Sales')).toEqual([]);
		expect(ids('Een tekst zonder begrippen.')).toEqual([]);
	});
});
