/**
 * The build's handout PDFs, checked in the PDF itself (pdfjs-dist): they exist, have a sane number of pages,
 * carry title and language, contain the headings as text, and no table or diagram is split over two pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chapters, wholeSummary, type ExpectedHandout } from './handouts.ts';

const CHAPTERS = chapters();
// Reading a PDF's text is CPU work; leave room for a busy machine.
test.describe.configure({ timeout: 90_000 });

interface PdfText {
	pages: number;
	title: string;
	language: string;
	/** Body text of each page, squeezed (see squeeze) so it can be searched regardless of line breaks. */
	pageText: string[];
	/** Text in the top and bottom page margins (running title, page number), as written. */
	header: string[];
	footer: string[];
}

/** The @page margins in print.css (18mm top, 20mm bottom), in PDF points. */
const TOP_MARGIN = (18 / 25.4) * 72;
const BOTTOM_MARGIN = (20 / 25.4) * 72;

/** Text without spacing, ligatures, case or soft hyphens (PDF text has none): how a PDF and a web page compare. */
const squeeze = (text: string): string =>
	text
		.normalize('NFKC')
		.replace(/[\s\u00ad]+/g, '')
		.toLowerCase();

async function readPdf(pdf: string): Promise<PdfText> {
	const file = `dist${pdf}`;
	expect(existsSync(file), `${file} was not built`).toBe(true);
	const task = getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 });
	const doc = await task.promise;
	const info = (await doc.getMetadata()).info as { Title?: string; Language?: string };
	const pageText: string[] = [];
	const header: string[] = [];
	const footer: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const pdfPage = await doc.getPage(n);
		const height = pdfPage.view[3]!;
		const parts = { header: '', body: '', footer: '' };
		for (const item of (await pdfPage.getTextContent()).items) {
			if (!('str' in item)) continue;
			const y = item.transform[5] as number; // baseline, from the bottom of the page
			const part = y > height - TOP_MARGIN ? 'header' : y < BOTTOM_MARGIN ? 'footer' : 'body';
			parts[part] += item.str + (item.hasEOL ? ' ' : '');
		}
		pageText.push(squeeze(parts.body));
		header.push(parts.header.trim());
		footer.push(parts.footer.trim());
	}
	const pages = doc.numPages;
	await task.destroy();
	return { pages, title: info.Title ?? '', language: info.Language ?? '', pageText, header, footer };
}

const pdfs = new Map<string, Promise<PdfText>>();
const pdfOf = (handout: ExpectedHandout) => {
	if (!pdfs.has(handout.pdf)) pdfs.set(handout.pdf, readPdf(handout.pdf));
	return pdfs.get(handout.pdf)!;
};

for (const handout of [...CHAPTERS, wholeSummary]) {
	test(`${handout.pdf}: metadata, page count, headings and unbroken tables and diagrams`, async ({ page }) => {
		const pdf = await pdfOf(handout);
		expect(pdf.title).toContain(handout.title);
		expect(pdf.language).toBe('nl');
		expect(pdf.pages).toBeGreaterThanOrEqual(1);
		expect(pdf.pages).toBeLessThanOrEqual(handout === wholeSummary ? 120 : 40);
		const all = pdf.pageText.join('');
		expect(all.length, 'the PDF has selectable text').toBeGreaterThan(200);
		// Page numbers on every page; a chapter's title as running header on each of its pages.
		expect(pdf.footer).toEqual(pdf.footer.map((_, i) => `Pagina ${i + 1} van ${pdf.pages}`));
		if (handout !== wholeSummary) expect(new Set(pdf.header)).toEqual(new Set([handout.title]));

		await page.goto(handout.path);
		await page.emulateMedia({ media: 'print' });
		// Every heading of the page is text in the PDF, in order.
		const headings = await page.locator('main :is(h1, h2, h3, h4)').allInnerTexts();
		let at = 0;
		for (const heading of headings) {
			const found = all.indexOf(squeeze(heading), at);
			expect(found, `heading "${heading}" in ${handout.pdf}`).toBeGreaterThanOrEqual(0);
			at = found;
		}

		// Each table and diagram: where its first and last text land. The first and last text of a table are its
		// first and last row; of a figure, its first and last label in reading order (SVG labels, caption).
		// Positioned bits (term previews) are drawn after the flow, so a row is matched by its in-flow text.
		const blocks = await page.locator('main .sl-markdown-content :is(table, figure)').evaluateAll((els) => {
			/** The printed in-flow text of a node, in drawing order; what print hides (a diagram's dark copy) is left out. */
			const inFlow = (root: Element): string => {
				const out: string[] = [];
				const walk = (node: Node) => {
					if (node.nodeType === Node.TEXT_NODE) return void out.push(node.textContent ?? '');
					if (!(node instanceof Element) || node.matches('title, desc, style, script')) return;
					if (!node.checkVisibility() || (node !== root && getComputedStyle(node).position !== 'static')) return;
					node.childNodes.forEach(walk);
					const href = node.getAttribute('href') ?? '';
					if (node.matches('a') && href.startsWith('http')) out.push(`(${href})`);
				};
				walk(root);
				return out.join('').replace(/\s+/g, ' ').trim();
			};
			return els.map((el) => {
				const units =
					el.tagName === 'TABLE'
						? [...(el as HTMLTableElement).rows]
						: [...el.querySelectorAll('text, p, span, figcaption, div, li')].filter(
								(e) => !e.querySelector('text, p, span, figcaption, div, li'),
							);
				const texts = units.map(inFlow).filter(Boolean);
				return { kind: el.tagName.toLowerCase(), first: texts[0] ?? '', last: texts.at(-1) ?? '' };
			});
		});
		const starts = pdf.pageText.map((_, i) => pdf.pageText.slice(0, i).join('').length);
		const pageAt = (offset: number) => starts.findLastIndex((start) => start <= offset) + 1;
		let cursor = 0;
		for (const block of blocks.filter((b) => b.first && b.last)) {
			const found = all.indexOf(squeeze(block.first), cursor);
			expect(found, `${block.kind} starting "${block.first}" in ${handout.pdf}`).toBeGreaterThanOrEqual(0);
			const last = all.indexOf(squeeze(block.last), found);
			expect(last, `${block.kind} ending "${block.last}" in ${handout.pdf}`).toBeGreaterThanOrEqual(0);
			// The same words may stand in the text before the block (a table cell, a sentence): the block starts at
			// the last occurrence of its first text before its last text.
			const first = all.lastIndexOf(squeeze(block.first), last);
			const where = `${block.kind} "${block.first}" … "${block.last}" on one page`;
			expect(pageAt(last + squeeze(block.last).length - 1), where).toBe(pageAt(first));
			cursor = last + squeeze(block.last).length;
		}
	});
}

test('the whole-summary PDF holds every chapter, each on its own pages', async () => {
	const whole = await pdfOf(wholeSummary);
	const parts = await Promise.all(CHAPTERS.map(pdfOf));
	const chapterPages = parts.reduce((sum, p) => sum + p.pages, 0);
	// Same content, same layout: the chapters' pages plus the title and contents, give or take a page per chapter.
	expect(whole.pages).toBeGreaterThanOrEqual(chapterPages);
	expect(whole.pages).toBeLessThanOrEqual(chapterPages + 2 + CHAPTERS.length);
	// The running header names the chapter on each of its pages: first the title and contents, then each chapter
	// in order, each starting on a new page with its title at the top.
	const runs = whole.header.filter((title, i) => title !== whole.header[i - 1]);
	expect(runs).toEqual([wholeSummary.title, ...CHAPTERS.map((c) => c.title)]);
	for (const chapter of CHAPTERS) {
		const first = whole.header.indexOf(chapter.title);
		expect(whole.pageText[first], `${chapter.title} opens its first page`).toMatch(
			new RegExp(`^${RegExp.escape(squeeze(chapter.title))}`),
		);
	}
});
