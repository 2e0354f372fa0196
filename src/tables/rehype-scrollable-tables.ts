/**
 * Makes content tables reachable by keyboard. Starlight lets a wide table scroll sideways inside itself (on a
 * phone most of ours do); a scroll area that cannot take focus cannot be scrolled without a mouse or touch
 * (WCAG 2.1.1, axe: scrollable-region-focusable). `tabindex="0"` lets keyboard users focus it and use the arrow keys.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeScrollableTables() {
	return (tree: Root): void => {
		visit(tree, 'element', (node) => {
			if (node.tagName === 'table' && node.properties.tabIndex === undefined) node.properties.tabIndex = 0;
		});
	};
}
