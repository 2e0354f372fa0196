import { getCollection, type CollectionEntry } from 'astro:content';
import { CHAPTER_PATHS } from './chapter-paths.ts';

export type GlossaryEntry = CollectionEntry<'glossary'>;

/** Chapter pages by chapter number; the glossary's `chapter` field points here. */
export { CHAPTER_PATHS };

export const GLOSSARY_PATH = '/begrippenlijst/';

/** Anchor of a term on the glossary page. */
export const termAnchor = (id: string): string => `begrip-${id}`;

/** Link to the section that explains a term. */
export const sectionHref = (entry: GlossaryEntry): string => `${CHAPTER_PATHS[entry.data.chapter]}#${entry.data.anchor}`;

/** Link to a term's glossary entry. */
export const glossaryHref = (id: string): string => `${GLOSSARY_PATH}#${termAnchor(id)}`;

/** All terms, alphabetically in Dutch. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
	const entries = await getCollection('glossary');
	const collator = new Intl.Collator('nl', { sensitivity: 'base' });
	return entries.sort((a, b) => collator.compare(a.data.term, b.data.term));
}
