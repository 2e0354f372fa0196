/**
 * Diagram stylesheets in <head>: the Mermaid plugin works on one document and hands its CSS over in frontmatter
 * (merge.ts); the whole summary shows every chapter, so it gets theirs, each distinct sheet once.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getChapters } from '../shared/chapters.ts';
import { WHOLE_SUMMARY } from '../shared/urls.ts';
import { diagramStylesOf } from './merge.ts';

/** Frontmatter our Markdown plugins added to a document. */
const pluginFrontmatter = async (entry: CollectionEntry<'docs'>): Promise<Record<string, unknown>> =>
	(await render(entry)).remarkPluginFrontmatter;

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	// The page's own collection entry, found by id: not `getEntry`, as the home page's id is '', and Starlight's own
	// 404 page is no collection entry at all (then there is none).
	const documents: CollectionEntry<'docs'>[] = await getCollection('docs', (entry) => entry.id === route.entry.id);
	if (route.entry.id === WHOLE_SUMMARY.slug) documents.push(...(await getChapters()));
	for (const sheet of diagramStylesOf(await Promise.all(documents.map(pluginFrontmatter)))) {
		route.head.push({ tag: 'style', content: sheet });
	}
});
