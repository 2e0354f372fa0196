/**
 * The search's post-build step, added by the search plugin (`index.ts`): after the build, `writeSearchIndex` writes
 * the Pagefind index with the glossary's term records, and the vocabulary the dialog checks queries against.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeSearchIndex } from './index-step.ts';

export function searchIntegration(): AstroIntegration {
	return {
		name: 'search',
		hooks: {
			async 'astro:build:done'({ dir, logger }) {
				await writeSearchIndex(fileURLToPath(dir), logger);
			},
		},
	};
}
