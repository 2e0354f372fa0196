/**
 * Headings in Markdown and MDX get soft hyphens in their long words (hyphenate.ts). Ids are assigned first, from
 * the text as written, so anchors and links stay the same.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { addHeadingIds } from '../shared/markdown.ts';
import { hyphenate } from './hyphenate.ts';

const HEADING = /^h[1-6]$/;

export default function rehypeHyphenateHeadings() {
	return (tree: Root, file: VFile): void => {
		addHeadingIds(tree, file);
		visit(tree, 'element', (heading) => {
			if (!HEADING.test(heading.tagName)) return;
			visit(heading, 'text', (text) => {
				text.value = hyphenate(text.value);
			});
		});
	};
}
