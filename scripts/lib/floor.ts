/**
 * "The floor": plain Starlight 0.42 with the same chapter MDX (no plugins, overrides, diagrams or custom CSS), built
 * in `.cache/floor/` so the benchmark can measure it beside our site in the same run. What a page of ours costs
 * beyond the floor is what our features cost; the machine's noise is the same for both.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readChapterPages } from '../../src/shared/chapter-pages.ts';
import { pagePath } from '../../src/shared/urls.ts';
import { ROOT, timedBuild } from './build.ts';

export const FLOOR_DIR = join(ROOT, '.cache', 'floor');

/**
 * The page as plain Starlight can build it: our own components (imported from `src/`) and their tags dropped, the
 * `chapter` field (ours) dropped; Starlight's own components stay. Mermaid fences become plain code blocks there.
 */
export function floorMdx(source: string): string {
	const local = [...source.matchAll(/^import\s+(\w+)\s+from\s+['"]\.\.?\/[^'"]*['"];?[ \t]*$/gm)].map((m) => m[1]!);
	let out = source.replace(/^import\s+\w+\s+from\s+['"]\.\.?\/[^'"]*['"];?[ \t]*\n/gm, '');
	for (const name of local) out = out.replace(new RegExp(`^<${name}\\b[^>]*/>[ \\t]*$`, 'gm'), '');
	return out.replace(/^chapter:\s*\d+\s*\n/m, '');
}

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
	site: process.env.SITE_URL,
	// node_modules is a link to ours: keep the floor's caches out of it.
	cacheDir: './.cache-astro',
	vite: { cacheDir: './.cache-vite' },
	integrations: [
		starlight({
			title: 'Samenvatting Sales- en accountmanagement',
			defaultLocale: 'root',
			locales: { root: { label: 'Nederlands', lang: 'nl' } },
		}),
	],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Writes the floor project: the home page and every chapter page of `src/content/docs/`. Returns the URL paths
 * both sites have, home first.
 */
export function writeFloor(root: string = ROOT, dir: string = FLOOR_DIR): string[] {
	rmSync(dir, { recursive: true, force: true });
	const docs = join(dir, 'src', 'content', 'docs');
	mkdirSync(docs, { recursive: true });
	writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
	writeFileSync(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
	// Astro finds the packages it must bundle (Starlight) through the project's declared dependencies.
	const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
	const dependencies = Object.fromEntries(
		['astro', '@astrojs/starlight', 'sharp'].map((name) => [name, ours.dependencies[name]]),
	);
	writeFileSync(
		join(dir, 'package.json'),
		`${JSON.stringify({ name: 'floor', private: true, type: 'module', dependencies }, null, '\t')}\n`,
	);
	// Our installed Astro and Starlight; resolved from outside the project root, Vite would not bundle Starlight.
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const paths: string[] = [];
	const source = join(root, 'src', 'content', 'docs');
	const chapters = new Set(readChapterPages(source).map((page) => page.slug));
	for (const name of readdirSync(source).sort()) {
		const slug = name.replace(/\.mdx?$/, '');
		if (slug === name || (slug !== 'index' && !chapters.has(slug))) continue;
		writeFileSync(join(docs, name), floorMdx(readFileSync(join(source, name), 'utf8')));
		paths.push(pagePath(slug));
	}
	if (!paths.includes('/')) throw new Error(`floor: ${source} has no index page`);
	return ['/', ...paths.filter((path) => path !== '/')];
}

/** `astro build` of the floor: from clean (its dist and caches removed) unless `clean` is false; seconds, one decimal. */
export function buildFloor(env: Record<string, string> = {}, { clean = true, dir = FLOOR_DIR } = {}): number {
	if (clean)
		for (const sub of ['dist', '.cache-astro', '.cache-vite']) rmSync(join(dir, sub), { recursive: true, force: true });
	return timedBuild(env, dir);
}
