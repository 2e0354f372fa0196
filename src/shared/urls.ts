/**
 * Every site URL in one place: page paths, the glossary page and its `#begrip-<id>` anchors, links to a section
 * of a page, the handout PDFs. Components, Markdown plugins, post-build steps, scripts and tests all call these,
 * so a URL scheme changes here and nowhere else. No Astro imports: usable outside the Astro runtime too.
 */

/** Path of a docs page by its slug (`h1-introductie` → `/h1-introductie/`; the home page is `index` or ''). */
export const pagePath = (slug: string): string => (slug === '' || slug === 'index' ? '/' : `/${slug}/`);

/** The Begrippenlijst page. */
export const GLOSSARY_PATH = pagePath('begrippenlijst');

/** Id of a term's entry on the glossary page. */
export const termAnchor = (id: string): string => `begrip-${id}`;

/** Link to a term's glossary entry. */
export const glossaryHref = (id: string): string => `${GLOSSARY_PATH}#${termAnchor(id)}`;

/** Link to a section (heading id) of a page, given the page's path. */
export const sectionHref = (path: string, headingId: string): string => `${path}#${headingId}`;

/** Folder in the built site that holds the PDFs. */
export const PDF_DIR = 'pdf';

/** Link to the PDF of a page, by its slug (`h1-introductie` → `/pdf/h1-introductie.pdf`). */
export const pdfHref = (slug: string): string => `/${PDF_DIR}/${slug}.pdf`;

/** The page shown offline for an address that was never cached. */
export const OFFLINE_PATH = pagePath('offline');

/** The service worker script (its scope is the whole site, so it sits at the root). */
export const SERVICE_WORKER_PATH = '/sw.js';

/** The web app manifest. */
export const MANIFEST_PATH = '/manifest.webmanifest';
