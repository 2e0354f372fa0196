/**
 * Every site URL in one place: page paths, the glossary page and its `#begrip-<id>` anchors, links to a section
 * of a page, the handout PDFs, the worker and the manifest. Components, Markdown plugins, post-build steps, the
 * browser scripts, the service worker, scripts and tests all call these, so a URL scheme changes here and nowhere
 * else. Every path starts with the site's base path (`BASE`): '/' at a domain's root, '/samenvatting/' for a project
 * site at https://<user>.github.io/samenvatting/. No Astro imports: usable outside the Astro runtime too.
 */

/** The path part of a site URL, ending in '/': `https://x.github.io/samenvatting` → `/samenvatting/`. */
export function basePathOf(url: string | undefined): string {
	const path = url === undefined ? '/' : new URL(url).pathname;
	return path.endsWith('/') ? path : `${path}/`;
}

/**
 * The site's base path. In Node (the config, the build, post-build steps, scripts, tests) it comes from the site
 * URL, which is also what the config gives Astro as `base`; in the browser (and in the service worker, whose bundle
 * gets it the same way) it is Astro's `BASE_URL`, which Vite writes into every bundle.
 */
export const BASE: string =
	typeof process !== 'undefined' && typeof process.versions?.node === 'string'
		? basePathOf(siteUrl())
		: basePathOf(
				new URL((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/', 'http://site.invalid').href,
			);

/** A path inside the site ('' or 'pdf/h1.pdf', with or without a leading '/') under the base path. */
export const withBase = (path: string): string => `${BASE}${path.replace(/^\//, '')}`;

/**
 * The reverse: the path inside dist/ a site URL path means (`/samenvatting/h1/` → `/h1/`), or undefined for a path
 * outside the site.
 */
export const withoutBase = (path: string): string | undefined =>
	path.startsWith(BASE) ? `/${path.slice(BASE.length)}` : path === BASE.slice(0, -1) ? '/' : undefined;

/** A path of ours as an injected route's pattern: Astro puts the base path before a pattern itself. */
export const routePattern = (path: string): string => withoutBase(path) ?? path;

/** Path of a docs page by its slug (`h1-introductie` → `/h1-introductie/`; the home page is `index` or ''). */
export const pagePath = (slug: string): string => withBase(slug === '' || slug === 'index' ? '' : `${slug}/`);

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
export const pdfHref = (slug: string): string => withBase(`${PDF_DIR}/${slug}.pdf`);

/** Where Astro puts its bundles (content-hashed names). */
export const ASSETS_PATH = withBase('_astro/');

/** The page shown offline for an address that was never cached. */
export const OFFLINE_PATH = pagePath('offline');

/** The service worker's file in dist/; it sits at the base path, so its scope is the whole site (`BASE`). */
export const SERVICE_WORKER_FILE = 'sw.js';
export const SERVICE_WORKER_PATH = withBase(SERVICE_WORKER_FILE);

/** The web app manifest. */
export const MANIFEST_PATH = withBase('manifest.webmanifest');

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
