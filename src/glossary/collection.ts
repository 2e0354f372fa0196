import { getCollection, type CollectionEntry } from 'astro:content';
import { entryPath, getChapters } from '../shared/chapters.ts';
import { sectionHref } from '../shared/urls.ts';
import { GLOSSARY_FILE } from './data.ts';

export type GlossaryEntry = CollectionEntry<'glossary'>;

/** All terms, alphabetically in Dutch. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
	const entries = await getCollection('glossary');
	const collator = new Intl.Collator('nl', { sensitivity: 'base' });
	return entries.sort((a, b) => collator.compare(a.data.term, b.data.term));
}

/** Link to the section that explains a term, on its chapter's page (the chapters come from the docs collection). */
export async function getSectionHref(): Promise<(entry: GlossaryEntry) => string> {
	const paths = new Map((await getChapters()).map((chapter) => [chapter.data.chapter, entryPath(chapter)]));
	return (entry) => {
		const path = paths.get(entry.data.chapter);
		if (!path)
			throw new Error(`${GLOSSARY_FILE}: term "${entry.id}" is in chapter ${entry.data.chapter}, which no page has`);
		return sectionHref(path, entry.data.anchor);
	};
}
