/**
 * The service worker, bundled into dist/sw.js after the build (src/offline/service-worker.ts) with the list of
 * every file to keep offline in place of `self.__WB_MANIFEST`.
 *
 * - Precached at install: every page, the CSS, JS, fonts, icons and the Pagefind files the search loads.
 * - Pages: network first, so a student online always reads the latest text; offline (or after 5 s without an
 *   answer) the precached copy; a page that was never cached gets the offline page.
 * - `_astro/` files have content hashes in their names: cache first, for good.
 * - PDFs: cached when first opened, network first afterwards.
 * - A new deploy means a new sw.js (its file list changed). It installs beside the old one and waits: the page
 *   offers to load the new version (register.ts), and only then does it take over (SKIP_WAITING); otherwise it does
 *   when every tab of the site is closed. Tabs still open on the old version go on loading that version's files
 *   (a lazy chunk, a search index fragment): the precache keeps the old entries until the last of those tabs is
 *   gone, and serves them to whoever asks.
 */
import { cacheNames, clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ASSET_CACHE, KEPT_CACHE, OFFLINE_PAGE, PDF_CACHE, PDF_PREFIX, SKIP_WAITING } from './paths.ts';
import { ASSETS_PATH, BASE } from '../shared/urls.ts';

/** The little of the service worker global scope used here (the project's TypeScript lib is the DOM one). */
interface Clients {
	get(id: string): Promise<unknown>;
	matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<{ id: string }[]>;
}
interface ExtendableEvent extends Event {
	waitUntil(promise: Promise<unknown>): void;
}
declare const self: {
	__WB_MANIFEST: (string | PrecacheEntry)[];
	clients: Clients;
	skipWaiting(): Promise<void>;
	addEventListener(type: 'install' | 'activate' | 'fetch', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'message', listener: (event: ExtendableEvent & { data: unknown }) => void): void;
};

const DAY = 24 * 60 * 60;

const precache = new PrecacheController();
precache.addToCacheList(self.__WB_MANIFEST);
// Installing fills the precache beside the old version's entries; nothing is deleted until the old tabs are gone.
self.addEventListener('install', precache.install as (event: ExtendableEvent) => void);

/** Old entries kept for the tabs that were open when this version took over (by client id). */
interface Kept {
	keys: string[];
	clients: string[];
}
const KEPT_RECORD = 'kept.json';

async function readKept(): Promise<Kept | undefined> {
	const response = await (await caches.open(KEPT_CACHE)).match(KEPT_RECORD);
	return response ? ((await response.json()) as Kept) : undefined;
}

const writeKept = async (kept: Kept): Promise<void> =>
	(await caches.open(KEPT_CACHE)).put(KEPT_RECORD, new Response(JSON.stringify(kept)));

/** On taking over: the precache entries of older versions stay for as long as a tab that may need them is open. */
async function keepForOpenTabs(): Promise<void> {
	const cache = await caches.open(cacheNames.precache);
	const current = new Set(precache.getURLsToCacheKeys().values());
	const stale = (await cache.keys()).map((request) => request.url).filter((url) => !current.has(url));
	const tabs = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const before = await readKept();
	await writeKept({
		keys: [...new Set([...(before?.keys ?? []), ...stale])],
		clients: [...new Set([...(before?.clients ?? []), ...tabs.map((tab) => tab.id)])],
	});
	settled = false;
	await pruneKept();
}

/** True once no old entries are kept (nothing to check until the next version takes over). */
let settled = false;
let pruning: Promise<void> | undefined;

/** Drops the kept entries once none of the tabs they were kept for is open any more. */
function pruneKept(): Promise<void> {
	return (pruning ??= (async () => {
		const kept = await readKept();
		if (kept) {
			const open = (
				await Promise.all(kept.clients.map(async (id) => ((await self.clients.get(id)) ? id : undefined)))
			).filter((id): id is string => id !== undefined);
			if (open.length) {
				await writeKept({ keys: kept.keys, clients: open });
				return;
			}
			const cache = await caches.open(cacheNames.precache);
			const current = new Set(precache.getURLsToCacheKeys().values());
			await Promise.all(kept.keys.filter((key) => !current.has(key)).map((key) => cache.delete(key)));
			await caches.delete(KEPT_CACHE);
		}
		settled = true;
	})().finally(() => (pruning = undefined)));
}

self.addEventListener('message', (event) => {
	if ((event.data as { type?: unknown } | null)?.type === SKIP_WAITING) event.waitUntil(self.skipWaiting());
});
self.addEventListener('activate', (event) => event.waitUntil(keepForOpenTabs()));
// Any request may come after the last old tab closed: check then (cheap, and only while something is kept).
self.addEventListener('fetch', (event) => {
	if (!settled) event.waitUntil(pruneKept());
});
// A worker that takes over (the first one, or a new one the student asked for) takes the open tabs with it: the
// first visit works offline from then on.
clientsClaim();
// Caches of older Workbox versions.
cleanupOutdatedCaches();

/** Precache key of a page path: pages are stored under their files (`/h1/` → `/h1/index.html`). */
const pageKey = (url: string): string | undefined => {
	const { pathname } = new URL(url);
	return precache.getCacheKeyForURL(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
};
const offlinePage = () => precache.matchPrecache(OFFLINE_PAGE);

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
				handlerDidError: offlinePage,
			},
		],
	}),
);

// Query strings never change a file here: Pagefind adds ?ts= to its entry file, a search result ?zoekterm=.
registerRoute(new PrecacheRoute(precache, { ignoreURLParametersMatching: [/.*/] }));

registerRoute(
	({ url }) => url.pathname.startsWith(PDF_PREFIX) && url.pathname.endsWith('.pdf'),
	new NetworkFirst({
		cacheName: PDF_CACHE,
		networkTimeoutSeconds: 5,
		plugins: [
			new ExpirationPlugin({ maxEntries: 20, maxAgeSeconds: 30 * DAY }),
			// A PDF never opened before, opened offline: the offline page instead of the browser's error.
			{ handlerDidError: async ({ request }) => (request.mode === 'navigate' ? offlinePage() : undefined) },
		],
	}),
);

// Files of a newer deploy that this worker's list does not have yet (until the new worker takes over).
const assets = new CacheFirst({
	cacheName: ASSET_CACHE,
	plugins: [new ExpirationPlugin({ maxEntries: 100, maxAgeSeconds: 30 * DAY })],
});

// Anything else of the site: an older version's file that a tab still open on that version asks for (kept in the
// precache, with or without its revision parameter), else an asset of a newer deploy, else the network.
registerRoute(
	({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith(BASE),
	async ({ request, event }) => {
		const kept = await caches.match(request.url, {
			cacheName: cacheNames.precache,
			ignoreSearch: true,
			ignoreVary: true,
		});
		if (kept) return kept;
		if (new URL(request.url).pathname.startsWith(ASSETS_PATH)) return assets.handle({ request, event });
		return fetch(request);
	},
);
