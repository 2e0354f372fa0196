/**
 * The chapter pages read straight from `src/content/docs/`, for code outside the Astro runtime (Markdown plugins,
 * the glossary check, scripts, tests). Astro code uses `getChapters()` (chapters.ts), which reads the same
 * frontmatter through the docs collection. Erasable TypeScript, no `astro:*` imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { pagePath } from './urls.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DOCS_DIR = join(ROOT, 'src', 'content', 'docs');

export interface ChapterPage {
	chapter: number;
	title: string;
	/** Short name: the sidebar label (`H1 Introductie`), else the title. */
	label: string;
	/** Page slug, e.g. `h1-introductie`. */
	slug: string;
	/** Page path, e.g. `/h1-introductie/`. */
	path: string;
	/** The source file, relative to the project root. */
	file: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Every docs page with a `chapter` number in its frontmatter, in chapter order. */
export function readChapterPages(docsDir: string = DOCS_DIR): ChapterPage[] {
	const pages: ChapterPage[] = [];
	for (const name of readdirSync(docsDir)
		.filter((f) => /\.mdx?$/.test(f))
		.sort()) {
		const full = join(docsDir, name);
		const block = FRONTMATTER.exec(readFileSync(full, 'utf8'))?.[1];
		const data: unknown = block === undefined ? undefined : parse(block);
		if (!data || typeof data !== 'object' || !('chapter' in data) || typeof data.chapter !== 'number') continue;
		const slug = name.replace(/\.mdx?$/, '');
		const title = 'title' in data ? String(data.title) : slug;
		const sidebar =
			'sidebar' in data && data.sidebar && typeof data.sidebar === 'object'
				? (data.sidebar as { label?: unknown })
				: {};
		const label = typeof sidebar.label === 'string' ? sidebar.label : title;
		pages.push({ chapter: data.chapter, title, label, slug, path: pagePath(slug), file: relative(ROOT, full) });
	}
	return pages.sort((a, b) => a.chapter - b.chapter);
}
