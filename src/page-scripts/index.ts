/** Page scripts: after the build, each page loads one script file instead of one per component (integration.ts). */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import pageScriptsIntegration from './integration.ts';

export default function pageScripts(): StarlightPlugin {
	return {
		name: 'page-scripts',
		hooks: {
			'config:setup'({ addIntegration }) {
				addIntegration(pageScriptsIntegration());
			},
		},
	};
}
