// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';

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
			customCss: ['./src/styles/custom.css', './src/styles/print.css'],
			components: {
				// Adds Pagefind's term highlighting on the page a search result leads to.
				Search: './src/components/Search.astro',
			},
		}),
	],
});
