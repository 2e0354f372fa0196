/** Security headers: after the build, `dist/_headers` with a CSP naming each inline script and style (integration.ts). */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import securityHeadersIntegration from './integration.ts';

export default function securityHeaders(): StarlightPlugin {
	return {
		name: 'security-headers',
		hooks: {
			'config:setup'({ addIntegration }) {
				addIntegration(securityHeadersIntegration());
			},
		},
	};
}
