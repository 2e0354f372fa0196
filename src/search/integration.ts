/**
 * The search's build wiring, added by the search plugin (`index.ts`):
 * - Starlight's Search component imports `@pagefind/default-ui`; that import resolves to `pagefind-ui.ts`, which
 *   adds our options to the same UI (Starlight passes no `processTerm` and, with its indexing off, no ranking);
 * - after the build, `writeSearchIndex` writes the Pagefind index with the glossary's term records.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeSearchIndex } from './index-step.ts';

const WRAPPER = fileURLToPath(new URL('./pagefind-ui.ts', import.meta.url));

export function searchIntegration(): AstroIntegration {
	return {
		name: 'search',
		hooks: {
			'astro:config:setup'({ updateConfig }) {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'search:pagefind-ui',
								enforce: 'pre',
								resolveId(id, importer) {
									// The wrapper itself imports the real module.
									if (id !== '@pagefind/default-ui' || !importer || importer.startsWith(WRAPPER)) return null;
									return WRAPPER;
								},
							},
						],
					},
				});
			},
			async 'astro:build:done'({ dir, logger }) {
				await writeSearchIndex(fileURLToPath(dir), logger);
			},
		},
	};
}
