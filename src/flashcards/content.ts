/**
 * What the study pages are made of, read from the collections at build time: the glossary terms (with the section
 * that explains each) grouped by chapter, and each chapter's "Test jezelf" questions from its MDX.
 */
import { getChapters, entryPath, type ChapterEntry } from '../lib/chapters.ts';
import { getGlossary, sectionHref, type GlossaryEntry } from '../lib/glossary.ts';
import { SELF_TEST_ANCHOR, selfTestQuestions } from './self-test.ts';

export interface StudyChapter {
	number: number;
	/** Full title, e.g. "H1 Introductie op sales- en accountmanagement". */
	title: string;
	/** The sidebar's short label, for filters that must fit a phone. */
	label: string;
	href: string;
	terms: GlossaryEntry[];
	selfTest: { id: string; question: string; answerHtml: string; href: string }[];
}

export { sectionHref };

/** Chapters in book order, each with its terms (alphabetical) and its "Test jezelf" questions. */
export async function getStudyChapters(): Promise<StudyChapter[]> {
	const glossary = await getGlossary();
	const chapters: ChapterEntry[] = await getChapters();
	return chapters.map((entry) => {
		const href = entryPath(entry);
		const questions = selfTestQuestions(entry.body ?? '', entry.filePath ?? entry.id);
		return {
			number: entry.data.chapter,
			title: entry.data.title,
			label: entry.data.sidebar.label ?? entry.data.title,
			href,
			terms: glossary.filter((term) => term.data.chapter === entry.data.chapter),
			selfTest: questions.map((question, index) => ({
				id: `h${entry.data.chapter}-${index + 1}`,
				question: question.question,
				answerHtml: question.answerHtml,
				href: `${href}#${SELF_TEST_ANCHOR}`,
			})),
		};
	});
}
