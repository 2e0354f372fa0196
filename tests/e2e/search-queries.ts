/**
 * What students type, and the section that explains it: `search.spec.ts` runs every query in the search dialog and
 * requires that section among the links of the first three results. Besides this table, every glossary term's
 * name is a query too (generated from the glossary in the spec), so a new term is covered without an edit here.
 */
import { pagePath } from '../../src/shared/urls.ts';

export interface SearchQuery {
	q: string;
	page: string;
	anchor: string;
	why: string;
}

const H1 = pagePath('h1-introductie');
const H2 = pagePath('h2-omgeving-en-context');
const H3 = pagePath('h3-organisatie-van-sales');

const q = (why: string, page: string, anchor: string, ...queries: string[]): SearchQuery[] =>
	queries.map((query) => ({ q: query, page, anchor, why }));

export const QUERIES: readonly SearchQuery[] = [
	// Without diacritics.
	...q('no diacritics', H2, 'vier-manieren-van-samenwerken', 'geintegreerd'),
	...q('no diacritics', H1, 'vijf-fasen-van-relatiemanagement', 'productorientatie', 'marketingorientatie'),
	...q('no diacritics', H3, 'vijf-salesorganisatiestructuren', 'orientatie', 'interne orientatie'),
	...q('no diacritics', H1, 'waarde-voor-de-klant', 'geindividualiseerde waardepropositie'),
	// Singular and plural.
	// The glossary explains the accountmanager where H1 introduces the AM.
	...q('plural', H1, 'wat-is-sales', 'accountmanagers'),
	...q('plural', H1, 'wat-is-sales', 'leads', 'prospects'),
	...q('plural', H3, 'salesregios-in-een-geografische-salesorganisatie', "salesregio's", 'salesregios'),
	...q('plural', H3, 'lijn-staforganisatie', 'stafafdelingen'),
	...q('plural', H3, 'matrixorganisatie', 'matrixorganisaties'),
	...q('plural', H1, 'waarde-voor-de-klant', 'waardeproposities'),
	...q('singular', H2, 'drie-invalshoeken-van-marketing', 'invalshoek'),
	...q('singular', H1, 'vier-salesbenaderingen', 'salesbenadering'),
	// Abbreviations.
	...q('abbreviation', H1, 'vijf-fasen-van-relatiemanagement', 'MVO'),
	...q('abbreviation', H1, 'wat-is-sales', 'AM'),
	...q('abbreviation', H2, 'marketing-als-activiteit-de-4-ps', '4P', "4 P's"),
	// English terms the book uses.
	...q('English term', H1, 'waarde-voor-de-klant', 'value selling'),
	...q('English term', H1, 'consultative-selling', 'consultative selling'),
	...q('English term', H1, 'social-selling', 'social selling'),
	// Parts of Dutch compounds.
	...q('compound part', H1, 'salesleiderschap', 'leiderschap'),
	...q('compound part', H1, 'vijf-fasen-van-relatiemanagement', 'concept'),
	...q('compound part', H2, 'marketing-als-filosofie', 'marketing'),
	...q('compound part', H2, 'product-en-productlevenscyclus', 'levenscyclus'),
	...q('compound part', H2, 'de-ansoff-groeimatrix', 'groeimatrix', 'penetratie'),
	// Compounds typed apart.
	...q('compound typed apart', H3, 'matrixorganisatie', 'matrix organisatie'),
	...q('compound typed apart', H2, 'product-en-productlevenscyclus', 'product levenscyclus', 'neergangs fase'),
	...q('compound typed apart', H1, 'salesleiderschap', 'sales leiderschap'),
	...q('compound typed apart', H3, 'lijn-staforganisatie', 'lijn staf organisatie', 'lijnstaforganisatie'),
	...q('compound typed apart', H3, 'lijnorganisatie', 'lijn organisatie'),
	...q('compound typed apart', H3, 'projectorganisatie', 'project organisatie'),
	...q('compound typed apart', H1, 'klantwaarde', 'klant waarde'),
	...q('compound typed apart', H1, 'waarde-voor-de-klant', 'waarde propositie'),
	...q('compound typed apart', H1, 'salesgerichte-organisatie', 'lead generatie'),
	...q('compound typed apart', H2, 'de-ansoff-groeimatrix', 'markt penetratie', 'groei matrix'),
	...q('compound typed apart', H1, 'wat-is-sales', 'account manager'),
	...q('compound typed apart', H3, 'vijf-salesorganisatiestructuren', 'sales organisatie structuren'),
	...q(
		'compound typed apart',
		H3,
		'salesregios-in-een-geografische-salesorganisatie',
		'sales regio',
		'winst bijdrage',
		'markt dekking',
	),
	...q('compound typed apart', H1, 'vijf-fasen-van-relatiemanagement', 'relatie marketing'),
	// Phrases with common words.
	...q('phrase', H1, 'waarde-van-de-klant', 'waarde van de klant'),
	...q('phrase', H1, 'waarde-voor-de-klant', 'waarde voor de klant'),
	...q('phrase', H2, 'marketing-als-filosofie', 'marketing als filosofie'),
	...q('phrase', H2, 'marketing-als-strategie', 'marketing als strategie'),
	...q('phrase', H2, 'marketing-als-activiteit-de-4-ps', 'marketing als activiteit'),
	...q('phrase', H1, 'drie-rollen-van-sales', 'rollen van sales', 'de rol van sales in een organisatie'),
	...q(
		'phrase',
		H2,
		'vier-manieren-van-samenwerken',
		'samenwerken marketing sales',
		'samenwerking tussen marketing en sales',
	),
	...q('phrase', H1, 'waarom-sales-niets-geeft-om-marketingleads', 'sales qualified lead'),
	// Questions.
	...q('question', H3, 'geografische-salesorganisatie', 'voordelen geografische salesorganisatie'),
	...q('question', H1, 'klantgerichte-organisatie', 'eigen belang uit het oog'),
	...q('question', H3, 'matrixorganisatie', 'wat is een matrixorganisatie'),
	...q('question', H1, 'social-selling', 'wat is social selling'),
	...q('question', H3, 'salesregios-in-een-geografische-salesorganisatie', "hoe bepaal je salesregio's"),
	...q('question', H1, 'waarom-sales-niets-geeft-om-marketingleads', 'waarom negeert sales marketingleads'),
	...q('question', H3, 'lijnorganisatie', 'nadelen van een lijnorganisatie'),
	...q('question', H2, 'de-ansoff-groeimatrix', 'wat betekent diversificatie'),
	...q('question', H2, 'product-en-productlevenscyclus', 'welke fasen heeft de productlevenscyclus'),
	...q('question', H3, 'lijn-staforganisatie', 'wat doet een stafafdeling'),
	// Paraphrases: everyday words and other names for a term, which the notes do not use (the term's aliases).
	...q('paraphrase', H1, 'wat-is-sales', 'klantenwerving', 'potentiële klant', 'mogelijke klant', 'relatiebeheerder'),
	...q(
		'paraphrase',
		H1,
		'vijf-fasen-van-relatiemanagement',
		'klantenbinding',
		'marketingconcept',
		'maatschappelijke marketing',
		'duurzaam ondernemen',
	),
	...q('paraphrase', H1, 'vier-salesbenaderingen', 'verkoopbenadering'),
	...q('paraphrase', H1, 'adaptive-selling', 'behoeftegericht verkopen'),
	...q('paraphrase', H1, 'consultative-selling', 'adviserend verkopen'),
	...q('paraphrase', H1, 'salesleiderschap', 'transformatief leiderschap'),
	...q('paraphrase', H1, 'waarde-voor-de-klant', 'value proposition', 'waardegericht verkopen'),
	...q('paraphrase', H2, 'vier-manieren-van-samenwerken', 'afgestemd', 'gedefinieerd'),
	...q('paraphrase', H2, 'marketing-als-filosofie', 'marketingfilosofie'),
	...q('paraphrase', H2, 'marketing-als-strategie', 'marketingstrategie'),
	...q('paraphrase', H2, 'marketing-als-activiteit-de-4-ps', 'marketingmix'),
	...q('paraphrase', H2, 'product-en-productlevenscyclus', 'PLC', 'rijpheidsfase', 'vervalfase'),
	...q('paraphrase', H2, 'prijs', 'prijsbeleid', 'prijsstelling'),
	...q('paraphrase', H2, 'promotie', 'marketingcommunicatie'),
	...q('paraphrase', H3, 'lijnorganisatie', 'lijnstructuur'),
	...q('paraphrase', H3, 'lijn-staforganisatie', 'stafdienst', 'staf'),
	...q('paraphrase', H3, 'matrixorganisatie', 'matrixstructuur'),
	...q('paraphrase', H3, 'projectorganisatie', 'projectstructuur'),
	...q('paraphrase', H3, 'geografische-salesorganisatie', 'regionale salesorganisatie'),
	...q('paraphrase', H3, 'salesregios-in-een-geografische-salesorganisatie', 'werkdruk', 'werklast', 'verkoopgebied'),
	// Paraphrases the chapter's own words answer, without an alias.
	...q('paraphrase', H1, 'adaptive-selling', 'verkooppraatje'),
	...q('paraphrase', H1, 'vijf-fasen-van-relatiemanagement', 'people planet profit'),
	...q('paraphrase', H2, 'promotie', 'kennis gevoel gedrag'),
	...q('paraphrase', H3, 'functionele-salesorganisatie', 'eilandjes'),
	...q('paraphrase', H3, 'geografische-salesorganisatie', 'reisafstand'),
	// Typos: one edit in a word of 5–8 letters, two in a longer one.
	...q('typo', H1, 'wat-is-sales', 'acountmanager'),
	...q('typo', H2, 'de-ansoff-groeimatrix', 'diversifikatie'),
	...q('typo', H1, 'consultative-selling', 'consultive selling'),
	...q('typo', H3, 'matrixorganisatie', 'matrixorganisatei'),
	...q('typo', H1, 'salesleiderschap', 'salesleiderscap'),
	...q('typo', H1, 'vijf-fasen-van-relatiemanagement', 'relatiemarketting'),
	...q('typo', H2, 'product-en-productlevenscyclus', 'productlevenscylus'),
	...q('typo', H1, 'transactional-selling', 'transactionel selling'),
	...q('typo', H1, 'collaborative-selling', 'colaborative selling'),
	...q('typo', H3, 'geografische-salesorganisatie', 'geogravische salesorganisatie'),
	...q('typo', H1, 'klantwaarde', 'klantwarde'),
	...q('typo', H1, 'wat-is-sales', 'prospekt'),
	...q('typo', H2, 'promotie', 'promotei'),
	// The main topic of every chapter section.
	...q('section H1', H1, 'wat-is-sales', 'sales'),
	...q('section H1', H1, 'vijf-fasen-van-relatiemanagement', 'relatiemanagement'),
	...q('section H1', H1, 'salesgerichte-organisatie', 'salesgerichte organisatie'),
	...q('section H1', H1, 'productgerichte-organisatie', 'productgerichte organisatie'),
	...q('section H1', H1, 'klantgerichte-organisatie', 'klantgerichte organisatie'),
	...q('section H1', H1, 'vier-salesbenaderingen', 'salesbenaderingen'),
	...q('section H1', H1, 'transactional-selling', 'transactional selling'),
	...q('section H1', H1, 'adaptive-selling', 'adaptive selling'),
	...q('section H1', H1, 'collaborative-selling', 'collaborative selling'),
	...q('section H1', H1, 'intern-verkopen', 'intern verkopen'),
	...q('section H1', H1, 'salesleiderschap', 'salesleiderschap'),
	...q('section H1', H1, 'klantwaarde', 'klantwaarde'),
	...q('section H2', H2, 'vier-manieren-van-samenwerken', 'vier manieren van samenwerken'),
	...q('section H2', H2, 'de-ansoff-groeimatrix', 'Ansoff'),
	...q('section H2', H2, 'product-en-productlevenscyclus', 'productlevenscyclus'),
	...q('section H2', H2, 'prijs', 'prijs'),
	...q('section H2', H2, 'plaats', 'plaats distributie'),
	...q('section H2', H2, 'promotie', 'promotie'),
	...q('section H2', H2, 'marketing-als-filosofie', 'filosofie'),
	...q('section H2', H2, 'marketing-als-strategie', 'strategie'),
	...q('section H3', H3, 'vier-algemene-organisatiestructuren', 'algemene organisatiestructuren'),
	...q('section H3', H3, 'lijnorganisatie', 'lijnorganisatie'),
	...q('section H3', H3, 'lijn-staforganisatie', 'lijn-staforganisatie'),
	...q('section H3', H3, 'matrixorganisatie', 'matrixorganisatie'),
	...q('section H3', H3, 'projectorganisatie', 'projectorganisatie'),
	...q('section H3', H3, 'functionele-salesorganisatie', 'functionele salesorganisatie'),
	...q('section H3', H3, 'geografische-salesorganisatie', 'geografische salesorganisatie'),
	...q('section H3', H3, 'afnemersgerichte-salesorganisatie', 'afnemersgerichte salesorganisatie'),
	...q('section H3', H3, 'marktgerichte-salesorganisatie', 'marktgerichte salesorganisatie'),
	...q('section H3', H3, 'salesregios-in-een-geografische-salesorganisatie', 'salesregio'),
];

/** Queries that resemble nothing on the site: they must find nothing, typo tolerance or not. */
export const NOTHING: readonly string[] = ['xqzwv', 'blokfluitorkest', 'quantumfysica'];
