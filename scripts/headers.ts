/**
 * Prints the security headers of the last build (dist/_headers) for hosts that do not read `_headers`:
 *   node scripts/headers.ts nginx    → a `map` for the http block (each page's CSP) and `add_header` lines
 *   node scripts/headers.ts vercel   → a vercel.json with the same headers
 * Run it after `npm run build`: the CSP hashes change when an inline script changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeadersFile, type HeaderRule } from '../src/security-headers/index.ts';

const quoteNginx = (value: string): string => `"${value.replace(/(["\\])/g, '\\$1')}"`;

const CSP = 'Content-Security-Policy';

/**
 * A page's own rule holds only its CSP (plus, for Cloudflare Pages, a detach line, which the exports need not
 * repeat); the first rule, `<base>*`, holds what every path gets, with the 404 page's policy.
 */
const isPageRule = (rule: HeaderRule): boolean => !rule.path.endsWith('*') && Object.keys(rule.headers).join() === CSP;

export function toNginx(rules: HeaderRule[]): string {
	const lines = (headers: Record<string, string>, indent: string): string[] =>
		Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} ${quoteNginx(value)} always;`);
	const [siteRule, ...others] = rules;
	const { [CSP]: sitePolicy, ...site } = siteRule?.headers ?? {};
	// nginx sends one add_header per name, so each page gets its own policy in place of the site-wide one (the 404
	// page's, the map's default): one map from the URI to its policy. A page is asked for as `/h1/` and, after
	// nginx's index lookup, as `/h1/index.html`; an unknown address ends as `/404.html` (error_page).
	const map = ['map $uri $site_csp {', `\tdefault ${quoteNginx(sitePolicy ?? '')};`];
	for (const rule of others.filter(isPageRule)) {
		const paths = rule.path.endsWith('/') ? [rule.path, `${rule.path}index.html`] : [rule.path];
		for (const path of paths) map.push(`\t${quoteNginx(path)} ${quoteNginx(rule.headers[CSP]!)};`);
	}
	map.push('}');
	const siteLines = (indent: string): string[] => [
		`${indent}add_header ${CSP} $site_csp always;`,
		...lines(site, indent),
	];
	const out = [
		'# Generated from dist/_headers. In the http { } block (a map cannot go inside server { }):',
		...map,
		'# Inside your server { } block:',
		...siteLines(''),
	];
	for (const rule of others.filter((candidate) => !isPageRule(candidate))) {
		// `/_astro/*` is a prefix; any other path is one file (`/sw.js`).
		const location = rule.path.endsWith('*') ? `^~ ${rule.path.slice(0, -1)}` : `= ${rule.path}`;
		// nginx does not inherit add_header into a location that has its own, so repeat the site headers. It sends
		// Content-Type itself (from its types table), so a type of ours replaces that instead of adding a second one.
		const { 'Content-Type': type, ...headers } = rule.headers;
		const typeLines = type ? ['\ttypes { }', `\tdefault_type ${type};`] : [];
		out.push(`location ${location} {`, ...typeLines, ...siteLines('\t'), ...lines(headers, '\t'), '}');
	}
	return out.join('\n');
}

export function toVercel(rules: HeaderRule[]): string {
	const headers = rules.map((rule) => ({
		source: rule.path === '/*' ? '/(.*)' : rule.path.replace(/\*$/, '(.*)'),
		headers: Object.entries(rule.headers).map(([key, value]) => ({ key, value })),
	}));
	return JSON.stringify({ headers }, null, 2);
}

const format = process.argv[2];
if (format !== 'nginx' && format !== 'vercel') {
	console.error('Usage: node scripts/headers.ts nginx|vercel   (after npm run build)');
	process.exit(2);
}
const rules = parseHeadersFile(readFileSync(join(import.meta.dirname, '..', 'dist', '_headers'), 'utf8'));
console.log(format === 'nginx' ? toNginx(rules) : toVercel(rules));
