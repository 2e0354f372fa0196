/**
 * Starlight route middleware (registered as `routeMiddleware` in astro.config.mjs): puts page-level <style> in
 * <head>, where it belongs.
 * - Print-only page rules: every page prints its title as running header; the whole-summary page gives each chapter
 *   its own named pages, so each sheet is headed by its chapter's title.
 * - Diagram stylesheets: the Mermaid plugin works on one document and hands its CSS over in frontmatter
 *   (src/lib/diagram-merge.ts); the whole summary shows every chapter, so it gets theirs, each distinct sheet once.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getChapters } from './lib/chapters.ts';
import { diagramStylesOf } from './lib/diagram-merge.ts';
import { WHOLE_SUMMARY, chapterPagesCss, runningTitleCss, scopeFor } from './lib/handout.ts';

/** Frontmatter our Markdown plugins added to a document. */
const pluginFrontmatter = async (entry: CollectionEntry<'docs'>): Promise<Record<string, unknown>> =>
	(await render(entry)).remarkPluginFrontmatter;

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	let css = runningTitleCss(route.entry.data.title);
	// The page's own collection entry, found by id: not `getEntry`, as the home page's id is '', and Starlight's own
	// 404 page is no collection entry at all (then there is none).
	const documents: CollectionEntry<'docs'>[] = await getCollection('docs', (entry) => entry.id === route.entry.id);
	if (route.entry.id === WHOLE_SUMMARY.slug) {
		const entries = await getChapters();
		const chapters = entries.map((entry) => ({
			chapter: entry.data.chapter,
			title: entry.data.title,
			sectionId: scopeFor(entry.data.chapter, entry.id).sectionId,
		}));
		css += `\n${chapterPagesCss(chapters)}`;
		documents.push(...entries);
	}
	route.head.push({ tag: 'style', attrs: { media: 'print' }, content: css });
	for (const sheet of diagramStylesOf(await Promise.all(documents.map(pluginFrontmatter)))) {
		route.head.push({ tag: 'style', content: sheet });
	}
});
