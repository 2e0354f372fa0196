/** Tables: wide content tables scroll sideways and can be scrolled with the keyboard (rehype-scrollable-tables.ts). */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { addRehypePlugins } from '../shared/markdown.ts';
import rehypeScrollableTables from './rehype-scrollable-tables.ts';

export default function tables(): StarlightPlugin {
	return {
		name: 'tables',
		hooks: {
			'config:setup'(context) {
				addRehypePlugins(context, rehypeScrollableTables);
			},
		},
	};
}
