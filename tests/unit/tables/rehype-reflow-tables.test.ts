import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import rehypeReflowTables from '../../../src/tables/rehype-reflow-tables.ts';

const run = (html: string): string => {
	const tree = fromHtml(html, { fragment: true });
	rehypeReflowTables()(tree);
	return toHtml(tree);
};

describe('rehypeReflowTables', () => {
	it('labels each cell with its column header and gives every part its table role', () => {
		expect(
			run(
				'<table><thead><tr><th>Fase</th><th><strong>Winst</strong> (ook verlies)</th></tr></thead>' +
					'<tbody><tr><td>1</td><td>Verlies</td></tr></tbody></table>',
			),
		).toBe(
			'<div class="table-reflow" data-columns="2"><table role="table"><thead role="rowgroup"><tr role="row">' +
				'<th role="columnheader">Fase</th><th role="columnheader"><strong>Winst</strong> (ook verlies)</th></tr></thead>' +
				'<tbody role="rowgroup"><tr role="row"><td role="cell" data-label="Fase">1</td>' +
				'<td role="cell" data-label="Winst (ook verlies)">Verlies</td></tr></tbody></table></div>',
		);
	});

	it('gives a header cell inside the body the row header role, and a cell under an empty header no label', () => {
		expect(run('<table><tr><td></td><th>b</th></tr><tr><th>x</th><td>y</td></tr></table>')).toBe(
			'<div class="table-reflow" data-columns="2"><table role="table"><tbody role="rowgroup"><tr role="row">' +
				'<td role="columnheader"></td><th role="columnheader">b</th></tr>' +
				'<tr role="row"><th role="rowheader">x</th><td role="cell" data-label="b">y</td></tr></tbody></table></div>',
		);
	});

	it('keeps roles the author chose and wraps a table once', () => {
		const once = run('<table role="presentation"><tr><th>a</th></tr></table>');
		expect(once).toBe(
			'<div class="table-reflow" data-columns="1"><table role="presentation"><tbody role="rowgroup"><tr role="row">' +
				'<th role="columnheader">a</th></tr></tbody></table></div>',
		);
		const tree = fromHtml(once, { fragment: true });
		rehypeReflowTables()(tree);
		expect(toHtml(tree)).toBe(once);
	});
});
