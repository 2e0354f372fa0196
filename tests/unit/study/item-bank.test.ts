import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seeded } from '../../lib/seeded.ts';
import { parseGlossary, type GlossaryTerm } from '../../../src/glossary/data.ts';
import { bankTerms, checkedItemBank, ITEMS_APPROVAL_FILE, siteItemBank } from '../../../src/study/bank-check.ts';
import { formatItems, itemBank } from '../../../src/study/item-bank.ts';
import { buildQuiz } from '../../../src/study/quiz.ts';

const fixture = (name: string) => {
	const file = `tests/fixtures/study/${name}`;
	const source = readFileSync(new URL(`../../fixtures/study/${name}`, import.meta.url), 'utf8');
	return { file, source, terms: parseGlossary(source, file) };
};

describe('the approval file', () => {
	it('lists exactly the items the glossary makes', () => {
		const lines = (text: string) => text.split('\n').filter((line) => line && !line.startsWith('#'));
		const approved = new Set(lines(readFileSync(ITEMS_APPROVAL_FILE, 'utf8')));
		const built = new Set(lines(formatItems(siteItemBank())));
		const added = [...built].filter((line) => !approved.has(line)).map((line) => `new, not yet read: ${line}`);
		const dropped = [...approved].filter((line) => !built.has(line)).map((line) => `approved, no longer made: ${line}`);
		expect(
			[...added, ...dropped],
			'read the changed items, then run `npm run approve:quiz-items` (src/study/quiz-items.approved.txt)',
		).toEqual([]);
		expect(built.size).toBeGreaterThan(100);
	});

	it('has an item asking the meaning of every glossary term', () => {
		const items = siteItemBank();
		const terms = new Set(items.map((item) => item.termId));
		for (const id of terms) expect(items.some((item) => item.id === `definition-${id}`)).toBe(true);
		expect(terms.size).toBe(
			readFileSync(new URL('../../../src/content/glossary.yaml', import.meta.url), 'utf8').match(/^- id:/gm)?.length,
		);
	});
});

describe('terms that may not stand in for each other', () => {
	it('never make one question (a question on the one never offers the other), over many seeded quizzes', () => {
		const { terms } = fixture('glossary-pairs.yaml');
		const quizTerms = bankTerms(terms).map((term) => ({ ...term, href: '#' }));
		const ownerOf = (text: string) => terms.find((term) => term.term === text || term.definition === text)!.id;
		const apart = [
			['geheel', 'onderdeel'],
			['workload', 'dekking'],
		];
		let questions = 0;
		for (let seed = 1; seed <= 400; seed++) {
			for (const question of buildQuiz(quizTerms, [], 1, seeded(seed))) {
				if (question.kind !== 'choice') continue;
				questions++;
				const ids = new Set(question.options.map(ownerOf));
				expect(ids.has(question.termId)).toBe(true);
				for (const pair of apart) {
					const other = pair.find((id) => id !== question.termId);
					if (pair.includes(question.termId))
						expect(ids.has(other!), `${question.id}: ${question.options}`).toBe(false);
				}
				expect(question.options).toHaveLength(4);
			}
		}
		expect(questions).toBe(400 * 6);
	});

	it('are left out of the pool in the bank', () => {
		const { items } = itemBank(bankTerms(fixture('glossary-pairs.yaml').terms));
		const pool = (id: string) => items.find((item) => item.id === id)!.pool;
		expect(pool('definition-onderdeel')).toEqual(['workload', 'dekking', 'fiets', 'boot']);
		expect(pool('term-dekking')).not.toContain('workload');
	});

	it('must name glossary ids, with the file and line of the entry', () => {
		const source = fixture('glossary-pairs.yaml').source.replace('[onderdeel]', '[ondrdeel]');
		expect(() => parseGlossary(source, 'x.yaml')).toThrow(
			/^Invalid glossary entry at x\.yaml:2 \(entry 1 "geheel"\): notInterchangeable: "ondrdeel" is no such glossary id/,
		);
	});
});

describe('no giveaways', () => {
	const { file, source, terms } = fixture('glossary-giveaway.yaml');
	const withSetting = (quiz: GlossaryTerm['quiz']) =>
		terms.map((term) => (term.id === 'plaats' ? { ...term, quiz } : term));

	it('a definition that names its term stops the build with file and line', () => {
		expect(() => checkedItemBank(terms, source, file)).toThrow(
			/^tests\/fixtures\/study\/glossary-giveaway\.yaml:7 \(glossary id "plaats"\): the definition of "Plaats \(P\)" names its own term \("plaats"\)/,
		);
	});

	it('unless the term is asked the other way only', () => {
		const items = checkedItemBank(withSetting('ask-meaning'), source, file);
		expect(items.map((item) => item.id)).toContain('definition-plaats');
		expect(items.map((item) => item.id)).not.toContain('term-plaats');
	});

	it('or its name is masked in the prompt', () => {
		const item = checkedItemBank(withSetting('mask-name'), source, file).find((item) => item.id === 'term-plaats')!;
		expect(item.prompt).toBe('Het distributiebeleid, met de juiste producten op de juiste ….');
		expect(item.answer).toBe('Plaats (P)');
	});

	it('a setting on a definition that gives nothing away is refused too', () => {
		const quiet = terms.map((term) =>
			term.id === 'boot' || term.id === 'prijs' ? { ...term, quiz: 'mask-name' as const } : term,
		);
		expect(() => checkedItemBank(quiet, source, file)).toThrow(
			/giveaway\.yaml:2 \(glossary id "prijs"\): quiz: mask-name is set/,
		);
	});

	it('catches head words, singulars and compounds', () => {
		const [a, b] = bankTerms(
			parseGlossary(
				`- id: staf\n  term: Stafafdeling\n  definition: Afdeling van specialisten die adviseren.\n  chapter: 1\n  anchor: a\n` +
					`- id: ben\n  term: Salesbenaderingen\n  definition: Werkwijzen; ook social selling heet een salesbenadering.\n  chapter: 1\n  anchor: a\n`,
				'y.yaml',
			),
		);
		const { problems } = itemBank([a!, b!]);
		expect(problems.map((problem) => problem.termId)).toEqual(['staf', 'ben']);
	});

	it('the site glossary passes', () => {
		expect(() => siteItemBank()).not.toThrow();
	});
});
