import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { hyphenate } from '../../../src/headings/hyphenate.ts';
import rehypeHyphenateHeadings from '../../../src/headings/rehype-hyphenate-headings.ts';

const shown = (text: string) => text.replaceAll('\u00AD', '·');

describe('hyphenate', () => {
	it('puts soft hyphens between the syllables of long Dutch words only', () => {
		expect(shown(hyphenate('Vijf salesorganisatiestructuren'))).toBe('Vijf sa·les·or·ga·ni·sa·tie·struc·tu·ren');
		expect(shown(hyphenate('Sales- en accountmanagement'))).toBe('Sales- en ac·count·ma·na·ge·ment');
		expect(hyphenate('De vier rollen van sales')).toBe('De vier rollen van sales');
	});

	it('leaves a word that already has soft hyphens as it is', () => {
		expect(hyphenate('afdelings\u00ADmanager')).toBe('afdelings\u00ADmanager');
		const once = hyphenate('salesorganisatiestructuren');
		expect(hyphenate(once)).toBe(once);
	});
});

describe('rehypeHyphenateHeadings', () => {
	it('hyphenates heading text and keeps the id made from the text as written', () => {
		const tree = fromHtml('<h2>Vijf <em>salesorganisatiestructuren</em></h2><p>salesorganisatiestructuren</p>', {
			fragment: true,
		});
		rehypeHyphenateHeadings()(tree, new VFile());
		expect(shown(toHtml(tree))).toBe(
			'<h2 id="vijf-salesorganisatiestructuren">Vijf <em>sa·les·or·ga·ni·sa·tie·struc·tu·ren</em></h2>' +
				'<p>salesorganisatiestructuren</p>',
		);
	});
});
