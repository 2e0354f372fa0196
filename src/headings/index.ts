/**
 * Headings: long words in headings and page titles get soft hyphens from Dutch hyphenation patterns, so on a phone
 * they break at a syllable with a hyphen, never mid-word without one (rehype-hyphenate-headings.ts for the text,
 * route-middleware.ts for the titles, hyphenate.ts for both).
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { addRehypePlugins } from '../shared/markdown.ts';
import rehypeHyphenateHeadings from './rehype-hyphenate-headings.ts';

export { hyphenate } from './hyphenate.ts';

export default function headings(): StarlightPlugin {
	return {
		name: 'headings',
		hooks: {
			'config:setup'(context) {
				addRehypePlugins(context, rehypeHyphenateHeadings);
				context.updateConfig({ customCss: [...(context.config.customCss ?? []), './src/headings/headings.css'] });
				// 'post': after the handouts' middleware, which prints the title as written as the running header.
				context.addRouteMiddleware({ entrypoint: './src/headings/route-middleware.ts', order: 'post' });
			},
		},
	};
}
