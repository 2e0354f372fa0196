/**
 * The build's side of the item bank: the glossary's terms as the bank reads them, and the check that stops the build
 * (naming the glossary's file and line) when a quiz prompt would give its own answer away.
 *
 * Erasable TypeScript, so `node` runs it for the approval script.
 */
import { readFileSync } from 'node:fs';
import { GLOSSARY_FILE, glossaryLines, loadGlossary, notInterchangeable, type GlossaryTerm } from '../glossary/data.ts';
import { itemBank, type BankTerm, type QuizItem } from './item-bank.ts';

/** The reviewed list of quiz items (`npm run approve:quiz-items` writes it). */
export const ITEMS_APPROVAL_FILE = new URL('./quiz-items.approved.txt', import.meta.url);

/** The glossary's terms with their `notInterchangeable` pairs made symmetric. */
export function bankTerms(glossary: readonly GlossaryTerm[]): BankTerm[] {
	const pairs = notInterchangeable(glossary);
	return glossary.map(({ id, term, definition, chapter, quiz }) => ({
		id,
		term,
		definition,
		chapter,
		notInterchangeable: [...(pairs.get(id) ?? [])].sort(),
		quiz,
	}));
}

/** The bank of a glossary source; throws `file:line: …` for the first term whose setting is wrong. */
export function checkedItemBank(glossary: readonly GlossaryTerm[], source: string, file: string): QuizItem[] {
	const { items, problems } = itemBank(bankTerms(glossary));
	const [problem] = problems;
	if (problem) {
		const line = glossaryLines(source).get(problem.termId) ?? 1;
		throw new Error(`${file}:${line} (glossary id "${problem.termId}"): ${problem.message}`);
	}
	return items;
}

/** The site's own item bank, from `src/content/glossary.yaml`. */
export const siteItemBank = (): QuizItem[] =>
	checkedItemBank(
		loadGlossary(),
		readFileSync(new URL('../content/glossary.yaml', import.meta.url), 'utf8'),
		GLOSSARY_FILE,
	);
