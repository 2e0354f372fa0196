import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { GLOSSARY_FILE, glossaryEntrySchema } from './glossary/data.ts';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({
			extend: z.object({
				/** Chapter number of the book (1, 2, 3); absent on pages that are not a chapter. */
				chapter: z.number().int().positive().optional(),
			}),
		}),
	}),
	/** Dutch overrides of Starlight's UI strings (and Pagefind's) in `src/content/i18n/nl.json`: one file for all. */
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	/**
	 * The glossary: the single source for the Begrippenlijst page, term previews, search keywords and flashcards.
	 * One YAML list; each entry's `id` is a URL-safe slug, used as the anchor `#begrip-<id>`. The schema lives in
	 * `src/glossary/data.ts` so build-time plugins outside Astro validate the file the same way.
	 */
	glossary: defineCollection({
		loader: file(GLOSSARY_FILE),
		schema: glossaryEntrySchema,
	}),
};
