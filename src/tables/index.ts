/**
 * Tables: content tables reflow into a stack of labelled cells where the column is too narrow for them
 * (rehype-reflow-tables.ts adds the labels and table roles at build time, tables.css the layout).
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { addRehypePlugins } from '../shared/markdown.ts';
import rehypeReflowTables from './rehype-reflow-tables.ts';

export default function tables(): StarlightPlugin {
	return {
		name: 'tables',
		hooks: {
			'config:setup'(context) {
				addRehypePlugins(context, rehypeReflowTables);
				context.updateConfig({ customCss: [...(context.config.customCss ?? []), './src/tables/tables.css'] });
			},
		},
	};
}
