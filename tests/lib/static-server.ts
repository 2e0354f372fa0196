/**
 * A tiny static server for `dist/` that sends the headers from `dist/_headers` the way Cloudflare Pages does
 * (`headersFor`: every matching rule, `! Name` detach lines included), so tests and the benchmark see the site as a
 * host would serve it (astro preview ignores `_headers` and does not compress). An unknown address gets 404.html
 * with the headers of the address asked for, as on the hosts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/security-headers/index.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
};

export interface StaticServer {
	/** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
	url: string;
	close: () => Promise<void>;
}

/** The file a URL path maps to (`/a/` → a/index.html), or undefined; never a path outside `root`. */
export function resolveFile(root: string, urlPath: string): string | undefined {
	const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
	const file = normalize(join(root, decoded));
	if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
	if (existsSync(file) && statSync(file).isFile()) return file;
	const index = join(file, 'index.html');
	return existsSync(index) ? index : undefined;
}

export interface ServeOptions {
	/** Header rules; default: read from `<root>/_headers`. */
	rules?: HeaderRule[];
	/** Default 0: any free port. */
	port?: number;
	/** gzip text responses when the client accepts it, as hosts do. Default false. */
	gzip?: boolean;
	/**
	 * Serve the site under this path only, as GitHub Pages serves a project site (`/samenvatting/`); any other
	 * path is a bare 404. Default '/'.
	 */
	base?: string;
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

export async function serveDist(root: string, options: ServeOptions = {}): Promise<StaticServer> {
	const headerRules = options.rules ?? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
	const base = options.base ?? '/';
	const server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		if (!path.startsWith(base)) {
			response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
			response.end('Not found: outside the site');
			return;
		}
		const file = resolveFile(root, `/${path.slice(base.length)}`);
		const target = file ?? join(root, '404.html');
		const type = TYPES[extname(target)] ?? 'application/octet-stream';
		let body = readFileSync(target);
		const headers: Record<string, string> = { 'Content-Type': type, ...headersFor(headerRules, path) };
		if (options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
			body = gzipSync(body);
			headers['Content-Encoding'] = 'gzip';
			headers['Vary'] = 'Accept-Encoding';
		}
		response.writeHead(file ? 200 : 404, headers);
		response.end(body);
	});
	await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
	};
}
