/**
 * Offline and installable, as one Starlight plugin:
 * - every page's <head> links the web app manifest and the iOS icon (a few bytes: every first visit loads them);
 * - every page's script bundle registers the service worker after the page has loaded (src/offline/register.ts);
 * - `/offline/` is the page for an address that was never cached (not in search or the sitemap);
 * - after the build: icons from public/favicon.svg, manifest.webmanifest, then dist/sw.js with every file's revision.
 *
 * The worker lists the final files of dist/, so in `plugins` this comes after every step that writes or rewrites
 * files there (page scripts, PDFs). It asks the security-headers feature for the host headers of sw.js and the manifest.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { addHostHeaders } from '../security-headers/index.ts';
import { MANIFEST_PATH, SERVICE_WORKER_PATH } from '../shared/urls.ts';
import offlineIntegration from './integration.ts';
import { APPLE_TOUCH_ICON, MANIFEST_TYPE, siteColours } from './manifest.ts';

/** Starlight's `title` and `description` may be one string or one per locale; the site is Dutch only. */
const text = (value: string | Record<string, string> | undefined, fallback: string): string =>
	typeof value === 'string' ? value : (value?.['nl'] ?? Object.values(value ?? {})[0] ?? fallback);

export default function offline(): StarlightPlugin {
	return {
		name: 'offline',
		hooks: {
			'config:setup'({ config, astroConfig, updateConfig, addIntegration, command }) {
				const favicon = join(fileURLToPath(astroConfig.publicDir), 'favicon.svg');
				const colours = siteColours(favicon);
				const name = text(config.title, 'Samenvatting');
				const description = text(config.description, name);
				// The manifest and icons are written after the build, so `astro dev` links none of them.
				const build = command === 'build';
				if (build) {
					updateConfig({
						head: [
							...(config.head ?? []),
							{ tag: 'link', attrs: { rel: 'manifest', href: MANIFEST_PATH } },
							{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: APPLE_TOUCH_ICON } },
						],
					});
				}
				// A worker must not be cached by the host: browsers check it for a new version on each visit, and a cached
				// copy would keep the old site for as long as the cache lasts. The manifest is served with its own type.
				addHostHeaders(SERVICE_WORKER_PATH, { 'Cache-Control': 'no-cache' });
				addHostHeaders(MANIFEST_PATH, { 'Content-Type': MANIFEST_TYPE });
				addIntegration(offlineIntegration({ favicon, colours, name, description, build }));
			},
		},
	};
}
