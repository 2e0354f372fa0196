/**
 * What the study pages are made of, read from the collections at build time: the glossary terms (with the section
 * that explains each) grouped by chapter, and each chapter's "Test jezelf" questions from its MDX.
 */
import { entryPath, getChapters } from '../shared/chapters.ts';
import { sectionHref } from '../shared/urls.ts';
import { getGlossary, getSectionHref } from '../glossary/collection.ts';
import { SELF_TEST_ANCHOR, selfTestQuestions } from './self-test.ts';

export interface StudyTerm {
	id: string;
	term: string;
	definition: string;
	chapter: number;
	/** The section that explains the term. */
	href: string;
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

/** Chapters in book order, each with its terms (alphabetical) and its "Test jezelf" questions. */
export async function getStudyChapters(): Promise<StudyChapter[]> {
	const glossary = await getGlossary();
	const hrefOf = await getSectionHref();
	return (await getChapters()).map((entry) => {
		const path = entryPath(entry);
		const questions = selfTestQuestions(entry.body ?? '', entry.filePath ?? entry.id);
		return {
			number: entry.data.chapter,
			title: entry.data.title,
			label: entry.data.sidebar.label ?? entry.data.title,
			terms: glossary
				.filter((term) => term.data.chapter === entry.data.chapter)
				.map((term) => ({ id: term.id, ...term.data, href: hrefOf(term) })),
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
