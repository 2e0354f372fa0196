/**
 * The site's HTTP security headers, with a Content-Security-Policy that allows no inline script except the exact
 * ones we ship. Astro 7's `security.csp` hashes only the scripts it bundles, so Starlight's `is:inline` scripts
 * (theme, theme picker, search shortcut, sidebar state) would be blocked; instead, after the build we hash every
 * inline <script> and <style> element in dist/ and put those hashes in the policy (`src/security-headers/integration.ts`).
 *
 * Erasable TypeScript: used by the Astro integration, the tests' static server and `scripts/headers.ts`.
 */
import { createHash } from 'node:crypto';
import type { Text } from 'hast';
import { elementsOf, type PageHtml } from '../shared/dist.ts';

/** `type` values that make a <script> run (anything else, e.g. application/ld+json, is data). */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export const sha256 = (text: string): string =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export interface InlineCode {
	scripts: string[];
	styles: string[];
}

/** The text of every inline executable <script> and every <style> element (also those inside inline SVG). */
export function inlineCode(page: PageHtml): InlineCode {
	const found: InlineCode = { scripts: [], styles: [] };
	for (const node of elementsOf(page.tree, (element) => element.tagName === 'script' || element.tagName === 'style')) {
		const text = node.children
			.filter((child): child is Text => child.type === 'text')
			.map((child) => child.value)
			.join('');
		if (node.tagName === 'script' && node.properties.src === undefined) {
			const type = String(node.properties.type ?? '')
				.trim()
				.toLowerCase();
			if (EXECUTABLE_TYPES.has(type)) found.scripts.push(text);
		} else if (node.tagName === 'style') {
			found.styles.push(text);
		}
	}
	return found;
}

export interface PolicyInput {
	scriptHashes: Iterable<string>;
	styleHashes: Iterable<string>;
}

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/**
 * A page's policy, from that page's own hashes. Each source is here for a reason:
 * - script-src 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly (no JS eval is allowed).
 * - worker-src 'self': Pagefind ships a same-origin worker (pagefind-worker.js), and the offline feature's service
 *   worker is sw.js; no blob: workers are needed.
 * - manifest-src 'self': the web app manifest (manifest.webmanifest).
 * - img-src data: Starlight's and Pagefind's CSS draw small icons as data: SVGs.
 * - style-src-attr 'unsafe-inline': Starlight and Pagefind set style="…" attributes (CSS custom properties,
 *   hidden states). Attributes cannot run code; <style> elements are still limited to hashes (style-src-elem).
 *   `style-src` is the fallback for browsers without the -elem/-attr directives.
 * Every response gets exactly one such policy: its page's own, or the 404 page's (see `headerRules`).
 */
export function contentSecurityPolicy(inline: PolicyInput): string {
	const scripts = sorted(inline.scriptHashes);
	const styles = sorted(inline.styleHashes);
	const directives: [string, ...string[]][] = [
		['default-src', "'none'"],
		['script-src', "'self'", "'wasm-unsafe-eval'", ...scripts],
		['style-src', "'self'", "'unsafe-inline'"],
		['style-src-elem', "'self'", ...styles],
		['style-src-attr', "'unsafe-inline'"],
		['img-src', "'self'", 'data:'],
		['font-src', "'self'"],
		['connect-src', "'self'"],
		['worker-src', "'self'"],
		['manifest-src', "'self'"],
		['base-uri', "'self'"],
		['form-action', "'self'"],
		['frame-ancestors', "'none'"],
		['object-src', "'none'"],
	];
	return directives.map((parts) => parts.join(' ')).join('; ');
}

/** The policy of one built page: exactly its own inline scripts and styles. */
export function pagePolicy(page: PageHtml): string {
	const { scripts, styles } = inlineCode(page);
	return contentSecurityPolicy({ scriptHashes: scripts.map(sha256), styleHashes: styles.map(sha256) });
}

/** Headers for every response besides the CSP. */
export const STATIC_HEADERS: Readonly<Record<string, string>> = {
	'Referrer-Policy': 'no-referrer',
	'X-Content-Type-Options': 'nosniff',
	// Old browsers that ignore CSP frame-ancestors.
	'X-Frame-Options': 'DENY',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * One block of a `_headers` file (Netlify, Cloudflare Pages): a path pattern, the headers it removes from broader
 * rules that also match (`detach`, written as `  ! Name` lines), and the headers it sets.
 */
export interface HeaderRule {
	path: string;
	detach?: string[];
	headers: Record<string, string>;
}

/** One built page's URL path and its own policy. */
export interface PagePolicy {
	path: string;
	policy: string;
}

const CSP = 'Content-Security-Policy';

/**
 * Whether the host reading `_headers` needs a page's rule to detach the site-wide CSP (`  ! Content-Security-Policy`)
 * before setting its own. The two hosts merge matching rules differently:
 * - Cloudflare Pages gives a request every matching rule's headers, a header two rules set with both values
 *   (for a CSP: two policies, both enforced); a `! Name` line in a rule removes that header as set by a broader
 *   rule (developers.cloudflare.com/pages/configuration/headers, "Detach a header"; workers-sdk's _headers parser
 *   keeps it as the rule's `unsetHeaders`).
 * - Netlify takes, per header name, the value of the last matching rule in file order (netlify/primitives and
 *   netlify-cli `headersForPath`: `Object.assign({}, ...matchingRules)`), so a page rule after `/*` already
 *   replaces the site-wide CSP; its `_headers` parser (@netlify/headers-parser) knows no `!` line and reports the
 *   rule invalid.
 * A Netlify build says so in its environment (`NETLIFY=true`); every other build writes the detach lines.
 */
export const hostNeedsDetach = (env: Readonly<Record<string, string | undefined>> = process.env): boolean =>
	env.NETLIFY !== 'true';

export interface HeaderRulesOptions {
	/** The rules other features ask for. */
	extra?: readonly HeaderRule[];
	/** Write the detach lines (see `hostNeedsDetach`). Default true. */
	detach?: boolean;
}

/**
 * The whole `_headers`: the shared headers once on `<base>*` with the 404 page's policy (the only rule that
 * matches an unknown address, where the host serves 404.html), `<base>_astro/*` cached for good, the rules other
 * features ask for, then one rule per page that detaches the site-wide policy and sets its own. So every
 * response carries exactly one policy, naming only the inline code of the page it is. `base` is the site's base
 * path ('/' at a root); `notFound` is the 404 page's path (its own rule would repeat `<base>*`, so it has none).
 */
export function headerRules(
	base: string,
	pages: readonly PagePolicy[],
	notFound: string,
	{ extra = [], detach = true }: HeaderRulesOptions = {},
): HeaderRule[] {
	const notFoundPage = pages.find((page) => page.path === notFound);
	if (!notFoundPage) throw new Error(`_headers: no built page at ${notFound} to take the site-wide policy from.`);
	return [
		{ path: `${base}*`, headers: { ...STATIC_HEADERS, [CSP]: notFoundPage.policy } },
		// Astro's bundles have content hashes in their names, so they never change under the same URL.
		{ path: `${base}_astro/*`, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
		...extra,
		...pages
			.filter((page) => page !== notFoundPage)
			.map(({ path, policy }) => ({ path, ...(detach ? { detach: [CSP] } : {}), headers: { [CSP]: policy } })),
	];
}

/** Cloudflare Pages reads at most this many rules and this many characters a line (Netlify has no lower limits). */
export const HEADER_LIMITS = { rules: 100, lineLength: 2000 } as const;

/** Stops the build when `_headers` would pass a host's limits, naming the rule (a page's path) that does. */
export function checkHeaderLimits(rules: readonly HeaderRule[]): void {
	if (rules.length > HEADER_LIMITS.rules) {
		throw new Error(
			`_headers: ${rules.length} rules, more than the ${HEADER_LIMITS.rules} Cloudflare Pages reads; ` +
				`the last one it would read is ${rules[HEADER_LIMITS.rules - 1]!.path}. Fewer pages, or rules that share a pattern.`,
		);
	}
	for (const rule of rules) {
		for (const line of formatRule(rule).split('\n')) {
			if (line.length > HEADER_LIMITS.lineLength) {
				throw new Error(
					`_headers: the rule for ${rule.path}${rule.path.endsWith('*') && CSP in rule.headers ? " (the 404 page's policy)" : ''} has a line of ${line.length} characters (at most ` +
						`${HEADER_LIMITS.lineLength}): ${line.slice(0, 60)}… Too many inline scripts or styles on that page?`,
				);
			}
		}
	}
}

const formatRule = (rule: HeaderRule): string =>
	[
		rule.path,
		...(rule.detach ?? []).map((name) => `  ! ${name}`),
		...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`),
	].join('\n');

export function formatHeadersFile(rules: readonly HeaderRule[]): string {
	const header = '# Generated after the build by src/security-headers/integration.ts; do not edit.\n';
	return header + rules.map(formatRule).join('\n') + '\n';
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: {} });
			continue;
		}
		const current = rules.at(-1);
		const detached = /^\s+!\s*(\S+)\s*$/.exec(line);
		if (current && detached) {
			(current.detach ??= []).push(detached[1]!);
			continue;
		}
		const colon = line.indexOf(':');
		if (!current || colon < 0) throw new Error(`_headers: cannot read line "${line}"`);
		current.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	}
	return rules;
}

/** `/*` matches everything, `/_astro/*` everything below it, other patterns exactly. */
export function pathMatches(pattern: string, path: string): boolean {
	return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/**
 * Headers for one URL path, as Cloudflare Pages sends them: the matching rules apply in file order; each first
 * removes the headers it detaches (whatever earlier rules set, compared case-insensitively as HTTP does), then adds
 * its own, and a header that two applying rules set gets both values joined by a comma (for a CSP: two policies,
 * both enforced).
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules.filter((candidate) => pathMatches(candidate.path, path))) {
		const detached = new Set((rule.detach ?? []).map((name) => name.toLowerCase()));
		for (const name of Object.keys(headers)) if (detached.has(name.toLowerCase())) delete headers[name];
		for (const [name, value] of Object.entries(rule.headers))
			headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
	}
	return headers;
}

/** The policies in one Content-Security-Policy header (a comma separates policies). */
export const policiesOf = (header: string | undefined): string[] =>
	(header ?? '')
		.split(',')
		.map((policy) => policy.trim())
		.filter(Boolean);

/** Sources allowed by one directive of a policy string. */
export function directiveSources(policy: string, directive: string): string[] {
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name === directive) return sources;
	}
	return [];
}

/** Inline scripts and styles of `html` that `policy` would block; empty when everything is covered. */
export function uncoveredInlineCode(page: PageHtml, policy: string): { scripts: string[]; styles: string[] } {
	const { scripts, styles } = inlineCode(page);
	const scriptSources = new Set(directiveSources(policy, 'script-src'));
	const styleSources = new Set(directiveSources(policy, 'style-src-elem'));
	return {
		scripts: scripts.filter((code) => !scriptSources.has(sha256(code))),
		styles: styles.filter((code) => !styleSources.has(sha256(code))),
	};
}
