/** Cache names, precache keys and messages of the offline feature, shared by the worker (sw.ts), the page and tests. */
import { OFFLINE_PATH, PDF_DIR, withBase } from '../shared/urls.ts';

/** The offline page's file, as the precache knows it (pages are stored under their files). */
export const OFFLINE_PAGE = `${OFFLINE_PATH}index.html`;
/** PDFs are under this path prefix; the worker caches them when first opened. */
export const PDF_PREFIX = withBase(`${PDF_DIR}/`);
/** Runtime caches (the precache has Workbox's own name). */
export const PDF_CACHE = 'pdfs';
export const ASSET_CACHE = 'astro-assets';
/** Which older precache entries are kept for tabs still open on their version. */
export const KEPT_CACHE = 'kept-for-open-tabs';
/** What the page sends a waiting worker to take over (workbox-window's messageSkipWaiting sends this type). */
export const SKIP_WAITING = 'SKIP_WAITING';
