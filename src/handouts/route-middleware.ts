/**
 * Print-only page rules in <head>: every page prints its title as running header; the whole-summary page gives
 * each chapter its own named pages, so each sheet is headed by its chapter's title.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getChapters } from '../shared/chapters.ts';
import { WHOLE_SUMMARY } from '../shared/urls.ts';
import { chapterPagesCss, runningTitleCss, scopeFor } from './handout.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	let css = runningTitleCss(route.entry.data.title);
	if (route.entry.id === WHOLE_SUMMARY.slug) {
		const chapters = (await getChapters()).map((entry) => ({
			chapter: entry.data.chapter,
			title: entry.data.title,
			sectionId: scopeFor(entry.data.chapter, entry.id).sectionId,
		}));
		css += `\n${chapterPagesCss(chapters)}`;
	}
	route.head.push({ tag: 'style', attrs: { media: 'print' }, content: css });
});
