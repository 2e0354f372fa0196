// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { unified } from '@astrojs/markdown-remark';
import securityHeaders from './src/integrations/security-headers.ts';

// Where the site is hosted decides canonical URLs and the sitemap; override per host.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
	site,
	// unified() (remark/rehype) instead of Sätteri, so our rehype plugins run on MDX.
	markdown: { processor: unified({}) },
	integrations: [
		starlight({
			title: 'Samenvatting Sales- en accountmanagement',
			description:
				'Studiesamenvatting van Praktisch sales- en accountmanagement (Robin van der Werf): per hoofdstuk te lezen, te doorzoeken en af te drukken.',
			defaultLocale: 'root',
			locales: { root: { label: 'Nederlands', lang: 'nl' } },
			favicon: '/favicon.svg',
			lastUpdated: true,
			components: {
				// Starlight's search, with the button named by its visible text (axe: label-content-name-mismatch).
				Search: './src/components/Search.astro',
			},
			// A broken internal link or #anchor in any page stops the build, naming the file and the link.
			plugins: [starlightLinksValidator()],
			customCss: ['./src/styles/custom.css', './src/styles/print.css'],
		}),
		// Last, so it hashes the final HTML: writes dist/_headers with a CSP that names each inline script.
		securityHeaders(),
	],
});
