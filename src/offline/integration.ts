/**
 * Offline's Astro integration: the `/offline/` route and, in a build, the worker's registration on every page; after
 * the build, the icons from public/favicon.svg, manifest.webmanifest, then dist/sw.js with every file's revision.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { MANIFEST_PATH, OFFLINE_PATH, routePattern, SERVICE_WORKER_PATH, withoutBase } from '../shared/urls.ts';
import { ICONS, renderIcon, webManifest, type SiteColours } from './manifest.ts';
import { writeServiceWorker } from './service-worker.ts';

/** The app's name on a home screen, where about 12 characters fit. */
const SHORT_NAME = 'Sales & AM';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

export interface OfflineOptions {
	/** public/favicon.svg, the source of every icon. */
	favicon: string;
	colours: SiteColours;
	name: string;
	description: string;
	/** `astro build` (not dev): only then is the worker registered. */
	build: boolean;
}

export default function offlineIntegration({
	favicon,
	colours,
	name,
	description,
	build,
}: OfflineOptions): AstroIntegration {
	return {
		name: 'offline',
		hooks: {
			'astro:config:setup'({ injectRoute, injectScript }) {
				injectRoute({
					pattern: routePattern(OFFLINE_PATH),
					entrypoint: here('./OfflinePage.astro'),
					prerender: true,
				});
				// Only built sites get a worker: in `astro dev` it would serve yesterday's files.
				if (build) injectScript('page', `import ${JSON.stringify(here('./register.ts'))};`);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const svg = readFileSync(favicon, 'utf8');
				for (const icon of ICONS) {
					const file = join(root, icon.path);
					mkdirSync(dirname(file), { recursive: true });
					writeFileSync(file, await renderIcon(svg, icon, colours.brand));
				}
				const manifest = webManifest({ name, shortName: SHORT_NAME, description, colours });
				writeFileSync(join(root, withoutBase(MANIFEST_PATH)!), JSON.stringify(manifest, null, '\t') + '\n');
				const { entries, size } = await writeServiceWorker(root);
				const kb = Math.round(size / 1024);
				logger.info(
					`${SERVICE_WORKER_PATH}: precaches ${entries.length} files (${kb} KB); PDFs are cached when opened`,
				);
			},
		},
	};
}
