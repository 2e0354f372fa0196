/**
 * What the study pages are made of, read from the collections at build time: the glossary terms (with the section
 * that explains each) grouped by chapter, and each chapter's "Test jezelf" questions from its MDX.
 */
import { entryPath, getChapters } from '../shared/chapters.ts';
import { sectionHref } from '../shared/urls.ts';
import { getGlossary, getSectionHref } from '../glossary/collection.ts';
import { notInterchangeable } from '../glossary/data.ts';
import { SELF_TEST_ANCHOR, selfTestQuestions } from './self-test.ts';

export interface StudyTerm {
	id: string;
	term: string;
	definition: string;
	chapter: number;
	/** The section that explains the term. */
	href: string;
	/** Ids of the terms it may not be confused with, both ways round (the glossary's `notInterchangeable`). */
	notInterchangeable: string[];
	/** "Niet verwarren met X en Y.", or empty: the terms it may not be confused with, by name. */
	apart: string;
	quiz?: 'ask-meaning' | 'mask-name' | undefined;
}

export interface StudyChapter {
	number: number;
	/** Full title, e.g. "H1 Introductie op sales- en accountmanagement". */
	title: string;
	/** The sidebar's short label, for filters that must fit a phone. */
	label: string;
	terms: StudyTerm[];
	/** Each "Test jezelf" question, linked to the section that explains its answer. */
	selfTest: { id: string; question: string; answerHtml: string; href: string }[];
}

const collator = new Intl.Collator('nl', { sensitivity: 'base' });
const list = new Intl.ListFormat('nl', { type: 'conjunction' });

/** Chapters in book order, each with its terms (alphabetical) and its "Test jezelf" questions. */
export async function getStudyChapters(): Promise<StudyChapter[]> {
	const glossary = await getGlossary();
	const hrefOf = await getSectionHref();
	const pairs = notInterchangeable(glossary.map((term) => ({ ...term.data, id: term.id })));
	const nameOf = new Map(glossary.map((term) => [term.id, term.data.term]));
	return (await getChapters()).map((entry) => {
		const path = entryPath(entry);
		const questions = selfTestQuestions(entry.body ?? '', entry.filePath ?? entry.id);
		return {
			number: entry.data.chapter,
			title: entry.data.title,
			label: entry.data.sidebar.label ?? entry.data.title,
			terms: glossary
				.filter((term) => term.data.chapter === entry.data.chapter)
				.map((term) => {
					const apart = [...(pairs.get(term.id) ?? [])];
					return {
						id: term.id,
						term: term.data.term,
						definition: term.data.definition,
						chapter: term.data.chapter,
						quiz: term.data.quiz,
						href: hrefOf(term),
						notInterchangeable: apart,
						apart: apart.length
							? `Niet verwarren met ${list.format(apart.map((id) => nameOf.get(id) ?? id).sort(collator.compare))}.`
							: '',
					};
				}),
			selfTest: questions.map((question, index) => ({
				id: `h${entry.data.chapter}-${index + 1}`,
				question: question.question,
				answerHtml: question.answerHtml,
				// The section that explains the answer, else the question itself under "Test jezelf".
				href: sectionHref(path, question.section ?? SELF_TEST_ANCHOR),
			})),
		};
	});
}
