/**
 * The one directory walker: the files under a folder, as sorted `/`-separated paths relative to it. The `dist/`
 * reader, the diagram font, the benchmark and the reproducibility check list files with it.
 * Erasable TypeScript, no Astro imports.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface WalkOptions {
	/** Keep only files for which this is true (`path` is relative to the folder walked). */
	include?: (path: string) => boolean;
	/** Leave out the folders for which this is true (`path` relative, without a trailing slash). */
	skipDir?: (path: string) => boolean;
}

/** Every file under `dir` (none if it does not exist), sorted. */
export function filesUnder(dir: string, options: WalkOptions = {}): string[] {
	if (!existsSync(dir)) return [];
	const found: string[] = [];
	const walk = (current: string): void => {
		for (const entry of readdirSync(current, { withFileTypes: true })) {
			const full = join(current, entry.name);
			const path = relative(dir, full).split(sep).join('/');
			if (entry.isDirectory()) {
				if (!options.skipDir?.(path)) walk(full);
			} else if (entry.isFile() && (options.include?.(path) ?? true)) {
				found.push(path);
			}
		}
	};
	walk(dir);
	return found.sort();
}
