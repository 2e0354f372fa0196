/**
 * Glossary: the terms in `src/content/glossary.yaml` (data.ts; the collection in src/content.config.ts), the
 * Begrippenlijst page (Glossary.astro, used in begrippenlijst.mdx) and term previews on chapter pages (the
 * rehype plugin; their look and behaviour, term-previews.ts, in the MarkdownContent override).
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { addRehypePlugins } from '../shared/markdown.ts';
import { loadGlossary } from './data.ts';
import rehypeTermPreviews from './rehype-term-previews.ts';

// What other features may use: the glossary's data and how a term's name reads without its bracketed part.
export { GLOSSARY_FILE, loadGlossary, type GlossaryTerm } from './data.ts';
export { bracketed, withoutBrackets } from './term-matching.ts';
export { plainTermLinks } from './rehype-term-previews.ts';

export default function glossary(): StarlightPlugin {
	return {
		name: 'glossary',
		hooks: {
			'config:setup'(context) {
				// A bad entry (or a chapter no page has) stops the build here, naming the file and line.
				loadGlossary();
				addRehypePlugins(context, rehypeTermPreviews);
				context.updateConfig({
					components: { ...context.config.components, MarkdownContent: './src/glossary/MarkdownContent.astro' },
				});
			},
		},
	};
}
