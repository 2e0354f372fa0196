/**
 * Link check: a broken internal link or #anchor in any built page stops the build, naming the file and line
 * (integration.ts, check.ts). It reads dist/, so Astro's content cache stays valid between builds.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import linkCheckIntegration, { type LinkCheckConfig } from './integration.ts';

export default function linkCheck(config: LinkCheckConfig = {}): StarlightPlugin {
	return {
		name: 'link-check',
		hooks: {
			'config:setup'({ addIntegration, command }) {
				if (command === 'build') addIntegration(linkCheckIntegration(config));
			},
		},
	};
}
