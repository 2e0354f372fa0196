/** Cache names and precache keys of the offline feature, shared by the worker (sw.ts) and the tests. */
import { OFFLINE_PATH, PDF_DIR } from '../shared/urls.ts';

/** The offline page's file, as the precache knows it (pages are stored under their files). */
export const OFFLINE_PAGE = `${OFFLINE_PATH}index.html`;
/** PDFs are under this path prefix; the worker caches them when first opened. */
export const PDF_PREFIX = `/${PDF_DIR}/`;
/** Runtime caches (the precache has Workbox's own name). */
export const PDF_CACHE = 'pdfs';
export const ASSET_CACHE = 'astro-assets';
