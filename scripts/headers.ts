/**
 * Prints the security headers of the last build (dist/_headers) for hosts that do not read `_headers`:
 *   node scripts/headers.ts nginx    → `add_header` lines for a server block
 *   node scripts/headers.ts vercel   → a vercel.json with the same headers
 * Run it after `npm run build`: the CSP hashes change when an inline script changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeadersFile, type HeaderRule } from '../src/security-headers/headers.ts';

const quoteNginx = (value: string): string => `"${value.replace(/(["\\])/g, '\\$1')}"`;

export function toNginx(rules: HeaderRule[]): string {
	const lines = (headers: Record<string, string>, indent: string): string[] =>
		Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} ${quoteNginx(value)} always;`);
	const site = rules.find((rule) => rule.path === '/*')?.headers ?? {};
	const out = ['# Inside your server { } block; generated from dist/_headers.', ...lines(site, '')];
	for (const rule of rules.filter((r) => r.path !== '/*')) {
		// `/_astro/*` is a prefix; any other path is one file (`/sw.js`).
		const location = rule.path.endsWith('*') ? rule.path.slice(0, -1) : `= ${rule.path}`;
		// nginx does not inherit add_header into a location that has its own, so repeat the site headers. It sends
		// Content-Type itself (from its types table), so a type of ours replaces that instead of adding a second one.
		const { 'Content-Type': type, ...headers } = { ...site, ...rule.headers };
		const typeLines = type ? ['\ttypes { }', `\tdefault_type ${type};`] : [];
		out.push(`location ${location} {`, ...typeLines, ...lines(headers, '\t'), '}');
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
