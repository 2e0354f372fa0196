/**
 * Site header: a site title that fits narrow screens whole (the SiteTitle override) and a theme picker wide enough
 * for its Dutch labels (header.css).
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';

export default function siteHeader(): StarlightPlugin {
	return {
		name: 'site-header',
		hooks: {
			'config:setup'({ config, updateConfig }) {
				updateConfig({
					components: { ...config.components, SiteTitle: './src/site-header/SiteTitle.astro' },
					customCss: [...(config.customCss ?? []), './src/site-header/header.css'],
				});
			},
		},
	};
}
