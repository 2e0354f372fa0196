import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachePath } from '../shared/cache.ts';
import { writeDiagramFont } from './font.ts';
import type { DiagramRenderer } from './renderer.ts';

/**
 * Astro integration: puts the diagram font (Inter, only the characters the diagrams use; src/diagrams/font.ts)
 * on every page, closes the diagram browser when the build (or dev server) is done and reports numbers.
 * In `astro dev`, a character new to the diagrams shows in a fallback font until the server restarts.
 */
export default function diagramsIntegration(renderer: DiagramRenderer): AstroIntegration {
	const finish = async (logger: { info: (msg: string) => void }) => {
		const { rendered, cached, browserLaunches } = renderer.stats;
		if (rendered + cached > 0) {
			logger.info(`${rendered} rendered, ${cached} from cache, browser launched ${browserLaunches}×`);
		}
		await renderer.close();
	};
	return {
		name: 'diagrams',
		hooks: {
			'astro:config:setup': async ({ config, injectScript, logger }) => {
				const { css, characters } = await writeDiagramFont(
					join(fileURLToPath(config.root), 'src', 'content'),
					cachePath('diagram-font', config),
				);
				logger.info(`diagram font: Inter with ${[...characters].length} characters`);
				// CSS imported by every page goes into the site's shared stylesheet; Vite emits the font files it names.
				injectScript('page-ssr', `import ${JSON.stringify(css)};`);
			},
			'astro:build:done': ({ logger }) => finish(logger),
			'astro:server:done': ({ logger }) => finish(logger),
		},
	};
}
