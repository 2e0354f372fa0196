/**
 * What the handout tests expect, read straight from the sources (not from the built site), so the tests notice
 * when a chapter has no PDF, no link or no place on the whole-summary page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ExpectedHandout {
	slug: string;
	path: string;
	title: string;
	pdf: string;
}

const DOCS = 'src/content/docs';

/** Chapters (pages with `chapter: n` in their frontmatter), in chapter order. */
export function chapters(): (ExpectedHandout & { chapter: number })[] {
	return readdirSync(DOCS)
		.filter((f) => /\.mdx?$/.test(f))
		.flatMap((file) => {
			const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(DOCS, file), 'utf8'))?.[1] ?? '';
			const chapter = /^chapter:\s*(\d+)\s*$/m.exec(front)?.[1];
			const title = /^title:\s*['"]?(.*?)['"]?\s*$/m.exec(front)?.[1];
			if (!chapter || !title) return [];
			const slug = file.replace(/\.mdx?$/, '');
			return [{ slug, path: `/${slug}/`, title, pdf: `/pdf/${slug}.pdf`, chapter: Number(chapter) }];
		})
		.sort((a, b) => a.chapter - b.chapter);
}

export const wholeSummary: ExpectedHandout = {
	slug: 'hele-samenvatting',
	path: '/hele-samenvatting/',
	title: 'Hele samenvatting',
	pdf: '/pdf/hele-samenvatting.pdf',
};
