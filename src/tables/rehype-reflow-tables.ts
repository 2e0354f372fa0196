/**
 * Content tables that reflow on a narrow screen (tables.css): each row becomes a stack of its cells, each cell
 * labelled with its column's header. Here, at build time, every cell gets that header as `data-label` and every
 * part of the table its table role. Stacking needs `display: block`, and Chromium and Safari drop a table's
 * semantics from the accessibility tree when its parts are not displayed as table parts; explicit roles keep it a
 * table with rows, column headers and cells for screen readers in either layout.
 * The wrapper is the size container whose width decides when a table stacks; `data-columns` sets that width.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

const GROUPS = new Set(['thead', 'tbody', 'tfoot']);

const elements = (node: Element, tags: readonly string[]): Element[] =>
	node.children.filter((child): child is Element => child.type === 'element' && tags.includes(child.tagName));

/** The table's rows in order (Markdown tables have `thead` and `tbody`; plain HTML ones may have bare rows). */
const rowsOf = (table: Element): Element[] =>
	table.children.flatMap((child) =>
		child.type !== 'element'
			? []
			: child.tagName === 'tr'
				? [child]
				: GROUPS.has(child.tagName)
					? elements(child, ['tr'])
					: [],
	);

/** Sets a role unless the author chose one. */
const role = (node: Element, value: string): void => {
	if (node.properties.role === undefined) node.properties.role = value;
};

function reflow(table: Element): Element {
	const [head, ...body] = rowsOf(table);
	const headCells = head ? elements(head, ['th', 'td']) : [];
	const labels = headCells.map((cell) => toString(cell).trim());
	role(table, 'table');
	for (const group of elements(table, [...GROUPS])) role(group, 'rowgroup');
	if (head) role(head, 'row');
	for (const cell of headCells) role(cell, 'columnheader');
	for (const row of body) {
		role(row, 'row');
		elements(row, ['th', 'td']).forEach((cell, i) => {
			role(cell, cell.tagName === 'th' ? 'rowheader' : 'cell');
			if (labels[i]) cell.properties.dataLabel = labels[i];
		});
	}
	return {
		type: 'element',
		tagName: 'div',
		properties: { className: [WRAPPER], dataColumns: String(headCells.length) },
		children: [table as ElementContent],
	};
}

const WRAPPER = 'table-reflow';

export default function rehypeReflowTables() {
	return (tree: Root): void => {
		visit(tree, 'element', (node, index, parent) => {
			if (node.tagName !== 'table' || !parent || index === undefined) return;
			const classes = parent.type === 'element' ? parent.properties.className : undefined;
			if (Array.isArray(classes) && classes.includes(WRAPPER)) return SKIP;
			parent.children[index] = reflow(node);
			return [SKIP, index + 1];
		});
	};
}
