import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import rehypeSearchKeywords from '../../../src/search/rehype-search-keywords.ts';
import rehypeTermPreviews from '../../../src/glossary/rehype-term-previews.ts';
import type { GlossaryTerm } from '../../../src/glossary/data.ts';
import { TEST_TERMS } from '../../lib/glossary-terms.ts';

const terms = TEST_TERMS;

type Plugin = (tree: ReturnType<typeof fromHtml>, file: VFile) => void;
const keywords: Plugin = rehypeSearchKeywords({ terms: () => terms });

function run(html: string, chapter: number | null = 1, plugins: Plugin[] = [keywords]) {
	const tree = fromHtml(html, { fragment: true });
	const file = new VFile({ path: '/x/src/content/docs/h1.mdx', data: { astro: { frontmatter: { chapter } } } });
	for (const plugin of plugins) plugin(tree, file);
	return toHtml(tree);
}

describe('rehype-search-keywords', () => {
	it('puts the term, and search words the section text lacks, on the heading of the section that explains it', () => {
		const html = run('<h2>Wat is sales</h2><p>Een lead.</p><h2>Fasen</h2><p>Fase 5 is relatiemarketing.</p>');
		// `marketing` is the head of the compound *relatiemarketing*, which Pagefind alone would not find.
		expect(html).toContain(
			'<h2 id="fasen" data-search-keywords="Relatiemarketing marketing" data-pagefind-index-attrs="data-search-keywords">',
		);
		expect(html).toContain(
			'<h2 id="wat-is-sales" data-search-keywords="Lead" data-pagefind-index-attrs="data-search-keywords">',
		);
	});

	it('does nothing on pages that are not chapters', () => {
		const source = '<h2>Wat is sales</h2><p>Een lead.</p>';
		expect(run(source, null)).toBe(source);
	});

	it("reads the section text as Pagefind does, without the term previews' definitions", () => {
		// The definition of *lead* says "sales"; that word is in no section's own text, so it must not count as such.
		const source = '<h2>Wat is het</h2><p>Een lead.</p><h2>Fasen</h2><p>Fase 5 is relatiemarketing.</p>';
		const ownTerms: GlossaryTerm[] = [{ ...terms[0]!, anchor: 'wat-is-het', aliases: ['sales lead'] }];
		const plugins = (order: 'previews first' | 'keywords first'): Plugin[] => {
			const k = rehypeSearchKeywords({ terms: () => ownTerms });
			const p = rehypeTermPreviews({ terms: () => ownTerms });
			return order === 'previews first' ? [p, k] : [k, p];
		};
		const heading = (html: string) => /<h2 id="wat-is-het"[^>]*>/.exec(html)?.[0];
		expect(heading(run(source, 1, plugins('previews first')))).toBe(
			'<h2 id="wat-is-het" data-search-keywords="Lead sales lead" data-pagefind-index-attrs="data-search-keywords">',
		);
		expect(heading(run(source, 1, plugins('previews first')))).toBe(heading(run(source, 1, plugins('keywords first'))));
	});

	it('leaves the heading of a term in another chapter alone', () => {
		expect(run('<h2>Marketing</h2><p>Over de markt.</p>', 1)).toBe(
			'<h2 id="marketing">Marketing</h2><p>Over de markt.</p>',
		);
	});
});
