import { describe, expect, it } from 'vitest';
import { createTermMatcher, isAbbreviation, surfaceForms } from '../../../src/glossary/term-matching.ts';

const terms = [
	{ id: 'sales', term: 'Sales', aliases: ['verkoop'] },
	{ id: 'lead', term: 'Lead' },
	{ id: 'mvo', term: 'Maatschappelijk verantwoord ondernemen (MVO)', aliases: ['MVO'] },
	{ id: 'am', term: 'Accountmanager (AM)', aliases: ['AM'] },
	{ id: 'marketing', term: 'Marketing' },
	{ id: 'marketing-strategie', term: 'Marketing als strategie' },
	{ id: 'orientatie', term: 'Marketing-oriëntatie', aliases: ['marketing-orientatie'] },
	{ id: 'vier-p', term: '4 P’s', aliases: ['4P'] },
];
const matcher = createTermMatcher(terms);
const ids = (text: string) => matcher.matchAll(text).map((m) => `${m.id}:${m.text}`);

describe('term matching', () => {
	it('matches whole words only, case-insensitively', () => {
		expect(ids('Sales en salesmensen; SALES.')).toEqual(['sales:Sales', 'sales:SALES']);
		expect(ids('Leadgeneratie is geen lead.')).toEqual(['lead:lead']);
	});

	it('matches a plural of an ordinary word', () => {
		expect(ids('Alle leads opvolgen.')).toEqual(['lead:leads']);
	});

	it('matches abbreviations only in capitals', () => {
		expect(ids('De AM belt; ik am niet; mvo of MVO?')).toEqual(['am:AM', 'mvo:MVO']);
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

	it('matches the phrase of a term without its bracketed part, and across line breaks', () => {
		expect(ids('maatschappelijk verantwoord\nondernemen')).toEqual(['mvo:maatschappelijk verantwoord\nondernemen']);
		expect(surfaceForms(terms[2]!)).toEqual([
			'Maatschappelijk verantwoord ondernemen (MVO)',
			'Maatschappelijk verantwoord ondernemen',
			'MVO',
		]);
	});

	it('handles accents, dashes and digits at word edges', () => {
		expect(ids('de marketing-oriëntatie en marketing-orientatie')).toEqual([
			'orientatie:marketing-oriëntatie',
			'orientatie:marketing-orientatie',
		]);
		expect(ids('de 4P’s van marketing, niet 4PX')).toEqual(['vier-p:4P', 'marketing:marketing']);
	});

	it('finds nothing when there is nothing to find', () => {
		expect(createTermMatcher([]).matchAll('Sales')).toEqual([]);
		expect(ids('Een tekst zonder begrippen.')).toEqual([]);
	});
});
