/**
 * Search: Starlight's Pagefind search with a button named by its visible text and term highlighting on the result
 * page (the Search override), and search keywords from the glossary on chapter headings (the rehype plugin).
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { addRehypePlugins } from '../shared/markdown.ts';
import rehypeSearchKeywords from './rehype-search-keywords.ts';

export default function search(): StarlightPlugin {
	return {
		name: 'search',
		hooks: {
			'config:setup'(context) {
				addRehypePlugins(context, rehypeSearchKeywords);
				context.updateConfig({ components: { ...context.config.components, Search: './src/search/Search.astro' } });
			},
		},
	};
}
