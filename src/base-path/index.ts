/**
 * A site under a sub-path (a GitHub project site, https://<user>.github.io/<repo>/): the content's own links are
 * written from the site's root (`[toets](/toets/)`, `<LinkCard href="/h1-introductie/">`, a hero action's
 * `link: /begrippenlijst/`), and get the base path here; the site's code builds its URLs with src/shared/urls.ts.
 * Starlight itself (sidebar, assets, search bundle) already follows Astro's `base`. At a domain's root there is
 * nothing to do, so the plugin adds nothing.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { addRehypePlugins } from '../shared/markdown.ts';
import { BASE } from '../shared/urls.ts';
import rehypeBaseLinks from './rehype-base-links.ts';

export default function basePath(): StarlightPlugin {
	return {
		name: 'base-path',
		hooks: {
			'config:setup'(context) {
				if (BASE === '/') return;
				// First of the site's rehype plugins: it sees only what the author wrote; every later step (and the link
				// check over dist/) sees the links as the browser will.
				addRehypePlugins(context, rehypeBaseLinks);
				context.addRouteMiddleware({ entrypoint: './src/base-path/route-middleware.ts' });
			},
		},
	};
}
