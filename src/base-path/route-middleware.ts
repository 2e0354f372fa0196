/** A hero action's `link` in a page's frontmatter is written from the site's root: it gets the base path too. */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { based } from './links.ts';

export const onRequest = defineRouteMiddleware((context) => {
	for (const action of context.locals.starlightRoute.entry.data.hero?.actions ?? []) action.link = based(action.link);
});
