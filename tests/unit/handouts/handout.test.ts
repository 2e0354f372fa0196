import { describe, expect, it } from 'vitest';
import {
	chapterPagesCss,
	cssString,
	runningTitleCss,
	scopeChapterHtml,
	scopeFor,
	type ScopedChapter,
} from '../../../src/handouts/handout.ts';
import { findPdfJob, pdfLinksIn } from '../../../src/handouts/pdf.ts';
import { parsePage } from '../../../src/shared/dist.ts';

const h1: ScopedChapter = {
	path: '/h1-introductie/',
	...scopeFor(1, 'h1-introductie'),
	headingIds: ['fasen', 'test-jezelf'],
};
const h2: ScopedChapter = { path: '/h2-omgeving/', ...scopeFor(2, 'h2-omgeving'), headingIds: ['dmu', 'test-jezelf'] };
const all = [h1, h2];

describe('scopeChapterHtml', () => {
	it('prefixes heading ids so two chapters with the same heading do not clash', () => {
		const one = scopeChapterHtml('<h2 id="test-jezelf">Test jezelf</h2>', h1, all);
		const two = scopeChapterHtml('<h2 id="test-jezelf">Test jezelf</h2>', h2, all);
		expect(one).toBe('<h3 id="h1--test-jezelf">Test jezelf</h3>');
		expect(two).toBe('<h3 id="h2--test-jezelf">Test jezelf</h3>');
	});

	it('moves headings one level down, also in Starlight heading wrappers, and stops at h6', () => {
		const html = scopeChapterHtml(
			'<div class="sl-heading-wrapper level-h2"><h2 id="fasen">Fasen</h2><a class="sl-anchor-link" href="#fasen">#</a></div><h6>Klein</h6>',
			h1,
			all,
		);
		expect(html).toBe(
			'<div class="sl-heading-wrapper level-h3"><h3 id="h1--fasen">Fasen</h3><a class="sl-anchor-link" href="#h1--fasen">#</a></div><h6>Klein</h6>',
		);
	});

	it('points links to chapters and their headings inside the page', () => {
		const html = scopeChapterHtml(
			[
				'<a href="#fasen">a</a>',
				'<a href="/h2-omgeving/#dmu">b</a>',
				'<a href="/h2-omgeving/">c</a>',
				'<a href="/h2-omgeving">d</a>',
				'<a href="#begrip-x">e</a>',
				'<a href="/h2-omgeving/#figuur-1">f</a>',
			].join(''),
			h1,
			all,
		);
		expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual([
			'#h1--fasen',
			'#h2--dmu',
			'#h2-omgeving',
			'#h2-omgeving',
			'#begrip-x', // not a heading: keeps its id on the whole page
			'#figuur-1',
		]);
	});

	it('leaves links to other pages and other sites, and non-heading ids, as they are', () => {
		const input =
			'<a href="/begrippenlijst/#begrip-dmu">g</a><a href="https://example.org/#fasen">s</a>' +
			'<figure id="fig-1"><svg id="d1"><use href="#d1-arrow"></use></svg></figure>';
		expect(scopeChapterHtml(input, h1, all)).toBe(input);
	});
});

describe('cssString', () => {
	it('quotes plain titles', () => {
		expect(cssString('H1 Introductie')).toBe('"H1 Introductie"');
	});
	it('escapes what could end the string or the style element', () => {
		const out = cssString('Een "titel" </style><script>');
		expect(out).not.toMatch(/<|>/);
		expect(out.slice(1, -1)).not.toMatch(/(?<!\\)"/);
		expect(out).toBe('"Een \\22 titel\\22  \\3c /style\\3e \\3c script\\3e "');
	});
});

describe('PDF declarations in built pages', () => {
	it('finds the page PDF and its title from the Download als PDF link', () => {
		const html =
			'<main><a class="x" href="/pdf/h1.pdf" data-handout-pdf="/pdf/h1.pdf" data-handout-title="H1 &amp; meer">PDF</a></main>';
		expect(findPdfJob('/h1/', parsePage(html))).toEqual({
			pagePath: '/h1/',
			pdfPath: '/pdf/h1.pdf',
			title: 'H1 & meer',
		});
	});

	it('ignores pages without a declaration and rejects odd paths', () => {
		expect(findPdfJob('/', parsePage('<a href="/pdf/h1.pdf">PDF</a>'))).toBeUndefined();
		expect(() => findPdfJob('/h1/', parsePage('<a data-handout-pdf="../../etc/passwd">x</a>'))).toThrow(
			/Page \/h1\/ asks for a PDF/,
		);
	});

	it('lists links to PDFs on this site', () => {
		expect(
			pdfLinksIn(
				parsePage('<a href="/pdf/a.pdf">a</a><a href="https://x.nl/b.pdf">b</a><a href="/pdf/c.pdf#p2">c</a>'),
			),
		).toEqual(['/pdf/a.pdf', '/pdf/c.pdf']);
	});
});

describe('print page rules', () => {
	it('prints the page title at the top of every sheet', () => {
		expect(runningTitleCss('H1 Introductie')).toBe('@page { @top-center { content: "H1 Introductie"; } }');
	});
	it('gives each chapter of the whole summary its own named pages and running title', () => {
		const css = chapterPagesCss([
			{ chapter: 1, title: 'H1 Introductie', sectionId: 'h1-introductie' },
			{ chapter: 3, title: 'H3 "Organisatie"', sectionId: 'h3-organisatie' },
		]);
		expect(css.split('\n')).toEqual([
			'@page hoofdstuk-1 { @top-center { content: "H1 Introductie"; } }',
			'#h1-introductie { page: hoofdstuk-1; }',
			'@page hoofdstuk-3 { @top-center { content: "H3 \\22 Organisatie\\22 "; } }',
			'#h3-organisatie { page: hoofdstuk-3; }',
		]);
	});
});
