import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import rehypeScrollableTables from '../../../src/tables/rehype-scrollable-tables.ts';

const run = (html: string): string => {
	const tree = fromHtml(html, { fragment: true });
	rehypeScrollableTables()(tree);
	return toHtml(tree);
};

describe('rehypeScrollableTables', () => {
	it('makes every table focusable so a sideways-scrolling table works with the keyboard', () => {
		expect(run('<table><tr><td>a</td></tr></table><p>x</p>')).toBe(
			'<table tabindex="0"><tbody><tr><td>a</td></tr></tbody></table><p>x</p>',
		);
	});

	it('keeps a tabindex the author chose', () => {
		expect(run('<table tabindex="-1"></table>')).toBe('<table tabindex="-1"></table>');
	});
});
