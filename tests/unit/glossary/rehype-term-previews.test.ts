import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import rehypeTermPreviews from '../../../src/glossary/rehype-term-previews.ts';
import { TEST_TERMS } from '../../lib/glossary-terms.ts';

const terms = TEST_TERMS;

function run(html: string, chapter: number | null = 1) {
	const tree = fromHtml(html, { fragment: true });
	const file = new VFile({ path: '/x/src/content/docs/h1.mdx', data: { astro: { frontmatter: { chapter } } } });
	rehypeTermPreviews({ terms: () => terms })(tree, file);
	return toHtml(tree);
}

describe('rehype-term-previews', () => {
	it('links the first mention only, described by one preview per term at the end of the content', () => {
		const html = run('<h2>Wat is sales</h2><p>Een lead is nieuw. Nog een lead.</p><h2>Fasen</h2><p>x</p>');
		expect(html).toContain(
			'<p>Een <a href="/begrippenlijst/#begrip-lead" class="term-preview__link" aria-describedby="term-def-h1-lead" data-term-tip="term-tip-h1-lead">lead</a> is nieuw. Nog een lead.</p>',
		);
		expect(
			html.endsWith(
				'<p>x</p><div id="term-tip-h1-lead" popover="auto" class="term-preview__tip" data-pagefind-ignore="">' +
					'<span id="term-def-h1-lead" role="tooltip" class="term-preview__definition"><strong>Lead</strong> Een nieuwe klant die sales opvolgt.</span>' +
					'<a href="/begrippenlijst/#begrip-lead" class="term-preview__more">Lees meer in de begrippenlijst</a>' +
					'<button type="button" class="term-preview__close" popovertarget="term-tip-h1-lead" popovertargetaction="hide" aria-label="Sluiten">×</button></div>',
			),
		).toBe(true);
		expect(html.match(/term-preview__link/g)).toHaveLength(1);
		expect(html.match(/popover="auto"/g)).toHaveLength(1);
	});

	it('leaves headings, links, code and summaries alone', () => {
		const html = run(
			'<h2 id="wat-is-sales">Lead</h2><p><a href="/x">lead</a> <code>lead</code></p><details><summary>Lead</summary><p>De lead.</p></details><h2>Fasen</h2>',
		);
		expect(html).toContain('<h2 id="wat-is-sales">Lead</h2>');
		expect(html).toContain('<a href="/x">lead</a> <code>lead</code>');
		expect(html).toContain('<summary>Lead</summary><p>De <a href="/begrippenlijst/#begrip-lead"');
	});

	it('does nothing on pages that are not chapters', () => {
		const source = '<h2>Wat is sales</h2><p>Een lead.</p>';
		expect(run(source, null)).toBe(source);
	});

	it('stops the build with file and term when a term points to a missing heading', () => {
		expect(() => run('<h2>Wat is sales</h2><p>Een lead.</p>')).toThrow(
			/src\/content\/glossary\.yaml: term "relatiemarketing" points to #fasen, but src\/content\/docs\/h1\.mdx \(chapter 1\) has no heading with that id\. Headings there: #wat-is-sales/,
		);
	});
});
