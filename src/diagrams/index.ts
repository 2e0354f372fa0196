/**
 * Diagrams: ```mermaid fences become inline SVG at build time (rehype-mermaid.ts), styled by diagrams.css and by one
 * shared diagram stylesheet for the whole site (merge.ts, written by integration.ts), with the diagram font on every page.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { cachePath } from '../shared/cache.ts';
import { addRehypePlugins } from '../shared/markdown.ts';
import { DiagramStyles } from './merge.ts';
import { DiagramRenderer } from './renderer.ts';
import diagramsIntegration from './integration.ts';
import { rehypeMermaidDiagrams } from './rehype-mermaid.ts';

export default function diagrams(): StarlightPlugin {
	return {
		name: 'diagrams',
		hooks: {
			'config:setup'(context) {
				// One renderer for the build: one browser, started on the first uncached diagram, closed when the build ends.
				const renderer = new DiagramRenderer({ cacheDir: cachePath('diagrams', context.astroConfig) });
				const styles = new DiagramStyles();
				addRehypePlugins(context, [rehypeMermaidDiagrams, { renderer, styles, strict: context.command === 'build' }]);
				context.updateConfig({ customCss: [...(context.config.customCss ?? []), './src/diagrams/diagrams.css'] });
				context.addIntegration(diagramsIntegration(renderer, styles));
			},
		},
	};
}
