/**
 * Starlight route middleware (registered as `routeMiddleware` in astro.config.mjs): puts the print-only page rules
 * in <head>, where <style> belongs. Every page prints its title as running header; the whole-summary page gives
 * each chapter its own named pages, so each sheet is headed by its chapter's title.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getChapters } from './lib/chapters.ts';
import { WHOLE_SUMMARY, chapterPagesCss, runningTitleCss, scopeFor } from './lib/handout.ts';

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
