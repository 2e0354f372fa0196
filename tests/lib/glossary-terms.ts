import type { GlossaryTerm } from '../../src/glossary/data.ts';

/** A small glossary for the rehype plugin tests: two terms of chapter 1, one of chapter 2. */
export const TEST_TERMS: GlossaryTerm[] = [
	{
		id: 'lead',
		term: 'Lead',
		definition: 'Een nieuwe klant die sales opvolgt.',
		chapter: 1,
		anchor: 'wat-is-sales',
		aliases: [],
		preview: [],
		notInterchangeable: [],
	},
	{
		id: 'relatiemarketing',
		term: 'Relatiemarketing',
		definition: 'Fase vijf: waarde toevoegen via relaties.',
		chapter: 1,
		anchor: 'fasen',
		aliases: [],
		preview: [],
		notInterchangeable: [],
	},
	{
		id: 'marketing',
		term: 'Marketing',
		definition: 'Alles rond de markt.',
		chapter: 2,
		anchor: 'marketing',
		aliases: [],
		preview: [],
		notInterchangeable: [],
	},
];
