/**
 * Every site URL in one place: page paths, the glossary page and its `#begrip-<id>` anchors, links to a section
 * of a page, the handout PDFs. Components, Markdown plugins, post-build steps, scripts and tests all call these,
 * so a URL scheme changes here and nowhere else. No Astro imports: usable outside the Astro runtime too.
 */

/** Path of a docs page by its slug (`h1-introductie` → `/h1-introductie/`; the home page is `index` or ''). */
export const pagePath = (slug: string): string => (slug === '' || slug === 'index' ? '/' : `/${slug}/`);

/** The Begrippenlijst page. */
export const GLOSSARY_PATH = pagePath('begrippenlijst');

/** The page that holds all chapters (the idea of mdBook's print.html): handouts render it, diagrams style it. */
export const WHOLE_SUMMARY = {
	slug: 'hele-samenvatting',
	// Pure: page scripts import this module, and the bundler drops what they do not use.
	path: /* @__PURE__ */ pagePath('hele-samenvatting'),
	title: 'Hele samenvatting',
} as const;

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

/**
 * The URL the site is served from, for canonical links, `og:url` and the sitemap: `SITE_URL` if set, else what the
 * host's build says about itself (Netlify, Vercel, Cloudflare Pages, GitHub Actions for GitHub Pages). Undefined
 * when there is none: then Starlight writes no canonical link or `og:url` and the sitemap is left out, rather
 * than pointing every page at localhost.
 */
export function siteUrl(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
	const set = (name: string) => (env[name] ? env[name] : undefined);
	const https = (host: string | undefined) => (host ? `https://${host}` : undefined);
	const [owner, repo] = (set('GITHUB_REPOSITORY') ?? '').split('/');
	const url =
		set('SITE_URL') ??
		(set('NETLIFY') ? set('URL') : undefined) ?? // Netlify: the site's main address (not a deploy preview's)
		(set('VERCEL') ? https(set('VERCEL_PROJECT_PRODUCTION_URL') ?? set('VERCEL_URL')) : undefined) ??
		(set('CF_PAGES') ? set('CF_PAGES_URL') : undefined) ??
		(set('GITHUB_ACTIONS') && owner && repo
			? `https://${owner}.github.io${repo.toLowerCase() === `${owner.toLowerCase()}.github.io` ? '' : `/${repo}`}`
			: undefined);
	if (url === undefined) return undefined;
	if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
		throw new Error(`The site URL "${url}" (from SITE_URL or the host's build variables) is not an http(s) URL.`);
	}
	return url;
}
