/**
 * After the build: hash each page's inline <script>/<style> elements and write `dist/_headers` (Netlify,
 * Cloudflare Pages): the shared headers once with the 404 page's CSP, then one rule per page with a CSP that allows
 * exactly that page's inline code, then checks the file against the hosts' limits. Last in the plugin list (astro.config.mjs), so it
 * sees the final HTML.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages } from '../shared/dist.ts';
import { BASE, withBase } from '../shared/urls.ts';
import {
	checkHeaderLimits,
	formatHeadersFile,
	headerRules,
	hostNeedsDetach,
	pagePolicy,
	type HeaderRule,
} from './headers.ts';

/** `extra`: the headers other features asked for their own files (see `addHostHeaders` in index.ts). */
export default function securityHeaders(extra: () => readonly HeaderRule[]): AstroIntegration {
	return {
		name: 'security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				// Any markup will do: this step hashes whatever inline code the pages have, and expects nothing else.
				// A page answers at `/x/` and at `/x/index.html` (the service worker precaches the latter and serves it
				// offline with the headers it got), so both carry the page's own policy, not the 404 page's.
				const pages = builtPages(root).flatMap((page) => {
					const path = withBase(page.path);
					const policy = pagePolicy(page);
					return path.endsWith('/')
						? [
								{ path, policy },
								{ path: `${path}index.html`, policy },
							]
						: [{ path, policy }];
				});
				const detach = hostNeedsDetach();
				const rules = headerRules(BASE, pages, withBase('404.html'), { extra: extra(), detach });
				checkHeaderLimits(rules);
				const text = formatHeadersFile(rules);
				writeFileSync(join(root, '_headers'), text);
				const longest = Math.max(...text.split('\n').map((line) => line.length));
				logger.info(
					`_headers: ${rules.length} rules (a CSP of its own for each of ${pages.length} pages${detach ? '' : ', no detach lines for Netlify'}), ${text.length} bytes, longest line ${longest} characters`,
				);
			},
		},
	};
}
