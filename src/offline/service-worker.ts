/**
 * Writes dist/sw.js after the build: Workbox's list of every file to precache (workbox-build's getManifest, each
 * file with a revision hash of its content), bundled with the worker's code (src/offline/sw.ts) by esbuild.
 * A changed page changes its revision, so the new deploy has a new sw.js and browsers install it.
 *
 * Erasable TypeScript: used by the offline plugin and by unit tests.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { ManifestEntry } from 'workbox-build';
import { BASE, PDF_DIR, SERVICE_WORKER_FILE } from '../shared/urls.ts';

const WORKER_SOURCE = fileURLToPath(new URL('./sw.ts', import.meta.url));

/**
 * What is not precached: the worker itself, host files, the sitemap, the PDFs (1.2 MB that most students never
 * open; each is cached when first opened instead), and Pagefind's ready-made search UIs, which the site never loads
 * (its search dialog is bundled in _astro/; from pagefind/ it loads the search API, its worker and WebAssembly, the
 * index and the highlighter).
 */
export const PRECACHE_IGNORES = [
	SERVICE_WORKER_FILE,
	'_headers',
	'_redirects',
	'sitemap-*.xml',
	`${PDF_DIR}/**`,
	'**/*.map',
	'pagefind/pagefind-ui.*',
	'pagefind/pagefind-modular-ui.*',
	'pagefind/pagefind-component-ui.*',
];

export interface PrecacheList {
	entries: ManifestEntry[];
	/** Bytes of all precached files. */
	size: number;
}

/** Every file of the built site in `root` that the worker keeps offline, sorted so the same site gives the same sw.js. */
export async function precacheList(root: string): Promise<PrecacheList> {
	// Loaded here, not with the config: workbox-build brings Babel and Rollup (about 1.5 s), needed only after a build.
	// Node's own require: by the end of the build, Vite's module runner (which would serve an import()) is closed.
	const { getManifest } = createRequire(import.meta.url)('workbox-build') as typeof import('workbox-build');
	const { manifestEntries, size, warnings } = await getManifest({
		globDirectory: root,
		globPatterns: ['**/*'],
		globIgnores: PRECACHE_IGNORES,
		// Content-hashed file names need no revision: the name changes with the content.
		dontCacheBustURLsMatching: /^_astro\//,
		// Pagefind's bundle and the longest page must fit; anything larger is a mistake worth stopping for.
		maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
	});
	if (warnings.length) throw new Error(`Service worker: ${warnings.join('\n')}`);
	const entries = manifestEntries.toSorted((a, b) => a.url.localeCompare(b.url));
	if (!entries.some((entry) => entry.url === 'index.html'))
		throw new Error(`Service worker: no index.html in ${root}.`);
	return { entries, size };
}

/** The worker's code with `entries` in place of `self.__WB_MANIFEST`, for a site under `base`. */
export async function bundleWorker(entries: ManifestEntry[], base: string = BASE): Promise<string> {
	const result = await build({
		entryPoints: [WORKER_SOURCE],
		bundle: true,
		format: 'iife',
		target: 'es2022',
		minify: true,
		write: false,
		logLevel: 'silent',
		// Workbox logs to the console unless NODE_ENV is production.
		// The site's URLs (src/shared/urls.ts) read the base path as Vite gives it to the page's scripts; their
		// fallback for Node (the site URL from the environment) finds nothing in a worker.
		define: {
			'self.__WB_MANIFEST': JSON.stringify(entries),
			'process.env.NODE_ENV': '"production"',
			'process.env': '{}',
			'import.meta.env': JSON.stringify({ BASE_URL: base }),
		},
	});
	return result.outputFiles[0]!.text;
}

export async function writeServiceWorker(root: string): Promise<PrecacheList> {
	const list = await precacheList(root);
	writeFileSync(join(root, SERVICE_WORKER_FILE), await bundleWorker(list.entries));
	return list;
}
