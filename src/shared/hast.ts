/**
 * The hast helpers every feature uses: element tests and class lists. Selectors come from `hast-util-select`.
 * Erasable TypeScript, no Astro imports.
 */
import type { Element, Nodes, Properties } from 'hast';
import { isElement } from 'hast-util-is-element';

export { isElement };
export { matches, select, selectAll } from 'hast-util-select';

/** The classes of an element (or of its properties), as strings. */
export const classesOf = (node: Element | Properties): string[] => {
	const properties = isElement(node) ? node.properties : (node as Properties);
	const value = properties.className;
	return Array.isArray(value) ? value.map(String) : [];
};

/** True when `node` is an element that has the class `name`. */
export const hasClass = (node: Nodes | undefined, name: string): node is Element =>
	isElement(node) && classesOf(node).includes(name);
