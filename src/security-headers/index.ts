/**
 * Security headers: after the build, `dist/_headers` with a CSP for each page that names its inline scripts and
 * styles (integration.ts). Other features ask for the headers their own files need with `addHostHeaders`.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { HeaderRule } from './headers.ts';
import securityHeadersIntegration from './integration.ts';

export {
	contentSecurityPolicy,
	HEADER_LIMITS,
	headersFor,
	hostNeedsDetach,
	inlineCode,
	pagePolicy,
	parseHeadersFile,
	policiesOf,
	sha256,
	STATIC_HEADERS,
	uncoveredInlineCode,
} from './headers.ts';
export type { HeaderRule } from './headers.ts';

/** Asked for by other features, by path (asking twice for one path replaces the first answer). */
const requested = new Map<string, Record<string, string>>();

/**
 * Headers a feature needs for one of its files, e.g. `addHostHeaders('/sw.js', { 'Cache-Control': 'no-cache' })`.
 * Call it from a plugin's `config:setup`; the headers go into `_headers` after the site's own rules.
 */
export function addHostHeaders(path: string, headers: Readonly<Record<string, string>>): void {
	requested.set(path, { ...headers });
}

export default function securityHeaders(): StarlightPlugin {
	return {
		name: 'security-headers',
		hooks: {
			'config:setup'({ addIntegration }) {
				addIntegration(
					securityHeadersIntegration((): HeaderRule[] => [...requested].map(([path, headers]) => ({ path, headers }))),
				);
			},
		},
	};
}
