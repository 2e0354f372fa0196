/** Lists the built pages in a `dist/` folder; shared by the post-build security step, tests and the benchmark. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Folders in dist that hold assets, not pages (Astro's bundles, Pagefind's UI and index). */
const NOT_PAGES = new Set(['_astro', 'pagefind']);

/** All `.html` files under `dir`, as paths relative to it with `/` separators, sorted. */
export function htmlFiles(dir: string): string[] {
	if (!existsSync(join(dir, 'index.html'))) {
		throw new Error(`No built site in ${dir} (index.html missing): run \`npm run build\` first.`);
	}
	const found: string[] = [];
	const walk = (current: string): void => {
		for (const entry of readdirSync(current, { withFileTypes: true })) {
			const full = join(current, entry.name);
			if (entry.isDirectory()) {
				if (!(current === dir && NOT_PAGES.has(entry.name))) walk(full);
			} else if (entry.name.endsWith('.html')) {
				found.push(relative(dir, full).split(sep).join('/'));
			}
		}
	};
	walk(dir);
	return found.sort();
}

/** `h1/index.html` → `/h1/`; `404.html` → `/404.html`. */
export function fileToUrlPath(file: string): string {
	if (file === 'index.html') return '/';
	if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
	return `/${file}`;
}
