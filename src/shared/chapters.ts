import { getCollection, type CollectionEntry } from 'astro:content';
import { pagePath } from './urls.ts';

export type ChapterEntry = CollectionEntry<'docs'> & { data: { chapter: number } };

/**
 * The chapters, in book order: every docs page with a `chapter` number. Two pages claiming the same number stop
 * the build, because the whole summary and the PDFs would silently show one of them twice or drop one.
 */
export async function getChapters(): Promise<ChapterEntry[]> {
	const chapters = (await getCollection('docs', (entry) => entry.data.chapter !== undefined)) as ChapterEntry[];
	const seen = new Map<number, string>();
	for (const entry of chapters) {
		const other = seen.get(entry.data.chapter);
		if (other) {
			throw new Error(
				`Chapter ${entry.data.chapter} is claimed by two pages: ${other} and ${entry.filePath ?? entry.id}. ` +
					`Give each chapter its own \`chapter:\` number.`,
			);
		}
		seen.set(entry.data.chapter, entry.filePath ?? entry.id);
	}
	return chapters.sort((a, b) => a.data.chapter - b.data.chapter);
}

/** Page path of a docs entry (`h1-introductie` → `/h1-introductie/`). */
export const entryPath = (entry: CollectionEntry<'docs'>): string => pagePath(entry.id);
