// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { diagramsIntegration, rehypeMermaidDiagrams } from './src/plugins/mermaid.ts';
import rehypeGlossaryTerms from './src/plugins/rehype-glossary-terms.ts';

// Where the site is hosted decides canonical URLs and the sitemap; override per host.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
	site,
	// unified() (remark/rehype) instead of Sätteri, so our rehype plugins run on MDX.
	markdown: {
		processor: unified({
			rehypePlugins: [
				// Mermaid fences become inline SVG at build time (before Expressive Code sees them).
				rehypeMermaidDiagrams,
				// Term previews and section search keywords from the glossary, on chapter pages.
				rehypeGlossaryTerms,
			],
		}),
	},
	integrations: [
		diagramsIntegration(),
		starlight({
			title: 'Samenvatting Sales- en accountmanagement',
			description:
				'Studiesamenvatting van Praktisch sales- en accountmanagement (Robin van der Werf): per hoofdstuk te lezen, te doorzoeken en af te drukken.',
			defaultLocale: 'root',
			locales: { root: { label: 'Nederlands', lang: 'nl' } },
			favicon: '/favicon.svg',
			lastUpdated: true,
			customCss: [
				'./src/styles/custom.css',
				'./src/styles/print.css',
				// Diagram labels were measured with Inter at build time; the same font on the page keeps them inside their boxes.
				'@fontsource/inter/latin-400.css',
				'@fontsource/inter/latin-700.css',
				'./src/styles/diagrams.css',
			],
			components: {
				// Adds Pagefind's term highlighting on the page a search result leads to.
				Search: './src/components/Search.astro',
				// Adds the look and Escape key of term previews.
				MarkdownContent: './src/components/MarkdownContent.astro',
			},
		}),
	],
});
