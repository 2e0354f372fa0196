/**
 * The service worker, bundled into dist/sw.js after the build (src/offline/service-worker.ts) with the list of
 * every file to keep offline in place of `self.__WB_MANIFEST`.
 *
 * - Precached at install: every page, the CSS, JS, fonts, icons and the whole Pagefind bundle (search works offline).
 * - Pages: network first, so a student online always reads the latest text; offline (or after 5 s without an
 *   answer) the precached copy; a page that was never cached gets the offline page.
 * - `/_astro/` files have content hashes in their names: cache first, for good.
 * - PDFs: cached when first opened, network first afterwards.
 * - A new deploy means a new sw.js (its file list changed): it takes over at once and the precache drops the
 *   entries the new list no longer has.
 */
import { cacheNames, clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import {
	cleanupOutdatedCaches,
	getCacheKeyForURL,
	matchPrecache,
	precacheAndRoute,
	type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ASSET_CACHE, OFFLINE_PAGE, PDF_CACHE, PDF_PREFIX } from './paths.ts';

/** The little of the service worker global scope used here (the project's TypeScript lib is the DOM one). */
declare const self: {
	__WB_MANIFEST: (string | PrecacheEntry)[];
	skipWaiting(): Promise<void>;
	addEventListener(type: 'install', listener: () => void): void;
};

const DAY = 24 * 60 * 60;

/** Precache key of a page path: pages are stored under their files (`/h1/` → `/h1/index.html`). */
const pageKey = (url: string): string | undefined => {
	const { pathname } = new URL(url);
	return getCacheKeyForURL(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
};

self.addEventListener('install', () => void self.skipWaiting());
clientsClaim();
// Caches of older Workbox versions; old entries of our own precache go when a new file list activates.
cleanupOutdatedCaches();

// Registered before the precache's own (cache-first) route, so pages are network first.
registerRoute(
	({ request, url }) => request.mode === 'navigate' && !url.pathname.startsWith(PDF_PREFIX),
	new NetworkFirst({
		cacheName: cacheNames.precache,
		networkTimeoutSeconds: 5,
		plugins: [
			{
				// Read the fallback from the precache: the copy of the page that belongs to this version of the site.
				cacheKeyWillBeUsed: async ({ request, mode }) =>
					mode === 'read' ? (pageKey(request.url) ?? request) : request,
				// The network answer is not stored: the precache is updated only by a new file list, as a whole.
				cacheWillUpdate: async () => null,
				handlerDidError: async () => matchPrecache(OFFLINE_PAGE),
			},
		],
	}),
);

precacheAndRoute(self.__WB_MANIFEST, {
	// Query strings never change a file here: Pagefind adds ?ts= to its entry file, a search result ?zoekterm=.
	ignoreURLParametersMatching: [/.*/],
});

// Files of a newer deploy that this worker's list does not have yet (until the new worker takes over).
registerRoute(
	({ url }) => url.pathname.startsWith('/_astro/'),
	new CacheFirst({
		cacheName: ASSET_CACHE,
		plugins: [new ExpirationPlugin({ maxEntries: 100, maxAgeSeconds: 30 * DAY })],
	}),
);

registerRoute(
	({ url }) => url.pathname.startsWith(PDF_PREFIX) && url.pathname.endsWith('.pdf'),
	new NetworkFirst({
		cacheName: PDF_CACHE,
		networkTimeoutSeconds: 5,
		plugins: [
			new ExpirationPlugin({ maxEntries: 20, maxAgeSeconds: 30 * DAY }),
			// A PDF never opened before, opened offline: the offline page instead of the browser's error.
			{
				handlerDidError: async ({ request }) => (request.mode === 'navigate' ? matchPrecache(OFFLINE_PAGE) : undefined),
			},
		],
	}),
);
