/**
 * Puts the base path before every root-relative `href` and `src` in a Markdown/MDX page: HTML elements and MDX
 * components (`<LinkCard href="/h1-introductie/">`) alike.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { based } from './links.ts';

const URL_PROPERTIES = ['href', 'src'];

interface MdxJsxAttribute {
	type: string;
	name?: string;
	value?: unknown;
}

export default function rehypeBaseLinks() {
	return (tree: Root): void => {
		visit(tree, (node) => {
			if (node.type === 'element') {
				for (const name of URL_PROPERTIES) {
					const value = node.properties[name];
					if (typeof value === 'string') node.properties[name] = based(value);
				}
			} else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				for (const attribute of (node as { attributes: MdxJsxAttribute[] }).attributes) {
					if (
						attribute.type === 'mdxJsxAttribute' &&
						URL_PROPERTIES.includes(attribute.name ?? '') &&
						typeof attribute.value === 'string'
					)
						attribute.value = based(attribute.value);
				}
			}
		});
	};
}
