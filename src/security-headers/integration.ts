/**
 * After the build: hash every inline <script>/<style> in dist/ and write `dist/_headers` (Netlify, Cloudflare
 * Pages) with a CSP that allows exactly those, plus the other security headers. See src/security-headers/headers.ts.
 * Last in the plugin list (astro.config.mjs), so it sees the final HTML.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages } from '../shared/dist.ts';
import {
	contentSecurityPolicy,
	formatHeadersFile,
	inlineCode,
	sha256,
	siteHeaderRules,
	type HeaderRule,
} from './headers.ts';

/** `rules`: headers other features need for their files (after the site's own), e.g. the service worker's. */
export default function securityHeaders(rules: readonly HeaderRule[] = []): AstroIntegration {
	return {
		name: 'security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const scriptHashes = new Set<string>();
				const styleHashes = new Set<string>();
				// Any markup will do: this step hashes whatever inline code the pages have, and expects nothing else.
				const pages = builtPages(root);
				for (const page of pages) {
					const { scripts, styles } = inlineCode(page);
					for (const code of scripts) scriptHashes.add(sha256(code));
					for (const code of styles) styleHashes.add(sha256(code));
				}
				const policy = contentSecurityPolicy({ scriptHashes, styleHashes });
				writeFileSync(join(root, '_headers'), formatHeadersFile(siteHeaderRules(policy, rules)));
				logger.info(
					`_headers: CSP allows ${scriptHashes.size} inline scripts and ${styleHashes.size} inline styles (by hash) from ${pages.length} pages`,
				);
			},
		},
	};
}
