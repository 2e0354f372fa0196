import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

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
	 * One YAML list; each entry's `id` is a URL-safe slug, used as the anchor `#begrip-<id>`.
	 */
	glossary: defineCollection({
		loader: file('src/content/glossary.yaml'),
		schema: z.object({
			term: z.string().min(1),
			/** Short definition in our own words (one or two sentences). */
			definition: z.string().min(10),
			/** Chapter that explains the term (1, 2 or 3). */
			chapter: z.number().int().min(1).max(3),
			/** Heading id on that chapter page where the term is explained, e.g. `social-selling`. */
			anchor: z.string().regex(/^[a-z0-9-]+$/, 'anchor must be a heading id: lowercase letters, digits and dashes'),
			/** Other ways students write the term: abbreviations, spelling variants (e.g. MVO, AM). */
			aliases: z.array(z.string()).default([]),
		}),
	}),
};
