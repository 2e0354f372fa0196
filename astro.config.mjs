// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import basePath from './src/base-path/index.ts';
import diagrams from './src/diagrams/index.ts';
import study from './src/study/index.ts';
import glossary from './src/glossary/index.ts';
import handouts, { pdfsSkipped } from './src/handouts/index.ts';
import headings from './src/headings/index.ts';
import linkCheck from './src/link-check/index.ts';
import offline from './src/offline/index.ts';
import pageScripts from './src/page-scripts/index.ts';
import search from './src/search/index.ts';
import securityHeaders from './src/security-headers/index.ts';
import siteHeader from './src/site-header/index.ts';
import siteMap from './src/sitemap/index.ts';
import tables from './src/tables/index.ts';
import { BASE, pdfHref, siteUrl } from './src/shared/urls.ts';

export default defineConfig({
	// Canonical links, og:url and the sitemap: from SITE_URL or the host's build variables; left out without one.
	site: siteUrl(),
	// The site URL's path ('/samenvatting/' for a GitHub project site): every page, asset and link lives under it.
	base: BASE,
	vite: {
		build: {
			// A page's own small stylesheet (the study pages') goes inline: one fewer render-blocking request.
			// Anything else keeps Vite's default (4 KB).
			assetsInlineLimit: (file, content) => (file.endsWith('.css') ? content.length <= 8 * 1024 : undefined),
		},
	},
	// unified() (remark/rehype) instead of Sätteri, so our rehype plugins run on MDX; each feature adds its own.
	markdown: { processor: unified() },
	integrations: [
		starlight({
			title: 'Samenvatting Sales- en accountmanagement',
			description:
				'Studiesamenvatting van Praktisch sales- en accountmanagement (Robin van der Werf): per hoofdstuk te lezen, te doorzoeken en af te drukken.',
			defaultLocale: 'root',
			locales: { root: { label: 'Nederlands', lang: 'nl' } },
			favicon: '/favicon.svg',
			lastUpdated: true,
			// The summary has no code for students to copy; Expressive Code's copy button is named only by an English
			// title (html-validate: text-content), so leave it out.
			expressiveCode: { frames: { showCopyToClipboardButton: false } },
			// Each feature of the site is one local Starlight plugin (src/<feature>/index.ts). Their post-build steps
			// run in this order, and their rehype plugins too (before Starlight's own and Expressive Code's).
			plugins: [
				// Under a sub-path only: the content's root-relative links get the base path, before anyone reads them.
				basePath(),
				// Post-build: bundles each page's scripts first, so the PDFs are printed from the final pages.
				pageScripts(),
				// Print and PDFs. Before diagrams: print.css comes before diagrams.css, so the diagrams' own print rules win.
				handouts(),
				// Before glossary and search: diagram fences become figures before those read the text.
				diagrams(),
				glossary(),
				search(),
				tables(),
				// After the plugins that read heading text (term previews, search keywords): adds soft hyphens to it.
				headings(),
				study(),
				siteHeader(),
				// Post-build: a broken internal link or #anchor in any page stops the build, naming the file and line. After
				// the PDFs are written (links to them are checked too, unless the quick build leaves them out).
				linkCheck({ unchecked: pdfsSkipped() ? [pdfHref('*')] : [] }),
				// Every page but the offline page; only when the site has a URL.
				siteMap(),
				// Post-build: the service worker's file list records every file's final bytes, so it comes after every step
				// that writes dist/ (page scripts, PDFs); the headers step only writes _headers, which is not precached.
				offline(),
				// Last, so it hashes the final HTML: writes dist/_headers with a CSP per page that names its inline
				// scripts and styles, and the headers other features asked for (sw.js uncached, the manifest's type).
				securityHeaders(),
			],
		}),
	],
});
