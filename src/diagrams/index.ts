/**
 * Diagrams: ```mermaid fences become inline SVG at build time (rehype-mermaid.ts), styled by diagrams.css, with
 * each page's diagram CSS in its <head> (route-middleware.ts) and the diagram font on every page.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { cachePath } from '../shared/cache.ts';
import { addRehypePlugins } from '../shared/markdown.ts';
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
				addRehypePlugins(context, [rehypeMermaidDiagrams, { renderer }]);
				context.updateConfig({ customCss: [...(context.config.customCss ?? []), './src/diagrams/diagrams.css'] });
				// 'post': the diagram sheets follow the other head additions (the handouts' print rules).
				context.addRouteMiddleware({ entrypoint: './src/diagrams/route-middleware.ts', order: 'post' });
				context.addIntegration(diagramsIntegration(renderer));
			},
		},
	};
}
