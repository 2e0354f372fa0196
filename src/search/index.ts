/**
 * Search: our own Search component in place of Starlight's (`Search.astro`: button, dialog, shortcuts Ctrl+K and
 * "/"), with its results UI on Pagefind's browser API (`search-ui.ts`, loaded on the first sign of searching) and our
 * index (`integration.ts`):
 * - the index is written after the build by `index-step.ts`, with one record per glossary term (no hidden text in
 *   the pages); Starlight's own indexing is off (`pagefind: false`);
 * - the dialog: terms answer first, function words out, typo tolerance, words the index lacks find nothing, chapter
 *   filter, keyboard through the results; the page a result opens marks the searched words (`highlight.ts`).
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { searchIntegration } from './integration.ts';

export default function search(): StarlightPlugin {
	return {
		name: 'search',
		hooks: {
			'config:setup'({ config, updateConfig, addIntegration }) {
				updateConfig({ pagefind: false, components: { ...config.components, Search: './src/search/Search.astro' } });
				addIntegration(searchIntegration());
			},
		},
	};
}
