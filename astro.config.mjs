// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { unified } from '@astrojs/markdown-remark';
import { diagramsIntegration, rehypeMermaidDiagrams } from './src/plugins/mermaid.ts';
import rehypeGlossaryTerms from './src/plugins/rehype-glossary-terms.ts';
import handoutPdfs from './src/integrations/pdf.ts';
import pageScripts from './src/integrations/page-scripts.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import rehypeScrollableTables from './src/plugins/rehype-scrollable-tables.ts';
import flashcards from './src/flashcards/index.ts';

// Where the site is hosted decides canonical URLs and the sitemap; override per host.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
	site,
	vite: {
		build: {
			// A page's own small stylesheet (the study pages') goes inline: one fewer render-blocking request.
			// Anything else keeps Vite's default (4 KB).
			assetsInlineLimit: (file, content) => (file.endsWith('.css') ? content.length <= 8 * 1024 : undefined),
		},
	},
	// unified() (remark/rehype) instead of Sätteri, so our rehype plugins run on MDX.
	markdown: {
		processor: unified({
			rehypePlugins: [
				// Mermaid fences become inline SVG at build time (before Expressive Code sees them).
				rehypeMermaidDiagrams,
				// Term previews and section search keywords from the glossary, on chapter pages.
				rehypeGlossaryTerms,
				// Tables scroll sideways on phones; make them focusable so that works with the keyboard too.
				rehypeScrollableTables,
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
				'./src/styles/diagrams.css',
			],
			components: {
				// Adds "Afdrukken" / "Download als PDF" and the printed running title (handouts).
				PageTitle: './src/components/PageTitle.astro',
				// Starlight's search, with the button named by its visible text (axe: label-content-name-mismatch)
				// and Pagefind's term highlighting on the page a result leads to.
				Search: './src/components/Search.astro',
				// Adds the look and Escape key of term previews.
				MarkdownContent: './src/components/MarkdownContent.astro',
			},
			// <style> in <head>: print-only page rules (running titles on handouts) and each page's diagram CSS.
			routeMiddleware: './src/routeData.ts',
			// The summary has no code for students to copy; Expressive Code's copy button is named only by an English
			// title (html-validate: text-content), so leave it out.
			expressiveCode: { frames: { showCopyToClipboardButton: false } },
			// A broken internal link or #anchor in any page stops the build, naming the file and the link.
			plugins: [
				// Study mode: the Anki and Quizlet downloads of the glossary.
				flashcards(),
				starlightLinksValidator({
					// Term previews link to `#begrip-<id>` on the glossary page. The Glossary component renders those
					// anchors from the same collection, out of the validator's sight (it reads ids in Markdown only).
					exclude: ['/begrippenlijst/#begrip-*'],
				}),
			],
		}),
		// After Starlight: one script file per page instead of one per component (fewer requests, no import waterfall).
		pageScripts(),
		// After Starlight: prints the built chapter pages and the whole summary to dist/pdf/*.pdf.
		handoutPdfs(),
		// Last, so it hashes the final HTML: writes dist/_headers with a CSP that names each inline script.
		securityHeaders(),
	],
});
