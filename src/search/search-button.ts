/**
 * Gives Starlight's search button its accessible name from its visible text (WCAG 2.5.3 "Label in Name").
 *
 * Starlight 0.42 renders `<button aria-label="Zoeken">` around the word "Zoeken" plus a visible shortcut hint
 * `<kbd>Ctrl K</kbd>`, so the visible text ("ZoekenCtrlK") is not part of the name and axe reports
 * `label-content-name-mismatch`. Instead of copying Starlight's whole component we adjust its rendered button:
 * - drop `aria-label`, so the name comes from the visible word;
 * - hide the shortcut hint from assistive tech (the button's `aria-keyshortcuts` already announces it);
 * - keep the word in the accessibility tree on phones, where Starlight hides it, by swapping `sl-hidden`
 *   for `sl-search-label` (visually hidden below the `md` breakpoint, see the Search override's CSS).
 * Throws when the markup is not what we expect, so a Starlight upgrade that changes it stops the build.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

export const MOBILE_LABEL_CLASS = 'sl-search-label';

const classesOf = (el: Element): string[] => {
	const value = el.properties.className;
	return Array.isArray(value) ? value.map(String) : [];
};

export function labelSearchButtonByText(html: string): string {
	const tree: Root = fromHtml(html, { fragment: true });
	let button: Element | undefined;
	visit(tree, 'element', (node) => {
		if (!button && node.tagName === 'button' && node.properties.dataOpenModal !== undefined) button = node;
	});
	if (!button) throw new Error('Search override: Starlight no longer renders button[data-open-modal].');
	const children = button.children.filter((child): child is Element => child.type === 'element');
	const label = children.find((child) => child.tagName === 'span');
	const hint = children.find((child) => child.tagName === 'kbd');
	if (!label || !hint || !classesOf(label).includes('sl-hidden')) {
		throw new Error(
			'Search override: the search button no longer has a <span class="sl-hidden"> label and a <kbd> hint.',
		);
	}
	delete button.properties.ariaLabel;
	delete label.properties.ariaHidden;
	label.properties.className = classesOf(label).map((name) => (name === 'sl-hidden' ? MOBILE_LABEL_CLASS : name));
	hint.properties.ariaHidden = 'true';
	return toHtml(tree, { allowDangerousHtml: true });
}
