/** Security headers: after the build, `dist/_headers` with a CSP naming each inline script and style (integration.ts). */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { HeaderRule } from './headers.ts';
import securityHeadersIntegration from './integration.ts';

/** `rules`: extra header rules of other features (the offline feature's for sw.js and the manifest). */
export default function securityHeaders({ rules = [] }: { rules?: readonly HeaderRule[] } = {}): StarlightPlugin {
	return {
		name: 'security-headers',
		hooks: {
			'config:setup'({ addIntegration }) {
				addIntegration(securityHeadersIntegration(rules));
			},
		},
	};
}
