/**
 * The sitemap (@astrojs/sitemap), made only when the site has a URL (see siteUrl() in src/shared/urls.ts): every
 * page but the offline page, which is only for the service worker to show. Starlight adds a sitemap of its own only
 * when there is none, so this one replaces it.
 */
import sitemap from '@astrojs/sitemap';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { OFFLINE_PATH } from '../shared/urls.ts';

export const inSitemap = (page: string): boolean => new URL(page).pathname !== OFFLINE_PATH;

export default function siteMap(): StarlightPlugin {
	return {
		name: 'sitemap',
		hooks: {
			'config:setup'({ addIntegration }) {
				addIntegration(sitemap({ filter: inSitemap }));
			},
		},
	};
}
