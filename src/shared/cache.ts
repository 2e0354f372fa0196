/**
 * Every cache of the build lives in one folder: Astro's `cacheDir` (`node_modules/.astro/` unless the config says
 * otherwise), one subfolder per feature. Code outside Astro (tests, scripts) gets the default folder.
 * Erasable TypeScript, no Astro imports.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Astro's default `cacheDir` for a project root. */
export const defaultCacheDir = (root: string = process.cwd()): string => join(root, 'node_modules', '.astro');

/** The folder of one cache, e.g. `cachePath('diagrams', config)`: inside Astro's `cacheDir` when a config is given. */
export function cachePath(name: string, config?: { cacheDir: URL }): string {
	return join(config ? fileURLToPath(config.cacheDir) : defaultCacheDir(), name);
}
