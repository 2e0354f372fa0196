/**
 * Search: Starlight's Pagefind search dialog (the Search override: a button named by its visible text, term
 * highlighting on the result page) with our index and behaviour (`integration.ts`):
 * - the index is written after the build by `index-step.ts`, with one record per glossary term (no hidden text in
 *   the pages); Starlight's own indexing is off (`pagefind: false`; the dialog stays, as Search is overridden);
 * - the dialog (`pagefind-ui.ts`): terms answer first, function words out, typo tolerance, chapter filter.
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
