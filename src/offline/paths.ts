/** Site paths and cache names of the offline feature, shared by the build side, the worker and the page script. */

/** The service worker script; served with `Cache-Control: no-cache` so a new deploy is seen on the next visit. */
export const SERVICE_WORKER_PATH = '/sw.js';
/** The page shown for an address that was never cached, offline. */
export const OFFLINE_ROUTE = '/offline/';
/** Its file, as the precache knows it. */
export const OFFLINE_PAGE = `${OFFLINE_ROUTE}index.html`;
/** Runtime caches (the precache has Workbox's own name). */
export const PDF_CACHE = 'pdfs';
export const ASSET_CACHE = 'astro-assets';
