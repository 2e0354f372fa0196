import { getCollection, type CollectionEntry } from 'astro:content';

export type GlossaryEntry = CollectionEntry<'glossary'>;

/** Chapter pages by chapter number; the glossary's `chapter` field points here. */
export const CHAPTER_PATHS: Readonly<Record<number, string>> = {
	1: '/h1-introductie/',
	2: '/h2-omgeving-en-context/',
	3: '/h3-organisatie-van-sales/',
};

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
