/**
 * After the build: hash every inline <script>/<style> in dist/ and write `dist/_headers` (Netlify, Cloudflare
 * Pages) with a CSP that allows exactly those, plus the other security headers. See src/security-headers/headers.ts.
 * Add it after Starlight in `integrations`, so it sees the final HTML.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../shared/dist.ts';
import { contentSecurityPolicy, formatHeadersFile, inlineCode, sha256, siteHeaderRules, type HeaderRule } from './headers.ts';

/** `rules`: headers other features need for their files (after the site's own), e.g. the service worker's. */
export default function securityHeaders(rules: readonly HeaderRule[] = []): AstroIntegration {
	return {
		name: 'security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const scriptHashes = new Set<string>();
				const styleHashes = new Set<string>();
				const pages = htmlFiles(root);
				for (const file of pages) {
					const { scripts, styles } = inlineCode(readFileSync(join(root, file), 'utf8'));
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
