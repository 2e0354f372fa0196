/**
 * Page titles (the `<h1>` Starlight renders from frontmatter, and the home page's hero) get soft hyphens like the
 * headings in the text. Runs after Starlight has made `<head>`, the sidebar and the table of contents, and on its
 * per-page copy of the route data, so `<title>` and other pages keep the title as written.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { hyphenate } from './hyphenate.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const { data } = context.locals.starlightRoute.entry;
	data.title = hyphenate(data.title);
	if (data.hero?.title) data.hero.title = hyphenate(data.hero.title);
});
